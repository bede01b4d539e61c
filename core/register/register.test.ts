import { describe, expect, it } from 'vitest';
import { parseWith } from '../input.ts';
import { compileRules } from '../engine/rules.ts';
import { checkCaseFile } from '../engine/check.ts';
import { CaseRecord } from '../schema/case-record.ts';
import { demoDataset } from '../demo/demo-data.ts';
import { DEMO_REGISTER_HEADER, DEMO_REGISTER_MAPPING, demoRegisterRows, toCsv } from './demo-register.ts';
import { importRegister, splitDocument } from './import.ts';
import { RegisterMapping } from './mapping.ts';
import { readTable } from './read-table.ts';
import { writeXlsx } from './xlsx-write.ts';

const today = '2026-11-25';
const rules = compileRules();
const mapping = RegisterMapping.parse(DEMO_REGISTER_MAPPING);
const cases = demoDataset(today)
  .cases.records.filter((r) => r.kind === 'case')
  .map((r) => CaseRecord.parse(r));
const name = (id: string) => `Klient ${id} Zażółć`;
const rows = demoRegisterRows(cases, name);

/** Windows-1250 bytes of a string (Polish letters included), as old Windows exports write. */
function cp1250(text: string): Uint8Array {
  const map: Record<string, number> = {
    ą: 0xb9,
    ć: 0xe6,
    ę: 0xea,
    ł: 0xb3,
    ń: 0xf1,
    ó: 0xf3,
    ś: 0x9c,
    ź: 0x9f,
    ż: 0xbf,
    Ą: 0xa5,
    Ć: 0xc6,
    Ę: 0xca,
    Ł: 0xa3,
    Ń: 0xd1,
    Ó: 0xd3,
    Ś: 0x8c,
    Ź: 0x8f,
    Ż: 0xaf,
    '–': 0x96,
  };
  return Uint8Array.from([...text].map((c) => (c.charCodeAt(0) < 128 ? c.charCodeAt(0) : (map[c] ?? 0x3f))));
}

describe('register import', () => {
  it('a UTF-8 CSV export with `;` imports every case, and no client name enters the records', async () => {
    const table = await readTable(new TextEncoder().encode(toCsv(DEMO_REGISTER_HEADER, rows)));
    expect(table).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ';' });
    const r = importRegister(table, mapping, rules, today);
    expect(r.errors).toEqual([]);
    expect(r.records).toHaveLength(160);
    expect(JSON.stringify(r.records)).not.toContain('Klient');
    const report = checkCaseFile({ formatVersion: 1, records: r.records }, rules, today);
    const over = report.caseload.findings
      .filter((f) => f.code === 'caseload-over-limit')
      .map((f) => f.workerId);
    expect(over.sort()).toEqual(['PDS-01', 'PS-01']);
  });

  it('Windows-1250 bytes are detected and Polish labels still map', async () => {
    const table = await readTable(cp1250(toCsv(DEMO_REGISTER_HEADER, rows.slice(0, 20))));
    expect(table.encoding).toBe('windows-1250');
    expect(table.header).toContain('Pracownik ds. świadczeń');
    const r = importRegister(table, mapping, rules, today);
    expect(r.errors).toEqual([]);
    expect(r.records).toHaveLength(20);
  });

  it('quoted fields with newlines and `;` inside, bad dates and unknown labels: row-level errors, the rest imports', async () => {
    const good = rows[0]!;
    const multiline = [...rows[1]!];
    multiline[1] = 'Nowak; Jan\n"Janek"';
    multiline[10] = multiline[10]!.replace(/; /g, '\n');
    const badDate = [...rows[2]!];
    badDate[5] = '31.02.2026';
    const badCategory = [...rows[3]!];
    badCategory[2] = 'Bezdomność';
    const future = [...rows[4]!];
    future[5] = '01.01.2099';
    const noId = [...rows[5]!];
    noId[0] = '';
    const unknownDoc = [...rows[6]!];
    unknownDoc[10] = 'Horoskop (01.02.2026)';
    const text = toCsv(DEMO_REGISTER_HEADER, [
      good,
      multiline,
      badDate,
      badCategory,
      future,
      noId,
      unknownDoc,
    ]);
    const r = importRegister(await readTable(new TextEncoder().encode(text)), mapping, rules, today);
    expect(r.records.map((x) => x.id)).toEqual([good[0], multiline[0], unknownDoc[0]]);
    expect(r.records[1]!.tools.length).toBe(cases[1]!.tools.length);
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [4, 'Data założenia'],
      [5, 'Kategoria'],
      [6, 'Data założenia'],
      [7, 'Nr sprawy'],
    ]);
    expect(r.errors.map((e) => e.code)).toEqual([
      'register.invalid-date',
      'register.unknown-category',
      'register.future-date',
      'register.no-case-id',
    ]);
    // A date looks like a code and is shown; a category's text could be a shifted name and is not.
    expect(r.errors[0]!.message.pl).toBe('niepoprawna data „31.02.2026”');
    expect(r.errors[1]!.message.pl).toBe('nieznana wartość kategorii (dodaj ją do mapowania)');
    expect(r.warnings.map((w) => [w.row, w.code, w.column])).toEqual([
      [8, 'register.unknown-document', 'Dokumenty'],
    ]);
  });

  it('an XLSX export reads the same as the CSV', async () => {
    const bytes = await writeXlsx('Rejestr', DEMO_REGISTER_HEADER, rows.slice(0, 30));
    const table = await readTable(bytes);
    expect(table.format).toBe('xlsx');
    const r = importRegister(table, mapping, rules, today);
    expect(r.errors).toEqual([]);
    const fromCsv = importRegister(
      await readTable(new TextEncoder().encode(toCsv(DEMO_REGISTER_HEADER, rows.slice(0, 30)))),
      mapping,
      rules,
      today,
    );
    expect(r.records).toEqual(fromCsv.records);
  });

  it('a missing required column is reported and nothing is imported', async () => {
    const header = DEMO_REGISTER_HEADER.filter((h) => h !== 'Etap');
    const text = toCsv(
      header,
      rows.slice(0, 3).map((r) => r.filter((_, i) => DEMO_REGISTER_HEADER[i] !== 'Etap')),
    );
    const r = importRegister(await readTable(new TextEncoder().encode(text)), mapping, rules, today);
    expect(r.missingColumns).toEqual(['Etap']);
    expect(r.records).toEqual([]);
  });

  it('a mapping file is validated with paths', () => {
    const r = parseWith(RegisterMapping, {
      formatVersion: 1,
      name: 'x',
      columns: { caseId: 'Nr' },
      values: { stage: { 'Etap 9': '9' } },
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => e.path)).toEqual(
        expect.arrayContaining(['columns.standard', 'values.stage.Etap 9']),
      );
  });
});

describe('splitDocument: a register’s document item', () => {
  it.each([
    ['Umowa współpracy (12.03.2026)', { label: 'Umowa współpracy', date: '12.03.2026' }],
    ['Ocena okresowa: 1.2.2026', { label: 'Ocena okresowa', date: '1.2.2026' }],
    ['Genogram – 05.06.2026', { label: 'Genogram', date: '05.06.2026' }],
    ['Wywiad 2 12.03.2026', { label: 'Wywiad 2', date: '12.03.2026' }],
    ['Karta pracy socjalnej', { label: 'Karta pracy socjalnej' }],
    ['Karta (2026)', { label: 'Karta (2026)' }],
    ['12.03.2026', { label: '', date: '12.03.2026' }],
  ])('%s', (text, expected) => expect(splitDocument(text)).toEqual(expected));
});
