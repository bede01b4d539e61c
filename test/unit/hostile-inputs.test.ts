// The hostile-input suite (issue 14): every bad file a new user might feed the built `standardy` command
// ends in exit 2 with a Polish message naming the file and the row or field — within seconds, with a
// bounded heap (the CLI runs with --max-old-space-size), never a stack trace, never a client's name.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CaseRecord,
  DEMO_REGISTER_HEADER,
  DEMO_REGISTER_MAPPING,
  demoDataset,
  demoRegisterRows,
  toCsv,
} from '../../core/index.ts';
import { renderDocx } from '../../templates/index.ts';
import {
  deepXlsx,
  docxBomb,
  docxWith,
  hugeXlsx,
  lieAboutSizes,
  singleByte,
} from '../support/hostile-files.ts';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'dist/cli/standardy.js');
const dir = mkdtempSync(join(tmpdir(), 'standardy-hostile-'));
const today = '2026-11-25';
/** Heap bound of every run: a reader that holds a whole huge file crashes here instead of passing. */
const HEAP_MB = 256;
/** "Within seconds": generous for a loaded 2-core machine; speed itself is in `npm run bench -- cli`. */
const SECONDS = 20;

beforeAll(() => {
  execFileSync('node', [join(root, 'scripts/build-cli.mjs')], { stdio: 'inherit' });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const started = performance.now();
  const r = spawnSync('node', [`--max-old-space-size=${HEAP_MB}`, bin, ...args], {
    encoding: 'utf8',
    timeout: SECONDS * 1000,
    env: { ...process.env, STANDARDY_DEBUG: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr, ms: performance.now() - started, signal: r.signal };
}

const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const cases = demoDataset(today)
  .cases.records.filter((r) => r.kind === 'case')
  .map((r) => CaseRecord.parse(r));
const rows = demoRegisterRows(cases.slice(0, 12), (id) => `Maria Anna Kowalska-${id.slice(-2)}`);
const csv = (r: string[][]) => toCsv(DEMO_REGISTER_HEADER, r);
const mapping = (extra: object = {}) =>
  file('map.json', JSON.stringify({ ...DEMO_REGISTER_MAPPING, ...extra }));

/** Exit 2, Polish, the file named, no stack trace, nothing unprintable, in time. */
function expectInputError(r: ReturnType<typeof run>, path: string, ...said: (string | RegExp)[]) {
  expect(r.signal, r.err).toBeNull();
  expect(r.code, r.err).toBe(2);
  expect(r.err).toContain(path);
  for (const s of said) expect(r.err).toMatch(s);
  expect(r.err).not.toMatch(/\n\s+at .*:\d+:\d+/);
  // eslint-disable-next-line no-control-regex
  expect(r.err).not.toMatch(/[\u001b\u0007]/);
  expect(r.err).not.toMatch(/Error:|TypeError|undefined/);
  expect(r.ms).toBeLessThan(SECONDS * 1000);
}

describe('registers (audit)', () => {
  const out = () => join(dir, 'r.csv');

  it('a corrupt XLSX', () => {
    const bad = file('corrupt.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    expectInputError(run('audit', bad, '--map', mapping(), '--out', out()), bad, 'uszkodzony plik XLSX');
  });

  it('a mapping whose sheet does not exist names the sheets there are', async () => {
    const { writeXlsx } = await import('../../core/index.ts');
    const x = file('sheets.xlsx', await writeXlsx('Rejestr', DEMO_REGISTER_HEADER, rows));
    const r = run('audit', x, '--map', mapping({ sheet: 'Arkusz9' }), '--out', out());
    expectInputError(r, x, 'nie ma arkusza „Arkusz9”', 'arkusze: Rejestr');
  });

  it('a .docx passed as the register', async () => {
    const d = file(
      'umowa.docx',
      await renderDocx('update-note', { caseId: '2026/PS/0001' }, { draft: true }),
    );
    expectInputError(
      run('audit', d, '--map', mapping(), '--out', out()),
      d,
      'to dokument Word (.docx), a nie rejestr',
    );
  });

  it('a broken --time sheet', () => {
    const reg = file('ok.csv', csv(rows));
    const time = file('czas.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    expectInputError(
      run('audit', reg, '--map', mapping(), '--time', time, '--out', out()),
      time,
      'uszkodzony plik XLSX',
    );
    const noColumns = file('czas.csv', 'a;b\r\n1;2\r\n');
    expectInputError(
      run('audit', reg, '--map', mapping(), '--time', noColumns, '--out', out()),
      noColumns,
      'brak kolumn Pracownik, Kategoria i Godziny',
    );
  });

  it('encoding "utf-8" in the mapping and one invalid byte: the line and byte offset', () => {
    const text = new TextEncoder().encode(csv(rows));
    const at = text.indexOf(0x0a, text.indexOf(0x0a) + 1) + 5; // in line 3
    text[at] = 0xb9; // ą in Windows-1250
    const reg = file('utf8-bad.csv', text);
    const r = run('audit', reg, '--map', mapping({ encoding: 'utf-8' }), '--out', out());
    expectInputError(r, reg, 'bajt spoza UTF-8 w wierszu 3', `bajt ${at}`);
  });

  it('one Windows-1250 byte in a UTF-8 register is reported, not read as Windows-1250', () => {
    const text = new TextEncoder().encode(csv(rows));
    const at = text.lastIndexOf(0x0a, text.length - 2) + 3; // in the last line
    text[at] = 0x9c; // ś in Windows-1250
    const reg = file('mixed.csv', text);
    const r = run('audit', reg, '--map', mapping(), '--out', out());
    expectInputError(r, reg, /plik jest w UTF-8, ale wiersz 13 \(bajt \d+\)/);
    expect(r.err).not.toContain('brak kolumn');
  });

  it('a 1,048,576-row XLSX ends in a clear error, not a stack overflow', () => {
    const x = file('million.xlsx', hugeXlsx(1_048_576));
    const r = run('audit', x, '--map', mapping(), '--out', out());
    expectInputError(r, x, /arkusz ma ponad 200\s000 wierszy/);
  }, 120_000);

  it('a register above the stated size limit is refused before reading', () => {
    const big = file('big.csv', '');
    truncateSync(big, 65 * 2 ** 20);
    expectInputError(run('audit', big, '--map', mapping(), '--out', out()), big, 'dopuszczalne 64 MB');
  });

  it('XML nested deeper than the limit', () => {
    const x = file('deep.xlsx', deepXlsx(5000));
    expectInputError(run('audit', x, '--map', mapping(), '--out', out()), x, 'zagnieżdżony głębiej niż 256');
  });

  it('a binary file, UTF-16 and the old .xls format', () => {
    const png = file(
      'scan.csv',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    expectInputError(
      run('audit', png, '--map', mapping(), '--out', out()),
      png,
      'to nie jest plik tekstowy CSV',
    );
    const u16 = file('u16.csv', new Uint8Array([0xff, 0xfe, 0x41, 0, 0x42, 0]));
    expectInputError(run('audit', u16, '--map', mapping(), '--out', out()), u16, 'UTF-16');
    const xls = file('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expectInputError(run('audit', xls, '--map', mapping(), '--out', out()), xls, 'stary format Excela');
  });

  it('an unquoted `;` in a client name: the error names row and column, never the name', () => {
    const shifted = rows.map((r) => [...r]);
    shifted[3]![1] = 'Maria; Anna'; // the export forgot to quote: every later cell moves one column right
    const text = csv(shifted).replace('"Maria; Anna"', 'Maria; Anna');
    const reg = file('shifted.csv', text);
    const r = run('audit', reg, '--map', mapping(), '--today', today, '--out', out());
    expect(r.code).toBe(0); // the other rows still import
    expect(r.err).toContain('wiersz 5, kolumna „Kategoria”: nieznana wartość kategorii');
    expect(r.err + r.out).not.toMatch(/Anna|Maria|Kowalska/);
  });

  it('escape sequences in cells and file names never reach the terminal', () => {
    const evil = rows.map((r) => [...r]);
    evil[2]![2] = '\u001b[31mKategoria\u001b]0;tytuł\u0007';
    evil[2]![0] = '\u001b[2J';
    const reg = file('esc\u001b[1m.csv', csv(evil));
    const r = run('audit', reg, '--map', mapping(), '--today', today, '--out', out());
    expect(r.code).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(r.err + r.out).not.toMatch(/[\u001b\u0007]/);
    expect(r.err).toContain('wiersz 4, kolumna „Nr sprawy”');
  });

  it('case ids that are a PESEL or a surname are refused with the reason', () => {
    const ids = rows.map((r) => [...r]);
    ids[0]![0] = '44051401359';
    ids[1]![0] = 'Kowalska';
    const reg = file('ids.csv', csv(ids));
    const r = run('audit', reg, '--map', mapping(), '--today', today, '--out', out());
    expect(r.code).toBe(0);
    expect(r.err).toContain('wiersz 2, kolumna „Nr sprawy”: to wygląda na numer PESEL');
    expect(r.err).toContain('wiersz 3, kolumna „Nr sprawy”: to wygląda na nazwisko');
    expect(r.err).not.toContain('44051401359');
  });

  it('ISO-8859-2 and Windows-1250 registers read with their Polish letters, and say which was detected', () => {
    for (const enc of ['iso-8859-2', 'windows-1250'] as const) {
      const reg = file(`${enc}.csv`, singleByte(csv(rows), enc));
      const r = run('audit', reg, '--map', mapping(), '--today', today, '--out', out());
      expect(r.code, r.err).toBe(0);
      expect(r.err).toContain(`wykryto kodowanie ${enc === 'iso-8859-2' ? 'ISO-8859-2' : 'Windows-1250'}`);
      expect(r.out).toContain('zaimportowano 12, pominięto 0');
    }
  });
});

describe('case files and policies (check)', () => {
  const record = (id: string) => ({
    formatVersion: 1,
    records: [
      {
        kind: 'case',
        id,
        standard: 'sw-older',
        socialWorker: 'PS-01',
        openedOn: '2026-01-05',
        stageHistory: [{ stage: '1a', enteredOn: '2026-01-05' }],
        tools: [{ tool: 'oo-recognition-interview', doneOn: '2026-01-09' }],
        waived: [],
        updateNotes: [{ date: '2026-01-10', note: 'Zażółć gęślą jaźń' }],
      },
    ],
  });

  it('a case file in Windows-1250 is an error naming the encoding, not text with U+FFFD', () => {
    const f = file(
      'cases-1250.json',
      singleByte(JSON.stringify(record('2026/PS/0001'), null, 1), 'windows-1250'),
    );
    expectInputError(
      run('check', f, '--today', today),
      f,
      'nie jest zapisany w UTF-8 (wygląda na Windows-1250)',
      /wiersz \d+, bajt \d+/,
    );
  });

  it('a PESEL or a surname as a case id: the path and the reason', () => {
    const f = file('pesel.json', JSON.stringify(record('44051401359')));
    expectInputError(run('check', f, '--today', today), f, 'records[0].id: to wygląda na numer PESEL');
    const g = file('name.json', JSON.stringify(record('Kowalska')));
    expectInputError(run('check', g, '--today', today), g, 'records[0].id: to wygląda na nazwisko');
  });

  it('broken JSON: the line and column, in Polish only', () => {
    const f = file(
      'broken.json',
      '{\n  "formatVersion": 1,\n  "records": [\n    {"kind": "case",,}\n  ]\n}\n',
    );
    const r = run('check', f, '--today', today);
    expectInputError(r, f, 'niepoprawny JSON w wierszu 4, kolumnie');
    expect(r.err).not.toMatch(/Unexpected|position|JSON at/);
  });

  it('a policy that is not UTF-8 and a FIFO given as a file', () => {
    const cases = file('ok.json', JSON.stringify(record('2026/PS/0002')));
    const policy = file('policy.json', singleByte('{"institution": {"name": "Ośrodek Łódź"}}', 'iso-8859-2'));
    expectInputError(
      run('check', cases, '--policy', policy, '--today', today),
      policy,
      'nie jest zapisany w UTF-8',
    );
    const fifo = join(dir, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    expectInputError(run('check', fifo, '--today', today), fifo, 'to nie jest zwykły plik');
  });

  it('a missing file and a folder', () => {
    expectInputError(run('check', join(dir, 'nope.json')), 'nope.json', 'nie ma takiego pliku');
    expectInputError(run('check', dir), dir, 'to folder, a nie plik');
  });
});

describe('documents (doc check)', () => {
  const body = (xml: string) => `<w:document xmlns:w="w"><w:body>${xml}</w:body></w:document>`;

  it('1 MB of unclosed `<` in word/document.xml: an error with the line and column, fast', () => {
    const d = file(
      'unclosed.docx',
      docxWith({ 'word/document.xml': '<w:document><w:body>' + '<'.repeat(1 << 20) }),
    );
    const r = run('doc', 'check', d);
    expectInputError(r, d, /uszkodzony XML w word\/document\.xml \(wiersz 1, kolumna \d+\)/);
  });

  it('300,000 repeated `<w:style >` in styles.xml: linear, a result', () => {
    const styles = '<w:styles xmlns:w="w">' + '<w:style >'.repeat(300_000);
    const d = file(
      'styles.docx',
      docxWith({ 'word/document.xml': body('<w:p/>'), 'word/styles.xml': styles }),
    );
    // Each unclosed `<w:style >` opens a level: the nesting limit ends it, at once.
    expectInputError(run('doc', 'check', d), d, 'XML w word/styles.xml jest zagnieżdżony głębiej niż 256');
    const ok =
      '<w:styles xmlns:w="w">' +
      '<w:style w:type="paragraph" w:styleId="x"><w:name w:val="x"/></w:style>'.repeat(100_000) +
      '</w:styles>';
    const e = file(
      'styles-ok.docx',
      docxWith({ 'word/document.xml': body('<w:p/>'), 'word/styles.xml': ok }),
    );
    const r = run('doc', 'check', e);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('nie rozpoznano szablonu');
  });

  it('a zip bomb is refused from its declared size, and a lying header at the inflate limit', () => {
    const bomb = docxBomb(200);
    expect(bomb.length).toBeLessThan(2 * 2 ** 20);
    const d = file('bomb.docx', bomb);
    expectInputError(run('doc', 'check', d), d, /word\/document\.xml po rozpakowaniu ma [\d,]+ MB/);
    const liar = file('liar.docx', lieAboutSizes(bomb, 1000));
    expectInputError(run('doc', 'check', liar), liar, 'więcej niż dopuszczalne 64 MB');
  }, 60_000);

  it('not a .docx at all, and a zip without word/document.xml', () => {
    const t = file('notatka.docx', 'To jest zwykły tekst.');
    expectInputError(run('doc', 'check', t), t, 'to nie jest dokument .docx');
    const z = file('arkusz.docx', docxWith({ 'xl/workbook.xml': '<workbook/>' }));
    expectInputError(run('doc', 'check', z), z, 'brak części word/document.xml');
  });

  it('a FIFO named x.docx in a folder is skipped with a notice; the scan finishes', async () => {
    const folder = join(dir, 'docs');
    mkdirSync(folder);
    writeFileSync(
      join(folder, 'a.docx'),
      await renderDocx('update-note', { caseId: '2026/PS/0001' }, { draft: true }),
    );
    execFileSync('mkfifo', [join(folder, 'x.docx')]);
    const r = run('doc', 'check', folder);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('x.docx: to nie jest zwykły plik (potok, gniazdo lub urządzenie) – pominięto');
    expect(r.out).toContain('Sprawdzono 1 plik;');
    expect(r.ms).toBeLessThan(SECONDS * 1000);
  });
});

describe('the command line itself', () => {
  it.each(['standards', 'check', 'workload', 'doc', 'audit'])('%s --help exits 0 with its own usage', (c) => {
    const r = run(c, '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`standardy ${c}`);
    expect(r.err).toBe('');
  });

  it('--version prints the package version', () => {
    const r = run('--version');
    expect(r.code).toBe(0);
    expect(r.out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('unknown options and --lang values are refused with the valid list', () => {
    const r = run('check', '--demo', '--colour');
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'nieznana opcja --colour; dozwolone: --policy, --today, --json, --demo, --team, --db, --lang, --help',
    );
    const l = run('standards', '--lang', 'de');
    expect(l.code).toBe(2);
    expect(l.err).toContain('nieznany język „de”; dozwolone: pl, en');
  });

  it('English without Polish under --lang en', () => {
    const r = run('check', join(dir, 'nope.json'), '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Invalid input in');
    expect(r.err).toContain('no such file');
    expect(r.err).not.toMatch(/[ąćęłńóśźż]|plik|brak/);
  });

  it('`standardy standards | head -1` ends quietly (EPIPE)', () => {
    const r = spawnSync(
      'bash',
      ['-c', `node ${bin} standards --json | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('0');
  });
});
