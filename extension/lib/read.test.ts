// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Page, Vocabulary } from '../adapters/schema.ts';
import { compileVocabulary, parseDate, readDetail, readList, readNumber, readText } from './read.ts';

function dom(html: string): HTMLElement {
  const div = document.createElement('div');
  div.append(new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body);
  return div;
}
const vocab = compileVocabulary(
  Vocabulary.parse({
    categories: { 'Osoba starsza': 'sw-older' },
    stages: { 'I-b': '1b', 'Etap 2': '2' },
    statuses: { aktywna: 'active' },
    documents: {
      'Wywiad specjalistyczny': { byCategory: { 'sw-older': 'os-interview-older' } },
      'Karta pracy socjalnej': 'oo-record-card',
    },
    documentStatuses: { sporządzony: 'done', odstąpiono: 'waived', roboczy: 'draft' },
  }),
);

describe('reading by the label beside a value', () => {
  const scope = dom(`
    <table><tr><th>Numer sprawy</th><td> 2026/PS/0001 </td></tr></table>
    <dl><dt>Etap:</dt><dd>Etap 2</dd><dt>Pracownik</dt><dd data-user-id="PS-03">Ewa Nowak</dd></dl>
    <label for="d">Data otwarcia</label><input id="d" value="5.3.2026">`);

  it('th → the next cell, dt → its dd (a trailing colon and case do not matter)', () => {
    expect(readText(scope, { label: 'numer sprawy' })).toBe('2026/PS/0001');
    expect(readText(scope, { label: 'Etap' })).toBe('Etap 2');
  });
  it('an attribute of the element beside the label', () => {
    expect(readText(scope, { label: 'Pracownik', attribute: 'data-user-id' })).toBe('PS-03');
  });
  it('label[for] → the form field, with a d.m.rrrr date', () => {
    document.body.append(scope);
    expect(parseDate(readText(scope, { label: 'Data otwarcia' })!)).toBe('2026-03-05');
    scope.remove();
  });
  it('alternatives: the first label present wins', () => {
    expect(readText(scope, { label: ['Sygnatura', 'Numer sprawy'] })).toBe('2026/PS/0001');
  });
});

describe('reading by text pattern, number and date format', () => {
  const scope = dom(`<p class="s">Zalogowany: Anna (PS-01)</p><p class="n">Znaleziono: 1 234 sprawy</p>`);
  it('the first capture group is the value', () => {
    expect(readText(scope, { selector: '.s', pattern: '\\((PS-\\d+)\\)' })).toBe('PS-01');
    expect(readText(scope, { selector: '.s', pattern: '\\((PDS-\\d+)\\)' })).toBeUndefined();
  });
  it('counts with thousands separators', () => {
    expect(readNumber(scope, { selector: '.n' })).toBe(1234);
  });
  it('date formats; a date that does not exist is no date', () => {
    expect(parseDate('2026-02-03', 'rrrr-mm-dd')).toBe('2026-02-03');
    expect(parseDate('03/02/2026', 'dd/mm/rrrr')).toBe('2026-02-03');
    expect(parseDate('31.02.2026')).toBeUndefined();
  });
});

const listPage = Page.parse({
  id: 'l',
  kind: 'case-list',
  paths: ['/l'],
  container: 'main',
  rows: 'tr',
  fields: {
    caseId: { selector: '.id' },
    socialWorker: { selector: '.ps' },
    stage: { selector: '.etap' },
    category: { selector: '.kat' },
  },
  badge: { selector: '.id' },
});

describe('reading a list', () => {
  it('maps host labels to ids; unknown labels stay unknown rather than guessed', () => {
    const c = dom(`<main><table>
      <tr><td class="id">A/1</td><td class="ps">PS-01</td><td class="etap">I-b</td><td class="kat">Osoba starsza</td></tr>
      <tr><td class="id">A/2</td><td class="ps">PS-01</td><td class="etap">Etap XIV</td><td class="kat">Inna</td></tr>
    </table></main>`).querySelector('main')!;
    const r = readList(c, listPage, vocab);
    expect(r.ok && r.list!.rows).toEqual([
      { caseId: 'A/1', socialWorker: 'PS-01', stage: '1b', standard: 'sw-older' },
      { caseId: 'A/2', socialWorker: 'PS-01' },
    ]);
  });

  it('a value that is not a pseudonymous id (a name, markup) is never taken as one', () => {
    const c = dom(`<main><table>
      <tr><td class="id">&lt;img src=x onerror=alert(1)&gt;</td><td class="ps">Anna Wiśniewska</td></tr>
      <tr><td class="id">A/3</td><td class="ps">Anna Wiśniewska</td></tr>
    </table></main>`).querySelector('main')!;
    const r = readList(c, listPage, vocab);
    expect(r.ok && r.list!.rows).toEqual([{ caseId: 'A/3' }]);
    expect(c.querySelector('img')).toBeNull();
  });

  it('rows that no longer match are a mismatch, an announced empty list is not', () => {
    const changed = dom(`<main><div class="wiersz">A/1</div></main>`).querySelector('main')!;
    expect(readList(changed, listPage, vocab)).toEqual({ ok: false, problem: 'rows' });
    const empty = Page.parse({ ...listPage, empty: '.brak' });
    const c = dom(`<main><p class="brak">Brak spraw</p></main>`).querySelector('main')!;
    expect(readList(c, empty, vocab).ok).toBe(true);
  });
});

describe('reading a detail page', () => {
  const page = Page.parse({
    id: 'd',
    kind: 'case-detail',
    paths: ['/d'],
    container: 'main',
    fields: { caseId: { label: 'Nr' }, category: { label: 'Kategoria' }, stage: { label: 'Etap' } },
    documents: {
      items: 'tbody tr',
      name: { selector: '.n' },
      date: { selector: '.d' },
      status: { selector: '.s' },
    },
    badge: {},
  });
  it('documents map to tools (a generic name by the category); drafts and unknown documents do not count', () => {
    const c =
      dom(`<main><dl><dt>Nr</dt><dd>B/7</dd><dt>Kategoria</dt><dd>Osoba starsza</dd><dt>Etap</dt><dd>I-b</dd></dl>
      <table><tbody>
      <tr><td class="n">Wywiad specjalistyczny</td><td class="d">02.03.2026</td><td class="s">sporządzony</td></tr>
      <tr><td class="n">Karta pracy socjalnej</td><td class="d">01.03.2026</td><td class="s">odstąpiono</td></tr>
      <tr><td class="n">Karta pracy socjalnej</td><td class="d">04.03.2026</td><td class="s">roboczy</td></tr>
      <tr><td class="n">Notatka służbowa</td><td class="d">05.03.2026</td><td class="s">sporządzony</td></tr>
      </tbody></table></main>`).querySelector('main')!;
    const r = readDetail(c, page, vocab);
    expect(r.ok && r.detail).toEqual({
      caseId: 'B/7',
      standard: 'sw-older',
      stage: '1b',
      documents: [
        { tool: 'os-interview-older', on: '2026-03-02', status: 'done' },
        { tool: 'oo-record-card', on: '2026-03-01', status: 'waived' },
      ],
    });
  });
  it('no case id → the adapter does not match this page', () => {
    const c = dom(`<main><p>Karta sprawy</p></main>`).querySelector('main')!;
    expect(readDetail(c, page, vocab)).toEqual({ ok: false, problem: 'fields.caseId' });
  });
});
