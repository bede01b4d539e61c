import { describe, expect, it } from 'vitest';
import { templateMessage } from './messages.ts';
import { reportMessages } from './reports/report-messages.ts';

// Polish numerals agree with their nouns in every catalogue templates/ owns:
// 1 pozycję, 2–4 pozycje, 5–21 pozycji, 22–24 pozycje, 25 pozycji; a decimal comma in numbers.
const label = { label: { pl: 'Cele szczegółowe', en: 'Specific goals' } };

describe('Polish numerals in the templates’ messages', () => {
  it.each([
    [1, 'dodaj co najmniej 1 pozycję'],
    [2, 'dodaj co najmniej 2 pozycje'],
    [5, 'dodaj co najmniej 5 pozycji'],
    [12, 'dodaj co najmniej 12 pozycji'],
    [22, 'dodaj co najmniej 22 pozycje'],
    [25, 'dodaj co najmniej 25 pozycji'],
  ])('required-list, %i', (min, text) => {
    expect(templateMessage('required-list', { min }, label).pl).toBe(`${text}: „Cele szczegółowe”`);
  });

  it('dates in messages are dd.mm.rrrr', () => {
    const m = templateMessage(
      'date-outside',
      { date: '2026-03-14', from: '2026-01-01', to: '2026-02-28' },
      label,
    );
    expect(m.pl).toBe('„Cele szczegółowe” (14.03.2026) poza okresem 01.01.2026–28.02.2026');
  });
});

describe('Polish numerals in the report', () => {
  const t = (key: Parameters<typeof reportMessages.t>[1], params: Record<string, number | string>) =>
    reportMessages.t('pl', key, params);
  it.each([
    [1, 'PS-01 (1 aktywna sprawa, norma 20)'],
    [3, 'PS-01 (3 aktywne sprawy, norma 20)'],
    [8, 'PS-01 (8 aktywnych spraw, norma 20)'],
    [23, 'PS-01 (23 aktywne sprawy, norma 20)'],
    [25, 'PS-01 (25 aktywnych spraw, norma 20)'],
  ])('caseload, %i', (n, text) => expect(t('over.item', { worker: 'PS-01', n, norm: 20 })).toBe(text));

  it('gaps, findings, minimum', () => {
    const c = (gaps: number) => t('completeness', { share: '84 %', done: 1, due: 1, gaps });
    expect(c(0)).toContain('bez braków');
    expect(c(1)).toContain('1 brak.');
    expect(c(3)).toContain('3 braki.');
    expect(c(121)).toContain('121 braków.');
    expect(t('findings', { error: 2, warning: 5, info: 1 })).toBe(
      'Ustalenia: 2 błędy, 5 ostrzeżeń, 1 informacja.',
    );
    expect(t('minimum', { n: 3, basis: 'x' })).toContain('3 pracowników socjalnych');
    expect(t('minimum', { n: 1, basis: 'x' })).toContain('1 pracownik socjalny');
  });
});
