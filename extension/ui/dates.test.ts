import { describe, expect, it } from 'vitest';
import { addMonths, dateText, monthWeeks, parseDateText, weekday } from './dates.ts';

describe('a typed date (dd.mm.rrrr, whatever the browser’s locale)', () => {
  it.each([
    ['29.11.2026', '2026-11-29'],
    ['1.2.2026', '2026-02-01'],
    [' 01-02-2026 ', '2026-02-01'],
    ['1/2/2026', '2026-02-01'],
    ['2026-02-01', '2026-02-01'],
    ['29.02.2028', '2028-02-29'],
  ])('"%s" is %s', (text, iso) => expect(parseDateText(text)).toEqual({ ok: true, iso }));

  it.each([
    ['11/29/2026', 'not-a-date'], // month 29: the US order is not guessed
    ['31.04.2026', 'not-a-date'],
    ['29.02.2026', 'not-a-date'],
    ['2026.11.29', 'format'],
    ['29.11.26', 'format'],
    ['jutro', 'format'],
  ])('"%s" is refused (%s)', (text, problem) => expect(parseDateText(text)).toEqual({ ok: false, problem }));

  it('empty is no date, an error only when required', () => {
    expect(parseDateText('  ')).toEqual({ ok: true, iso: '' });
    expect(parseDateText('', { required: true })).toEqual({ ok: false, problem: 'required' });
  });

  it('the limits hold: not after max, not before min', () => {
    expect(parseDateText('30.11.2026', { max: '2026-11-29' })).toEqual({ ok: false, problem: 'after-max' });
    expect(parseDateText('29.11.2026', { max: '2026-11-29' })).toEqual({ ok: true, iso: '2026-11-29' });
    expect(parseDateText('31.12.2025', { min: '2026-01-01' })).toEqual({ ok: false, problem: 'before-min' });
  });

  it('shown as dd.mm.rrrr', () => {
    expect(dateText('2026-03-09')).toBe('09.03.2026');
    expect(dateText('')).toBe('');
  });
});

describe('the calendar', () => {
  it('weeks start on Monday', () => {
    expect(weekday('2026-11-30')).toBe(0); // a Monday
    expect(weekday('2026-11-29')).toBe(6); // a Sunday
    const weeks = monthWeeks('2026-11-15');
    expect(weeks[0]).toEqual([
      '2026-10-26',
      '2026-10-27',
      '2026-10-28',
      '2026-10-29',
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
    ]);
    expect(weeks.at(-1)!.at(-1)).toBe('2026-12-06');
    expect(weeks.flat().filter((d) => d.startsWith('2026-11'))).toHaveLength(30);
  });

  it('a month on keeps the day, or the month’s last', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
  });
});
