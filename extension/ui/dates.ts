import { addDays, dayNumber, isoDate, isIsoDate, plDate } from '../../core/dates.ts';

/**
 * The date field's pure parts (no DOM): what a typed text means, and the weeks of a month for the calendar.
 * Dates are written dd.mm.rrrr in both languages (the centres' systems and documents write them so), never
 * in the browser's locale.
 */

export type DateProblem = 'format' | 'not-a-date' | 'after-max' | 'before-min' | 'required';

export type ParsedDate =
  { ok: true; iso: string } | { ok: true; iso: '' } | { ok: false; problem: DateProblem };

/**
 * A typed date: `dd.mm.rrrr` (also `d.m.rrrr`, with `-`, `/` or spaces between the parts) or ISO
 * `rrrr-mm-dd` pasted from elsewhere. Empty text is no date (an error only when `required`).
 */
export function parseDateText(
  text: string,
  limits: { min?: string | undefined; max?: string | undefined; required?: boolean | undefined } = {},
): ParsedDate {
  const t = text.trim();
  if (t === '') return limits.required ? { ok: false, problem: 'required' } : { ok: true, iso: '' };
  let iso: string | undefined;
  const iso8601 = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const pl = /^(\d{1,2})\s*[.\-/ ]\s*(\d{1,2})\s*[.\-/ ]\s*(\d{4})$/.exec(t);
  if (iso8601) iso = `${iso8601[1]}-${iso8601[2]!.padStart(2, '0')}-${iso8601[3]!.padStart(2, '0')}`;
  else if (pl) iso = `${pl[3]}-${pl[2]!.padStart(2, '0')}-${pl[1]!.padStart(2, '0')}`;
  else return { ok: false, problem: 'format' };
  if (!isIsoDate(iso)) return { ok: false, problem: 'not-a-date' };
  if (limits.max && iso > limits.max) return { ok: false, problem: 'after-max' };
  if (limits.min && iso < limits.min) return { ok: false, problem: 'before-min' };
  return { ok: true, iso };
}

/** How a date is shown in the field: dd.mm.rrrr, or nothing. */
export function dateText(iso: string): string {
  return isIsoDate(iso) ? plDate(iso) : '';
}

/** The first day of the month of `iso`. */
export function monthStart(iso: string): string {
  return `${iso.slice(0, 8)}01`;
}

/** The same day (or the month's last) `months` months later (negative: earlier). */
export function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const first = `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-01`;
  const last = addDays(addMonths1(first), -1);
  const day = Math.min(Number(iso.slice(8, 10)), Number(last.slice(8, 10)));
  return `${first.slice(0, 8)}${String(day).padStart(2, '0')}`;
}

/** The first day of the next month, for a first day of a month. */
function addMonths1(first: string): string {
  const y = Number(first.slice(0, 4));
  const m = Number(first.slice(5, 7));
  return m === 12
    ? `${String(y + 1).padStart(4, '0')}-01-01`
    : `${first.slice(0, 5)}${String(m + 1).padStart(2, '0')}-01`;
}

/** Day of the week, Monday = 0 … Sunday = 6 (Polish calendars start on Monday). */
export function weekday(iso: string): number {
  // 1970-01-01 was a Thursday (3 counted from Monday).
  return (((dayNumber(iso) + 3) % 7) + 7) % 7;
}

/** The weeks shown for the month of `iso`: Monday to Sunday, padded with the neighbouring months' days. */
export function monthWeeks(iso: string): string[][] {
  const first = monthStart(iso);
  const start = dayNumber(first) - weekday(first);
  const end = dayNumber(addMonths1(first)) - 1;
  const weeks: string[][] = [];
  for (let day = start; day <= end; day += 7)
    weeks.push(Array.from({ length: 7 }, (_, i) => isoDate(day + i)));
  return weeks;
}
