import { fromPlDate, isIsoDate } from '../dates.ts';
import { errorText, shownValue } from '../errors.ts';
import type { ErrorCode, LocalizedParams } from '../errors.ts';
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
    errors.push({ code: 'time-use.missing-columns', row: 1, message: errorText('time-use.missing-columns') });
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
    // Column names from the header; cell text only where it looks like a code (core/errors.ts).
    const fail = (column: number, code: ErrorCode, params: LocalizedParams = {}) =>
      errors.push({ code, row, column: table.header[column] ?? '', message: errorText(code, params) });
    if (!isPseudonymousId(worker)) fail(at.worker, 'time-use.no-worker-id');
    else if (!/^(sw\.[A-I]|bw\.[A-IJKLŁ])$/.test(category))
      fail(at.category, 'time-use.unknown-category', { value: shownValue(rawCategory) });
    else if (!Number.isFinite(hours) || hours < 0)
      fail(at.hours, 'time-use.invalid-hours', { value: shownValue(cells[at.hours] ?? '') });
    else if (date === null) fail(at.date, 'time-use.invalid-date', { value: shownValue(dateText) });
    else entries.push({ worker, category, hours, ...(date ? { date } : {}) });
  }
  return { entries, errors };
}
