import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  CaseRecord,
  DEMO_REGISTER_HEADER,
  DEMO_REGISTER_MAPPING,
  demoDataset,
  demoRegisterRows,
  toCsv,
  writeXlsx,
} from '../../core/index.ts';
import { main } from '../../cli/main.ts';
import { convertToPdf, pdfText } from '../support/libreoffice.ts';

const today = '2026-11-25';
const dir = mkdtempSync(join(tmpdir(), 'standardy-audit-'));
const cases = demoDataset(today)
  .cases.records.filter((r) => r.kind === 'case')
  .map((r) => CaseRecord.parse(r));
const rows = demoRegisterRows(cases, (id) => `Zofia Nazwiskowa ${id.slice(-4)}`);

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('standardy audit', () => {
  it('register (XLSX) + mapping + time sheet (CSV) → .docx report that LibreOffice opens; no client names in it', async () => {
    const register = join(dir, 'rejestr.xlsx');
    writeFileSync(register, await writeXlsx('Rejestr', DEMO_REGISTER_HEADER, rows));
    const map = join(dir, 'mapowanie.json');
    writeFileSync(map, JSON.stringify(DEMO_REGISTER_MAPPING));
    const time = join(dir, 'czas.csv');
    writeFileSync(
      time,
      'Pracownik;Rola;Kategoria;Godziny;Data\r\nPS-01;pracownik socjalny;E;40,5;01.10.2026\r\nPS-01;pracownik socjalny;A;60;01.10.2026\r\nPDS-01;pracownik ds. świadczeń;Ł;12;01.10.2026\r\nPS-02;pracownik socjalny;Z;3;01.10.2026\r\n',
    );
    const out = join(dir, 'raport.docx');
    const r = await run('audit', register, '--map', map, '--time', time, '--today', today, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('zaimportowano 160');
    expect(r.err).toContain('wiersz 5, kolumna „Kategoria”: nieznana kategoria „Z”');

    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    expect(xml).not.toContain('Nazwiskowa');
    expect(xml).toContain('PS-01');
    expect(xml).toContain('Kierownik / koordynator');
    const [pdf] = convertToPdf([out]);
    const text = pdfText(pdf!);
    expect(text).toContain('RAPORT: DOKUMENTACJA'); // the title style is set in capitals
    expect(text).toContain('Braki w dokumentacji');
    expect(text).toContain(cases.find((c) => c.tools.length < 3)!.id);
    expect(text).toContain('dokumentacja (kategoria E) to 40,3%');
    expect(text).not.toContain('Nazwiskowa');
  });

  it('--out .csv writes the gaps list by case id', async () => {
    const out = join(dir, 'braki.csv');
    const r = await run('audit', '--demo', '--today', today, '--out', out);
    expect(r.code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(
      csv.startsWith('\uFEFFNr sprawy;Pracownik socjalny;Etap;Brakujące narzędzie;Identyfikator\r\n'),
    ).toBe(true);
    expect(csv.split('\r\n').length).toBeGreaterThan(50);
    expect(csv).not.toContain('Klient');
  });

  it('a register with bad rows still reports the rest; a register without mapped columns exits 2', async () => {
    const bad = [...rows.slice(0, 5)];
    bad[2] = [...bad[2]!];
    bad[2][5] = '2026-13-45';
    const register = join(dir, 'bad.csv');
    writeFileSync(register, toCsv(DEMO_REGISTER_HEADER, bad));
    const map = join(dir, 'map.json');
    writeFileSync(map, JSON.stringify(DEMO_REGISTER_MAPPING));
    const r = await run('audit', register, '--map', map, '--today', today, '--out', join(dir, 'r.csv'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('zaimportowano 4, pominięto 1');
    expect(r.err).toContain('wiersz 4, kolumna „Data założenia”: niepoprawna data „2026-13-45”');
    const other = join(dir, 'other.csv');
    writeFileSync(other, 'a;b\r\n1;2\r\n');
    const x = await run('audit', other, '--map', map, '--today', today, '--out', join(dir, 'x.docx'));
    expect(x.code).toBe(2);
    expect(x.err).toContain('brak kolumn z mapowania');
  });
});
