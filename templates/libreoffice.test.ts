import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPLATES, getTemplate } from './definitions/index.ts';
import { fieldTexts } from './fields.ts';
import type { TemplateData } from './model.ts';
import { demoTemplateData } from './prefill.ts';
import { renderDocx } from './render-docx.ts';
import { AS_OF, hardData, maximalData } from './testing.ts';
import {
  internalCodes,
  numberingProblems,
  onlySignatures,
  pageBody,
  pdfPages,
  pdfRawText,
} from './testing-pdf.ts';
import { convertToPdf } from '../test/support/libreoffice.ts';

// A real consumer opens every template's output (STYLE.md "Documents"), with the demo data, with maximal
// data (every optional field, long texts, many items) and with hard text; one LibreOffice call for all.
// Never skipped: without LibreOffice this fails and says how to install it.
const dir = mkdtempSync(join(tmpdir(), 'standardy-lo-'));
const VARIANTS = {
  demo: (id: string) => demoTemplateData(id, AS_OF),
  maximal: maximalData,
  hard: hardData,
} satisfies Record<string, (id: string) => TemplateData>;
type Variant = keyof typeof VARIANTS;
const rendered = new Map<string, { data: TemplateData; pages: string[]; raw: string }>();
const key = (id: string, v: Variant) => `${id}.${v}`;

beforeAll(async () => {
  const files: string[] = [];
  const order: [string, Variant, TemplateData][] = [];
  for (const t of TEMPLATES)
    for (const v of Object.keys(VARIANTS) as Variant[]) {
      const data = VARIANTS[v](t.id);
      const file = join(dir, `${key(t.id, v)}.docx`);
      writeFileSync(file, await renderDocx(t.id, data, { institutionName: 'MOPR (demo)' }));
      files.push(file);
      order.push([t.id, v, data]);
    }
  const pdfs = convertToPdf(files, join(dir, 'pdf'));
  order.forEach(([id, v, data], i) =>
    rendered.set(key(id, v), { data, pages: pdfPages(pdfs[i]!), raw: pdfRawText(pdfs[i]!) }),
  );
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(TEMPLATES.map((t) => t.id))('%s in LibreOffice', (id) => {
  const def = getTemplate(id)!;
  const furniture = (data: TemplateData) => [`${def.name.pl} · Nr sprawy: ${String(data.caseId)}`];

  it('the PDF holds the title and every field value (hard text: quotes, emoji, 20,000 characters)', () => {
    const { data, raw, pages } = rendered.get(key(id, 'hard'))!;
    // Raw order keeps a table cell's lines together; layout order keeps tick boxes before their labels.
    const text = `${squash(raw)} ${squash(pages.join(' '))}`;
    expect(text).toContain((def.frame.title ?? def.name).pl.toUpperCase());
    let checked = 0;
    for (const [tag, value] of Object.entries(fieldTexts(def, data))) {
      // Short values and the first words of long ones (PDF text is reflowed across lines and pages).
      for (const line of value.split('\n').filter((l) => l.trim())) {
        const words = line.trim().split(/\s+/).slice(0, 4).join(' ');
        expect(text.includes(squash(words)), `${tag}: ${words}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  describe.each(['demo', 'maximal'] as const)('with %s data', (variant) => {
    it('no page holds only a signature block', () => {
      const { data, pages } = rendered.get(key(id, variant))!;
      const signers = def.sections.flatMap((s) =>
        s.blocks.flatMap((b) =>
          b.kind === 'signatures'
            ? b.signers.flatMap((x) => [
                x.label.pl,
                ...[x.nameField, x.positionField].map((f) => (f ? String(data[f] ?? '') : '')),
              ])
            : [],
        ),
      );
      pages.forEach((page, i) => {
        const body = pageBody(page, furniture(data));
        expect(body, `page ${i + 1} is empty`).not.toBe('');
        expect(onlySignatures(body, signers), `page ${i + 1} holds only signatures: ${body}`).toBe(false);
      });
    });

    it('prints no internal id or code (field, template, tool, standard, finding ids)', () => {
      const { pages } = rendered.get(key(id, variant))!;
      pages.forEach((page, i) => expect(internalCodes(page), `page ${i + 1}`).toEqual([]));
    });

    it('numbers its sections 1, 2, 3… and each section’s items N.1, N.2…', () => {
      const { pages } = rendered.get(key(id, variant))!;
      expect(numberingProblems(pages)).toEqual([]);
      expect(pages.join('\n')).toMatch(/^\s*1\.\s+\p{Lu}/mu);
    });
  });

  it('the first page starts with the letterhead: the centre, „Miejscowość, dnia …” on the right, the case number', () => {
    const { data, pages } = rendered.get(key(id, 'demo'))!;
    const first = pages[0]!.split('\n').filter((l) => l.trim());
    expect(first[0]).toMatch(
      new RegExp(
        `^\\s*${String(data.centreName).replace(/[()]/g, '\\$&')}\\s{3,}\\S.*\\d{2}\\.\\d{2}\\.\\d{4} r\\.\\s*$`,
      ),
    );
    expect(pages[0]).toContain(`Nr sprawy: ${String(data.caseId)}`);
  });
});

describe('the page checks themselves', () => {
  it('a page of signature lines, labels and names is only signatures; with text before it, it is not', () => {
    const sig =
      '…………… …………… Klient Pracownik socjalny Jan Przykładowy Anna Nowak (data i czytelny podpis) (data i czytelny podpis)';
    const names = ['Klient', 'Pracownik socjalny', 'Jan Przykładowy', 'Anna Nowak'];
    expect(onlySignatures(sig, names)).toBe(true);
    expect(onlySignatures(`5.1. Terminy przeglądów: 01.02.2027 ${sig}`, names)).toBe(false);
  });

  it('numbering out of order and ids in the text are found', () => {
    expect(numberingProblems(['1. Strony\n1.1. Klient\n1.3. Inne\n3. Plan'])).toHaveLength(2);
    expect(numberingProblems(['Część I A\n1. A\n2. B\nCzęść II A\n1. C\n1.1. D'])).toEqual([]);
    expect(internalCodes('Narzędzie (OO_3) clientName tool-missing sw-unemployed')).toEqual(
      expect.arrayContaining(['OO_3', 'clientName', 'tool-missing', 'sw-unemployed']),
    );
  });
});

describe('the parties clause of agreements and contracts', () => {
  it.each(['cooperation-agreement', 'cooperation-agreement-crisis', 'social-contract'])('%s', (id) => {
    const { pages } = rendered.get(key(id, 'demo'))!;
    expect(squash(pages[0]!)).toMatch(
      /zawart[ay] w dniu \d{2}\.\d{2}\.\d{4} r\. pomiędzy .+ a pracownikiem socjalnym/,
    );
  });
});
