import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CaseRecord,
  DEMO_REGISTER_HEADER,
  DEMO_REGISTER_MAPPING,
  RegisterMapping,
  buildAudit,
  compileRules,
  demoDataset,
  demoRegisterRows,
  importRegister,
  parsePolicy,
  readTable,
  toCsv,
} from '../../core/index.ts';
import type { Audit } from '../../core/index.ts';
import { convertToPdf } from '../../test/support/libreoffice.ts';
import { internalCodes, pdfPages } from '../testing-pdf.ts';
import { caseloadCharts } from './caseload-chart.ts';
import { renderAuditReport } from './audit-report.ts';
import { reportMessages } from './report-messages.ts';

const today = '2026-11-25';
const dir = mkdtempSync(join(tmpdir(), 'standardy-report-'));
let audit: Audit;
let bytes: Uint8Array;
let pages: string[];
let zip: JSZip;

beforeAll(async () => {
  const demo = demoDataset(today);
  const policy = parsePolicy(demo.policy);
  if (!policy.ok) throw new Error('demo policy');
  const rules = compileRules(policy.value);
  const records = demo.cases.records.filter((r) => r.kind === 'case').map((r) => CaseRecord.parse(r));
  const csv = toCsv(
    DEMO_REGISTER_HEADER,
    demoRegisterRows(records, (id) => `Klient ${id}`),
  );
  const mapping = RegisterMapping.parse(DEMO_REGISTER_MAPPING);
  const imported = importRegister(
    await readTable(new TextEncoder().encode(csv), mapping),
    mapping,
    rules,
    today,
  );
  audit = buildAudit(imported.records, rules, today, demo.timeUse.entries);
  bytes = await renderAuditReport(audit, { source: 'eksport rejestru rejestr.csv' });
  zip = await JSZip.loadAsync(bytes);
  const file = join(dir, 'raport.docx');
  writeFileSync(file, bytes);
  const [pdf] = convertToPdf([file], dir);
  pages = pdfPages(pdf!);
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const part = (name: string) => zip.file(name)!.async('string');

describe('the caseload chart', () => {
  it('is a native Word chart part (c:chartSpace with a bar chart and the norm line), not a picture', async () => {
    const chart = await part('word/charts/chart1.xml');
    expect(chart).toContain('<c:chartSpace');
    expect(chart).toContain('<c:barChart>');
    expect(chart).toContain('<c:lineChart>');
    expect(chart).toContain('Aktywne sprawy');
    expect(chart).toContain('Norma (wg etatu)');
    expect(chart).toContain('PS-01');
    expect(await part('[Content_Types].xml')).toContain(
      'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
    );
    expect(await part('word/_rels/document.xml.rels')).toMatch(/Target="charts\/chart1\.xml"/);
    expect(await part('word/document.xml')).toContain('<c:chart ');
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png'))).toEqual(
      [],
    );
  });

  it('one chart per role, each with its own flat norm; Polish numerals in its description', () => {
    const charts = caseloadCharts(audit.check.caseload.rows);
    expect(charts).toHaveLength(2);
    const description = JSON.stringify(charts.map((c) => c.altText));
    expect(description).toMatch(/PS-01: 23 aktywne sprawy/);
    expect(description).not.toMatch(/\b(?:[2-4]|2[2-4]) aktywnych spraw/);
    expect(description).not.toMatch(/\b(?:[5-9]|1\d|2[015-9]) aktywne sprawy/);
  });

  it('LibreOffice draws it with its Polish title and axis labels', () => {
    const text = pages.join('\n');
    expect(text).toContain('Pracownicy socjalni: aktywne sprawy wobec normy');
    expect(text).toContain('Liczba aktywnych spraw');
  });
});

describe('the report in LibreOffice, page by page', () => {
  it('uses the documents’ house style: Calibri (Carlito) and the same paragraph styles', async () => {
    const styles = await part('word/styles.xml');
    expect(styles).toContain('w:ascii="Calibri"');
    expect(styles).toMatch(/w:styleId="TableHeader"/);
    const fonts = execFileSync('pdffonts', [join(dir, 'raport.pdf')], { encoding: 'utf8' });
    expect(fonts).toContain('Carlito');
    expect(fonts).not.toContain('LiberationSans');
  });

  it('no page ends with a heading (headings are kept with their content)', () => {
    const headings = Object.entries(reportMessages.messages)
      .filter(([key]) => key.startsWith('h.'))
      .map(([, m]) => m.pl);
    const isHeading = (line: string) =>
      /^\d+\. \p{Lu}/u.test(line) ||
      headings.some((h) => line === h || (h.includes('{') && line.startsWith(h.split('{')[0]!)));
    pages.forEach((page, i) => {
      const lines = page
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !/^Strona \d+ z \d+$/.test(l) && !l.startsWith('Dokument wewnętrzny'));
      expect(isHeading(lines.at(-1)!), `page ${i + 1} ends with „${lines.at(-1)}”`).toBe(false);
    });
    expect(isHeading('3. Obciążenie wobec norm (20 / 80)')).toBe(true);
    expect(isHeading('Pracownicy socjalni')).toBe(true);
  });

  it('table headers keep their words whole', () => {
    const text = pages.join('\n');
    for (const word of [
      'Zawieszone',
      'Kompletność',
      'ostrzeżenia',
      'Pracownik',
      'Brakujące',
      'Spełniony',
      'Potrzebne',
    ])
      expect(text, word).toMatch(new RegExp(`(^|\\s)${word}(\\s|$)`, 'm'));
  });

  it('Polish numerals agree and the source is named once', () => {
    const text = pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('PS-01 (23 aktywne sprawy, norma 20)');
    expect(text).toContain('PDS-01 (86 aktywnych spraw, norma 80)');
    expect(text).toMatch(/z 743 wymaganych narzędzi\); 121 braków\./);
    expect(text).toContain('Źródło danych: eksport rejestru rejestr.csv');
    expect(text).not.toMatch(/\b(?:[2-4]|2[2-4]) (?:aktywnych spraw|braków|błędów)\b/);
    expect(text).not.toMatch(/\d\.\d+ h\b|\b\d+\.\d+ %/);
  });

  it('prints no internal codes (finding codes, tool ids, standard ids)', () => {
    pages.forEach((page, i) => expect(internalCodes(page), `page ${i + 1}`).toEqual([]));
  });
});
