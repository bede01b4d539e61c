import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, daysBetween, fromPlDate, isIsoDate, isoDate, plDate } from './dates.ts';

describe('calendar dates', () => {
  it('counts calendar days across months, leap years and centuries', () => {
    expect(daysBetween('2026-01-01', '2026-04-01')).toBe(90);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2100-02-28', '2100-03-01')).toBe(1);
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
  it('rejects dates that do not exist', () => {
    for (const bad of [
      '2026-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '26-01-01',
      '2026-1-01',
      'abcd-ef-gh',
    ])
      expect(isIsoDate(bad), bad).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });
  it('round-trips every day number', () => {
    fc.assert(fc.property(fc.integer({ min: -200000, max: 200000 }), (n) => dayNumber(isoDate(n)) === n));
  });
  it('Polish dd.mm.rrrr both ways', () => {
    expect(plDate('2026-03-04')).toBe('04.03.2026');
    expect(fromPlDate('4.3.2026')).toBe('2026-03-04');
    expect(fromPlDate('31.02.2026')).toBeUndefined();
  });
});
