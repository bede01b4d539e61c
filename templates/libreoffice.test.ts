import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { TEMPLATES, getTemplate } from './definitions/index.ts';
import { fieldTexts } from './fields.ts';
import { renderDocx } from './render-docx.ts';
import { hardData } from './testing.ts';
import { convertToPdf, pdfText as pdfToText } from '../test/support/libreoffice.ts';

// A real consumer opens every template's output (STYLE.md "Documents"). Never skipped: without
// LibreOffice this fails and says how to install it.
const dir = mkdtempSync(join(tmpdir(), 'standardy-lo-'));
const pdfText: Record<string, string> = {};

beforeAll(async () => {
  const files: string[] = [];
  for (const t of TEMPLATES) {
    const file = join(dir, `${t.id}.docx`);
    writeFileSync(file, await renderDocx(t.id, hardData(t.id), { institutionName: 'MOPR (demo)' }));
    files.push(file);
  }
  const pdfs = convertToPdf(files, join(dir, 'pdf'));
  TEMPLATES.forEach((t, i) => (pdfText[t.id] = pdfToText(pdfs[i]!)));
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(TEMPLATES.map((t) => t.id))('%s in LibreOffice', (id) => {
  it('converts to PDF whose text holds the headings and the fields', () => {
    expect(pdfText[id], `no PDF for ${id}`).toBeDefined();
    const text = squash(pdfText[id]!);
    const def = getTemplate(id)!;
    expect(text).toContain(def.name.pl);
    expect(text).toContain('MOPR (demo)');
    const data = hardData(id);
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
});
