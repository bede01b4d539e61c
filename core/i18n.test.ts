import { describe, expect, it } from 'vitest';
import { defineMessages, format, formatNumber, formatPercent, localize, pluralCategory } from './i18n.ts';

const CASES =
  '{n, plural, one {# aktywna sprawa} few {# aktywne sprawy} many {# aktywnych spraw} other {# aktywnej sprawy}}';

describe('Polish numerals agree with their noun', () => {
  it.each([
    [0, '0 aktywnych spraw'],
    [1, '1 aktywna sprawa'],
    [2, '2 aktywne sprawy'],
    [4, '4 aktywne sprawy'],
    [5, '5 aktywnych spraw'],
    [12, '12 aktywnych spraw'],
    [22, '22 aktywne sprawy'],
    [23, '23 aktywne sprawy'],
    [25, '25 aktywnych spraw'],
    [112, '112 aktywnych spraw'],
    [1.5, '1,5 aktywnej sprawy'],
  ])('%d', (n, text) => expect(format('pl', CASES, { n })).toBe(text));

  it('FTE: 1 etat, 2 etaty, 8 etatów, 0,5 etatu', () => {
    const fte = '{n, plural, one {# etat} few {# etaty} many {# etatów} other {# etatu}}';
    expect([1, 2, 8, 0.5].map((n) => format('pl', fte, { n }))).toEqual([
      '1 etat',
      '2 etaty',
      '8 etatów',
      '0,5 etatu',
    ]);
  });

  it('English one/other', () => {
    const en = '{n, plural, one {# case} other {# cases}}';
    expect([0, 1, 2].map((n) => format('en', en, { n }))).toEqual(['0 cases', '1 case', '2 cases']);
  });

  it('an exact branch wins over the category', () => {
    expect(format('pl', '{n, plural, =0 {brak spraw} one {# sprawa} other {# spraw}}', { n: 0 })).toBe(
      'brak spraw',
    );
  });

  it('placeholders inside a branch are filled', () => {
    expect(
      format('pl', '{n, plural, one {# sprawa ({w})} other {# spraw ({w})}}', { n: 1, w: 'PS-01' }),
    ).toBe('1 sprawa (PS-01)');
  });

  it('the categories are those of CLDR Polish', () => {
    expect([1, 3, 5, 21, 24, 1.5].map((n) => pluralCategory('pl', n))).toEqual([
      'one',
      'few',
      'many',
      'many',
      'few',
      'other',
    ]);
  });
});

describe('numbers, shares and dates', () => {
  it('decimal comma in Polish, point in English', () => {
    expect(formatNumber('pl', 412.5)).toBe('412,5');
    expect(formatNumber('en', 412.5)).toBe('412.5');
    expect(format('pl', '{h, number} h', { h: 412.5 })).toBe('412,5 h');
    expect(format('pl', '{h, number, 2}', { h: 1 / 3 })).toBe('0,33');
  });

  it('integers stay as written (ids, years)', () => {
    expect(format('en', 'in {year}', { year: 2026 })).toBe('in 2026');
    expect(format('pl', 'wiersz {row}', { row: 12000 })).toBe('wiersz 12000');
  });

  it('percentages', () => {
    expect(formatPercent('pl', 0.837)).toBe('83,7\u00a0%');
    expect(formatPercent('en', 0.837)).toBe('83.7%');
  });

  it('dates as dd.mm.rrrr', () => {
    expect(format('pl', 'dnia {d, date}', { d: '2026-03-04' })).toBe('dnia 04.03.2026');
  });

  it('a missing parameter stays visible', () => {
    expect(format('pl', 'Etap {stage}', {})).toBe('Etap {stage}');
  });
});

describe('defineMessages', () => {
  const m = defineMessages({
    banner: {
      pl: 'W toku: ' + CASES + '.',
      en: 'You have {n, plural, one {# active case} other {# active cases}}.',
    },
  });
  it('one language or both', () => {
    expect(m.t('pl', 'banner', { n: 23 })).toBe('W toku: 23 aktywne sprawy.');
    expect(m.localized('banner', { n: 1 })).toEqual({
      pl: 'W toku: 1 aktywna sprawa.',
      en: 'You have 1 active case.',
    });
    expect(m.has('banner')).toBe(true);
    expect(m.has('nope')).toBe(false);
  });
  it('localize fills both templates', () => {
    expect(localize({ pl: 'a {x}', en: 'b {x}' }, { x: 1 })).toEqual({ pl: 'a 1', en: 'b 1' });
  });
});
