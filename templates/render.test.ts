import { describe, expect, it } from 'vitest';
import { TEMPLATES, getTemplate } from './definitions/index.ts';
import { fieldTexts } from './fields.ts';
import { readDocxFields } from './read-docx.ts';
import { renderDocx } from './render-docx.ts';
import { validateTemplateData } from './validate.ts';
import { HARD_TEXT, LONG_TEXT, documentXml, escapeXml, hardData, zipPart } from './testing.ts';

async function headers(bytes: Uint8Array): Promise<string[]> {
  const out: string[] = [];
  for (let i = 1; i <= 4; i++) {
    try {
      out.push(await zipPart(bytes, `word/header${i}.xml`));
    } catch {
      break;
    }
  }
  return out;
}

describe.each(TEMPLATES.map((t) => t.id))('%s rendered to .docx', (id) => {
  const def = getTemplate(id)!;

  it('writes every field value, each in its own content control, into word/document.xml', async () => {
    const data = hardData(id);
    expect(validateTemplateData(id, data)).toMatchObject({ ok: true });
    const bytes = await renderDocx(id, data, { institutionName: 'MOPS „Przykład” & Syn' });
    const xml = await documentXml(bytes);
    for (const [tag, text] of Object.entries(fieldTexts(def, data))) {
      expect(xml.split(`<w:tag w:val="${escapeXml(tag)}"/>`).length - 1, `one control ${tag}`).toBe(1);
      // Newlines are breaks between runs: each line is its own w:t.
      for (const line of text.split('\n'))
        if (line) expect(xml.includes(escapeXml(line)), `${tag}: ${line.slice(0, 40)}`).toBe(true);
    }
    expect(xml.includes(`<w:tag w:val="template:${id}"/>`)).toBe(true);
    expect(xml).toMatch(/<w:pStyle w:val="Heading[12]"\/>/);
  });

  it('keeps & < > " \', Polish letters, emoji, newlines and a 20,000-character field exactly', async () => {
    const data = hardData(id);
    const read = await readDocxFields(await renderDocx(id, data));
    const texts = fieldTexts(def, data);
    for (const [tag, text] of Object.entries(texts)) expect(read.fields[tag], tag).toBe(text);
    const values = Object.values(read.fields);
    expect(values.some((v) => v.includes(HARD_TEXT))).toBe(true);
    if (values.some((v) => v.length >= 20_000)) expect(values).toContain(LONG_TEXT);
    expect(read.templateId).toBe(id);
  });

  it('is A4 with outline levels, the letterhead on page 1, a running header after it, page numbers and a data-protection footer', async () => {
    const data = hardData(id);
    delete data.centreName;
    const bytes = await renderDocx(id, data, { institutionName: 'MOPR Toruń (demo)' });
    const xml = await documentXml(bytes);
    expect(xml).toMatch(
      def.landscape ? /<w:pgSz w:w="16838" w:h="11906"/ : /<w:pgSz w:w="11906" w:h="16838"/,
    );
    expect(xml).toContain('<w:titlePg/>');
    // The institution's name from the policy goes into the letterhead's control.
    expect(xml).toMatch(/<w:tag w:val="centreName"\/>[\s\S]*?MOPR Toruń \(demo\)/);
    const styles = await zipPart(bytes, 'word/styles.xml');
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:outlineLvl w:val="0"\/>/);
    expect(styles).toMatch(/w:styleId="Heading2"[\s\S]*?<w:outlineLvl w:val="1"\/>/);
    expect(styles).toContain('w:val="pl-PL"');
    const all = (await headers(bytes)).join('\n');
    expect(all).toContain(`${def.name.pl} · Nr sprawy: ${String(data.caseId)}`);
    expect(all).not.toContain('PROJEKT');
    const footer = await zipPart(bytes, 'word/footer1.xml');
    expect(footer).toContain('RODO');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(await zipPart(bytes, 'docProps/custom.xml')).toContain(id);
  });
});

describe('Polish typography', () => {
  it('dates are dd.mm.rrrr and the form text uses „Polish quotes”', async () => {
    const data = hardData('cooperation-agreement');
    const xml = await documentXml(await renderDocx('cooperation-agreement', data));
    const [y, m, d] = String(data.periodFrom).split('-');
    expect(xml).toContain(`${d}.${m}.${y}`);
    expect(xml).not.toContain(String(data.periodFrom));
    expect(xml).toContain('„Diagnoza – ocena sytuacji”');
  });
});

describe('draft', () => {
  it('renders missing required fields with a PROJEKT watermark and the gaps marked as placeholders', async () => {
    const bytes = await renderDocx('cooperation-agreement', { caseId: 'A/1' }, { draft: true });
    const all = (await headers(bytes)).join('\n');
    expect(all).toContain('PROJEKT');
    expect(all).toContain('v:textpath');
    const xml = await documentXml(bytes);
    expect(xml).toContain('[UZUPEŁNIJ: Miejscowość]');
    expect(xml).toContain('<w:showingPlcHdr/>');
    // The marks are placeholders: the document still reads as empty there.
    const read = await readDocxFields(bytes);
    expect(read.fields.place).toBe('');
    expect(read.fields.caseId).toBe('A/1');
  });
});
