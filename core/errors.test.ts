import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  InputFailure,
  describeLocation,
  errorMessages,
  formatError,
  inputError,
  isInputFailure,
  looksLikeCode,
  printable,
  shownValue,
} from './errors.ts';
import { isPesel, looksLikeName, pseudonymousIdProblem } from './pseudonymous.ts';
import { DEMO_WORKERS, demoDataset } from './demo/demo-data.ts';

describe('a value shown in a message only when it looks like a code', () => {
  it.each([
    'sw-older',
    '1b',
    'I-b',
    '31.02.2026',
    '2026/PS/0001',
    'Z',
    'E',
    'sw.E',
    'PS-01',
    '12,5'.replace(',', '.'),
  ])('%s is shown', (v) => expect(looksLikeCode(v)).toBe(true));
  it.each([
    'Maria Anna',
    'Kowalska',
    'KOWALSKA',
    'Nowak-Kowalska',
    'Bezdomność',
    'rodzina',
    '44051401359',
    '600700800',
    'ul. Długa 5',
    '\u001b[31m',
  ])('%s is not', (v) => expect(looksLikeCode(v)).toBe(false));
  it('a hidden value leaves no trace in either language', () => {
    expect(shownValue('Maria Anna')).toEqual({ pl: '', en: '' });
    expect(shownValue('sw-x')).toEqual({ pl: ' „sw-x”', en: ' “sw-x”' });
  });
});

describe('pseudonymous ids', () => {
  it('a PESEL is recognised by its checksum', () => {
    expect(isPesel('44051401359')).toBe(true);
    expect(isPesel('44051401358')).toBe(false);
    expect(pseudonymousIdProblem('44051401359')).toBe('pesel');
  });
  it('a surname, in any case or double, reads as a name; case numbers and worker codes do not', () => {
    for (const name of ['Kowalska', 'KOWALSKA', 'kowalska', 'Nowak-Kowalska', 'Żółkiewski', 'Ala'])
      expect(looksLikeName(name), name).toBe(true);
    for (const id of ['PS-01', 'W1', '2026/PS/0001', 'A/1', 'OPS/7', 'K/1', 'B-1', 'x', 'AB'])
      expect(pseudonymousIdProblem(id), id).toBeUndefined();
  });
  it('every id of the demo stays valid', () => {
    const demo = demoDataset('2026-11-25');
    const ids = [
      ...demo.cases.records.map((r) => r.id),
      ...DEMO_WORKERS.map((w) => w.id),
      ...demo.timeUse.entries.map((e) => e.worker),
    ];
    expect(ids.filter((id) => pseudonymousIdProblem(id) !== undefined)).toEqual([]);
  });
});

describe('printing', () => {
  it('control characters and bidi overrides never reach a terminal', () => {
    expect(printable('a\u001b[2Jb\u0007c\u202ed\te')).toBe('a[2Jbcd\te');
    expect(printable('x'.repeat(300), 10)).toBe('xxxxxxxxx…');
  });
  it('a table cell is located by row and column, a JSON path by itself, in each language', () => {
    const e = inputError(
      'register.unknown-category',
      { value: shownValue('Maria') },
      { row: 12, column: 'Kategoria' },
    );
    expect(formatError(e, 'pl')).toBe(
      'wiersz 12, kolumna „Kategoria”: nieznana wartość kategorii (dodaj ją do mapowania)',
    );
    expect(formatError(e, 'en')).toBe(
      'row 12, column “Kategoria”: unknown category value (add it to the mapping)',
    );
    expect(formatError(inputError('file.empty'), 'en')).toBe('(file): the file is empty');
    expect(describeLocation(undefined, 'pl')).toBe('');
  });
  it('an InputFailure is recognised across realms by its name', () => {
    const f = new InputFailure([inputError('file.empty')], 'a.csv');
    expect(isInputFailure(f)).toBe(true);
    const foreign = Object.assign(new Error('x'), { name: 'InputFailure', errors: [] });
    expect(isInputFailure(foreign)).toBe(true);
    expect(isInputFailure(new Error('x'))).toBe(false);
  });
});

describe('the catalogue', () => {
  it('every code is kebab-case with a domain, has both languages, and is listed in docs/errors.md', () => {
    const doc = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');
    for (const [code, text] of Object.entries(errorMessages.messages)) {
      expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(text.pl.length * text.en.length).toBeGreaterThan(0);
      expect(doc, code).toContain(`\`${code}\``);
    }
  });
  it('Polish numbers: a decimal comma and non-breaking thousands', () => {
    expect(inputError('table.too-many-rows', { limit: 200_000 }).message.pl).toBe(
      'arkusz ma ponad 200\u00a0000 wierszy – podziel eksport na mniejsze pliki',
    );
    expect(inputError('file.too-large', { size: 65.5, limit: 64 }).message.pl).toBe(
      'plik ma 65,5 MB, więcej niż dopuszczalne 64 MB',
    );
  });
});
