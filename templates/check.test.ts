import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { checkDocument } from './check.ts';
import { TEMPLATES } from './definitions/index.ts';
import { MARK_OFF, MARK_ON } from './fields.ts';
import { demoTemplateData } from './prefill.ts';
import { parseDocumentXml, readDocxFields } from './read-docx.ts';
import { renderDocx } from './render-docx.ts';
import { AS_OF, documentXml, emptyControl, replaceDocumentXml, requiredTags } from './testing.ts';

describe.each(TEMPLATES.map((t) => t.id))('%s: round trip through .docx', (id) => {
  const data = demoTemplateData(id, AS_OF);
  let bytes: Uint8Array;
  let xml: string;

  it('a rendered document is complete', async () => {
    bytes = await renderDocx(id, data);
    xml = await documentXml(bytes);
    expect(checkDocument(await readDocxFields(bytes))).toEqual({ template: id, missing: [] });
  });

  it.each(requiredTags(id, data))(
    'emptying %s in the XML: the check names exactly that field',
    async (tag) => {
      const edited = await replaceDocumentXml(bytes, emptyControl(xml, tag));
      const result = checkDocument(await readDocxFields(edited));
      expect(result.template).toBe(id);
      expect(result.missing.map((m) => m.field)).toEqual([tag]);
      expect(result.missing[0]!.label).not.toBe('');
    },
  );
});

describe('checkDocument on fields alone (the Word add-in)', () => {
  const base = {
    caseId: '2026/PS/0001',
    date: '20.11.2026',
    stage: '4 – Realizacja planu działania i systematyczna ewaluacja',
    workerName: 'Anna Wiśniewska',
  };

  it('a ticked "no significant change" note needs nothing more', () => {
    const fields = { ...base, noSignificantChange: `${MARK_ON} Brak istotnych zmian` };
    expect(checkDocument({ templateId: 'update-note', fields }).missing).toEqual([]);
  });

  it('an unticked note reports the changes, per section', () => {
    const fields = { ...base, noSignificantChange: `${MARK_OFF} Brak istotnych zmian`, description: ' ' };
    expect(checkDocument({ templateId: 'update-note', fields }).missing).toEqual([
      { field: 'areas', section: 'changes', label: 'Obszary zmian' },
      { field: 'description', section: 'changes', label: 'Opis zmian' },
      { field: 'impact', section: 'impact', label: 'Wpływ na umowę współpracy' },
    ]);
  });

  it('labels in English on request', () => {
    const r = checkDocument({ templateId: 'update-note', fields: { ...base, caseId: '' } }, { lang: 'en' });
    expect(r.missing[0]).toEqual({ field: 'caseId', section: 'details', label: 'Case number' });
  });

  it('rows Word copied with the same tags count once they have text', () => {
    const xml =
      '<w:body><w:sdt><w:sdtPr><w:tag w:val="a[0].x"/></w:sdtPr><w:sdtContent><w:r><w:t>one</w:t></w:r></w:sdtContent></w:sdt>' +
      '<w:sdt><w:sdtPr><w:tag w:val="a[0].x"/></w:sdtPr><w:sdtContent><w:r><w:t>two</w:t></w:r></w:sdtContent></w:sdt></w:body>';
    expect(parseDocumentXml(xml).fields['a[0].x']).toBe('one\ntwo');
  });

  it('an unknown document has no template', () => {
    expect(checkDocument({ fields: {}, headings: [{ level: 1, text: 'Protokół', body: '' }] })).toEqual({
      template: null,
      missing: [],
    });
  });
});

describe('documents made by hand (no content controls)', () => {
  const handMade = async (paragraphs: Paragraph[]) =>
    readDocxFields(
      new Uint8Array(await Packer.toArrayBuffer(new Document({ sections: [{ children: paragraphs }] }))),
    );
  const h = (
    text: string,
    heading: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1,
  ) => new Paragraph({ heading, children: [new TextRun(text)] });
  const p = (text: string) => new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun(text)] });

  it('recognises the template by its title and finds fields by their labels under the headings', async () => {
    const read = await handMade([
      h('Notatka służbowa – aktualizacja sytuacji', HeadingLevel.TITLE),
      h('Dane notatki'),
      p('Nr sprawy: 2026/PS/0007'),
      p('Data notatki: 03.11.2026'),
      p('Bieżący etap pracy socjalnej: 4 – Realizacja planu działania'),
      p('Pracownik socjalny – imię i nazwisko'),
      p('Anna Wiśniewska'),
      h('Zmiany w sytuacji klienta'),
      p('Obszary zmian: Mieszkanie'),
      p('Opis zmian:'),
      h('Wpływ na cele i plan'),
      p('Wpływ na umowę współpracy: Zmiana planu działań'),
    ]);
    expect(read.fields).toEqual({});
    const result = checkDocument(read);
    expect(result.template).toBe('update-note');
    expect(result.missing).toEqual([{ field: 'description', section: 'changes', label: 'Opis zmian' }]);
  });

  it('a hand-made agreement without the goals section misses the goals', async () => {
    const read = await handMade([
      h('Umowa współpracy', HeadingLevel.TITLE),
      h('2. Cele współpracy'),
      p('Problem – słowami klienta: „Nie mam pracy”'),
      p('2.1. Cel ogólny: Praca'),
    ]);
    const result = checkDocument(read);
    expect(result.template).toBe('cooperation-agreement');
    const missing = result.missing.map((m) => m.field);
    expect(missing).toContain('goals');
    expect(missing).toContain('caseId');
    expect(missing).not.toContain('problemInClientWords');
    expect(missing).not.toContain('generalGoal');
  });
});
