import { fromPlDate, isIsoDate } from '../dates.ts';
import { isPseudonymousId } from '../pseudonymous.ts';
import type { TimeUseEntry } from '../schema/time-use.ts';
import type { RowIssue } from './import.ts';
import { normalise } from './import.ts';
import type { Table } from './read-table.ts';

const HEADERS = {
  worker: ['pracownik', 'worker', 'id pracownika'],
  category: ['kategoria', 'category'],
  hours: ['godziny', 'liczba godzin', 'hours'],
  date: ['data', 'date', 'miesiąc'],
  role: ['rola', 'stanowisko', 'role'],
};

/**
 * A time-use sheet (CSV/XLSX) in the pilot's categories: `sw.E`, or a letter with a role column
 * ("pracownik socjalny" / "pracownik ds. świadczeń"). Hours may use a decimal comma. Bad rows are listed.
 */
export function importTimeUse(table: Table): { entries: TimeUseEntry[]; errors: RowIssue[] } {
  const find = (names: string[]) => table.header.findIndex((h) => names.includes(normalise(h)));
  const at = Object.fromEntries(Object.entries(HEADERS).map(([k, names]) => [k, find(names)])) as Record<
    keyof typeof HEADERS,
    number
  >;
  const entries: TimeUseEntry[] = [];
  const errors: RowIssue[] = [];
  if (at.worker < 0 || at.category < 0 || at.hours < 0) {
    errors.push({
      row: 1,
      message: {
        pl: 'brak kolumn Pracownik, Kategoria i Godziny',
        en: 'columns Worker, Category and Hours are required',
      },
    });
    return { entries, errors };
  }
  for (const { row, cells } of table.rows) {
    const worker = cells[at.worker] ?? '';
    const rawCategory = (cells[at.category] ?? '').trim();
    const role = at.role >= 0 ? normalise(cells[at.role] ?? '') : '';
    let category = rawCategory;
    if (/^[A-IJKLŁ]$/i.test(rawCategory)) {
      const prefix =
        role.includes('świadcze') || role === 'benefits-worker'
          ? 'bw.'
          : role.includes('socjal') || role === 'social-worker'
            ? 'sw.'
            : '';
      category = prefix ? prefix + rawCategory.toLocaleUpperCase('pl') : rawCategory;
    }
    const hours = Number((cells[at.hours] ?? '').replace(',', '.').replace(/\s/g, ''));
    const dateText = at.date >= 0 ? (cells[at.date] ?? '') : '';
    const date =
      dateText === '' ? undefined : (fromPlDate(dateText) ?? (isIsoDate(dateText) ? dateText : null));
    const fail = (pl: string, en: string) => errors.push({ row, message: { pl, en } });
    if (!isPseudonymousId(worker)) fail('brak identyfikatora pracownika', 'no worker id');
    else if (!/^(sw\.[A-I]|bw\.[A-IJKLŁ])$/.test(category))
      fail(
        `nieznana kategoria „${rawCategory}” (sw.A…sw.I, bw.A…bw.Ł albo litera z kolumną Rola)`,
        `unknown category “${rawCategory}”`,
      );
    else if (!Number.isFinite(hours) || hours < 0)
      fail(`niepoprawna liczba godzin „${cells[at.hours]}”`, `invalid hours “${cells[at.hours]}”`);
    else if (date === null) fail(`niepoprawna data „${dateText}”`, `invalid date “${dateText}”`);
    else entries.push({ worker, category, hours, ...(date ? { date } : {}) });
  }
  return { entries, errors };
}
