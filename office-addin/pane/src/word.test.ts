import { describe, expect, it } from 'vitest';
import { FakeWordDocument, createFakeWord } from '../../fake-word/fake-word.ts';
import { documentInput, targetFor } from './document.ts';
import { changedFields, planDocument, planTags } from './plan.ts';
import {
  COPY_SUFFIX,
  TEMPLATES,
  TEMPLATE_FIELDS,
  checkDocument,
  demoTemplateData,
  fieldTexts,
  readDocxFields,
  renderDocx,
} from './templates.ts';
import type { TemplateData, TemplateDefinition } from './templates.ts';
import { insertPlan, readDocument, selectInDocument, updateControls } from './word.ts';

const AS_OF = '2026-11-25';

function setup(outline: ConstructorParameters<typeof FakeWordDocument>[0] = []) {
  const doc = new FakeWordDocument(outline);
  return { doc, word: createFakeWord(doc) };
}

async function drafted(def: TemplateDefinition, data: TemplateData = demoTemplateData(def.id, AS_OF)) {
  const { doc, word } = setup();
  await insertPlan(word, planDocument(def, data, { draft: true }), 'replace');
  doc.resetCounters();
  return { doc, word, data };
}

async function check(word: ReturnType<typeof createFakeWord>) {
  const snapshot = await readDocument(word);
  return { snapshot, result: checkDocument(documentInput(snapshot)) };
}

/** Required leaf fields of a template, list patterns made concrete for the first item. */
function requiredLeaves(def: TemplateDefinition): string[] {
  return TEMPLATE_FIELDS[def.id]!.filter((f) => f.required && f.kind !== 'list' && f.kind !== 'boolean')
    .filter((f) => f.when.length === 0)
    .map((f) => f.tag.replace(/\[\]/g, '[0]'));
}

describe('insert: every template goes into Word as tagged content controls', () => {
  for (const def of TEMPLATES) {
    it(`${def.id}: the same tags and texts as the .docx renderer, in one sync`, async () => {
      const { doc, word } = setup(['Akapit użytkownika']);
      const data = demoTemplateData(def.id, AS_OF);
      await insertPlan(word, planDocument(def, data), 'replace');
      expect(doc.syncs).toBe(1);
      expect(doc.runs).toBe(1);

      const docx = await readDocxFields(await renderDocx(def.id, data));
      const inWord = new Set(doc.controls().map((c) => c.tag));
      expect([...inWord].sort()).toEqual(Object.keys(docx.fields).sort());
      // Every field's text as the renderer writes it.
      const texts = fieldTexts(def, data);
      for (const c of doc.controls()) {
        if (c.tag.includes(':') || c.tag.endsWith(']')) continue;
        const expected = texts[c.tag];
        if (expected !== undefined && !doc.controls(c.tag)[0]!.children.some((b) => b.kind === 'control'))
          expect(doc.controlText(c.tag), c.tag).toBe(expected);
      }
      // Titles are the Polish labels.
      const flat = new Map(TEMPLATE_FIELDS[def.id]!.map((f) => [f.tag, f.label.pl]));
      for (const c of doc.controls()) {
        const label = flat.get(c.tag.replace(/\[\d+\]/g, '[]'));
        if (label) expect(c.title).toBe(label);
      }
      expect(doc.text()).not.toContain('Akapit użytkownika'); // replaced
    });
  }

  it('the layout arrives as Word objects: inline field controls in the dateline, real tables with a repeated header row, signatures without borders', async () => {
    const def = TEMPLATES.find((t) => t.id === 'cooperation-agreement')!;
    const { doc } = await drafted(def);
    const dateline = doc.paragraphs().find((p) => p.text.includes(', dnia '))!;
    expect(dateline.alignment).toBe('Right');
    expect(
      dateline.children.filter((c) => c.kind === 'control').map((c) => (c as { tag: string }).tag),
    ).toEqual(['place', 'drawnUpOn']);
    const goals = doc.controls('goals')[0]!;
    expect(goals.inline).toBe(false);
    const table = doc.tables().find((t) => t.parent === goals)!;
    expect(table.headerRowCount).toBe(1);
    expect(
      table.rows[0]!.map((cell) => cell.children.map((p) => (p as { text: string }).text).join('')),
    ).toEqual(['Lp.', 'Obszar / sytuacja', 'Co chcemy osiągnąć?', 'Po czym poznamy, że to osiągnęliśmy?']);
    expect(doc.controlText('goals[1].area')).toBe('Mieszkanie');
    const signatures = doc.tables().at(-1)!;
    expect(signatures.borders).toBe('None');
    expect(doc.tables()[0]!.borders).toBe('None'); // the letterhead
  });

  it('at the cursor: after the cursor paragraph, the user text before and after stays', async () => {
    const { doc, word } = setup(['przed', 'kursor', 'po']);
    doc.placeCursor('kursor');
    const def = TEMPLATES[2]!;
    await insertPlan(word, planDocument(def, demoTemplateData(def.id, AS_OF)), 'cursor');
    const texts = doc.paragraphs().map((p) => p.text);
    expect(texts.slice(0, 2)).toEqual(['przed', 'kursor']);
    expect(texts.indexOf(def.frame.title?.pl ?? def.name.pl)).toBeGreaterThan(2);
    expect(texts.at(-1)).toBe('po');
    expect(doc.syncs).toBe(1);
  });

  it('empty fields get a placeholder and still count as missing', async () => {
    const def = TEMPLATES.find((t) => t.id === 'cooperation-agreement')!;
    const { doc, word } = await drafted(def, {});
    expect(doc.controls('caseId')[0]!.placeholderText).toBe('[UZUPEŁNIJ: Nr sprawy]');
    const { result } = await check(word);
    expect(result.template).toBe('cooperation-agreement');
    expect(result.missing.map((m) => m.field)).toContain('caseId');
  });
});

describe('check: what the standard requires but the open document lacks', () => {
  const def = TEMPLATES.find((t) => t.id === 'cooperation-agreement')!;

  it('a complete demo agreement has nothing missing; one read, one sync', async () => {
    const { word, doc } = await drafted(def);
    const { result } = await check(word);
    expect(result).toEqual({ template: 'cooperation-agreement', missing: [] });
    expect(doc.syncs).toBe(1);
  });

  for (const d of TEMPLATES) {
    it(`${d.id}: each required field emptied in turn is found, and only it`, async () => {
      const leaves = requiredLeaves(d);
      expect(leaves.length).toBeGreaterThan(0);
      for (const tag of leaves) {
        const { word, doc } = await drafted(d);
        const before = (await check(word)).result.missing.map((m) => m.field);
        if (doc.controls(tag).length === 0) continue; // hidden by the demo's choices
        doc.userEdit(tag, '');
        const { result } = await check(word);
        const found = result.missing.map((m) => m.field).filter((f) => !before.includes(f));
        // An item left with no content at all is no item: then its list is what is missing (if required).
        const item = tag.slice(0, tag.lastIndexOf('.'));
        const itemEmpty =
          tag.includes('[') &&
          !doc.controls().some((c) => c.tag.startsWith(`${item}.`) && doc.controlText(c.tag)?.trim());
        if (itemEmpty)
          expect(
            found.every((f) => tag.startsWith(f)),
            tag,
          ).toBe(true);
        else expect(found, tag).toEqual([tag]);
      }
    });
  }

  it('a control the user deleted is reported missing; a click selects its section', async () => {
    const { word, doc } = await drafted(def);
    doc.userDelete('generalGoal');
    const { snapshot, result } = await check(word);
    const missing = result.missing.find((m) => m.field === 'generalGoal')!;
    expect(missing).toBeDefined();
    const target = targetFor(snapshot, 'cooperation-agreement', missing);
    expect(target).toEqual({ tag: `section:${missing.section}` });
    doc.resetCounters();
    expect(await selectInDocument(word, target!)).toBe(true);
    expect(doc.syncs).toBe(1);
    expect(doc.selected).toBe(doc.controls(`section:${missing.section}`)[0]);
  });

  it('an emptied field: the click selects its own control', async () => {
    const { word, doc } = await drafted(def);
    doc.userEdit('caseId', '');
    const { snapshot, result } = await check(word);
    const target = targetFor(snapshot, def.id, result.missing[0]!);
    expect(target).toEqual({ tag: 'caseId' });
    await selectInDocument(word, target!);
    expect(doc.selected).toBe(doc.controls('caseId')[0]);
  });

  it('a document written by hand: found by its title and headings, the click goes to the heading', async () => {
    const data = demoTemplateData(def.id, AS_OF);
    const { word: w1, doc: d1 } = await drafted(def, data);
    // Same text, no controls: the user removed every control but kept the text.
    for (const tag of new Set(d1.controls().map((c) => c.tag))) d1.userUnwrap(tag);
    expect(d1.controls()).toHaveLength(0);
    const full = await check(w1);
    expect(full.result.template).toBe('cooperation-agreement');
    const section = def.sections.find((s) => s.blocks.some((b) => 'id' in b && b.id === 'generalGoal'))!;
    const { doc, word } = setup([
      { heading: def.name.pl, level: 1 },
      { heading: section.title.pl, level: 1 },
      'Cel ogólny:',
    ]);
    const { snapshot, result } = await check(word);
    expect(result.template).toBe('cooperation-agreement');
    const missing = result.missing.find((m) => m.section === section.id)!;
    expect(missing).toBeDefined();
    const target = targetFor(snapshot, def.id, missing);
    expect(target).toEqual({ text: section.title.pl });
    await selectInDocument(word, target!);
    expect(doc.selected).toMatchObject({ kind: 'paragraph', text: section.title.pl });
  });

  it('select reports false when the place is gone', async () => {
    const { word } = await drafted(def);
    expect(await selectInDocument(word, { tag: 'no-such-tag' })).toBe(false);
  });
});

describe('update: a changed field rewrites its own control only', () => {
  const def = TEMPLATES.find((t) => t.id === 'cooperation-agreement')!;

  it("changes only its control and keeps the user's other edits; two syncs (find, write)", async () => {
    const { word, doc, data } = await drafted(def);
    doc.userEdit('generalGoal', 'Cel wpisany ręcznie w Wordzie');
    doc.userAppend('Dopisek użytkownika');
    const others = new Map(doc.controls().map((c) => [c, doc.controlText(c.tag)]));
    const after = { ...data, caseId: 'MOPR/2026/999' };
    const changes = changedFields(def, data, after);
    expect(changes).toEqual([{ tag: 'caseId', text: 'MOPR/2026/999' }]);
    const outcome = await updateControls(word, changes);
    expect(outcome).toEqual({ updated: ['caseId'], notInDocument: [] });
    expect(doc.syncs).toBe(2);
    expect(doc.controlText('caseId')).toBe('MOPR/2026/999');
    expect(doc.controlText('generalGoal')).toBe('Cel wpisany ręcznie w Wordzie');
    expect(doc.text()).toContain('Dopisek użytkownika');
    for (const [c, text] of others)
      if (c.tag !== 'caseId' && !c.tag.includes(':')) expect(doc.controlText(c.tag)).toBe(text);
  });

  it('a field shown twice (the date in the dateline and the clause) changes in both places', async () => {
    const { word, doc, data } = await drafted(def);
    const outcome = await updateControls(
      word,
      changedFields(def, data, { ...data, drawnUpOn: '2026-11-02' }),
    );
    expect(outcome).toEqual({ updated: ['drawnUpOn'], notInDocument: [] });
    expect(doc.controls('drawnUpOn').map((c) => doc.controlText(c.tag))).toEqual(['02.11.2026']);
    expect(doc.controls(`drawnUpOn${COPY_SUFFIX}`)).toHaveLength(1);
    expect(doc.text()).toMatch(/zawarta w dniu 02\.11\.2026 r\./);
  });

  it('a field whose control the user deleted is reported, not recreated', async () => {
    const { word, doc, data } = await drafted(def);
    doc.userDelete('caseId');
    const outcome = await updateControls(word, changedFields(def, data, { ...data, caseId: 'X-1' }));
    expect(outcome).toEqual({ updated: [], notInDocument: ['caseId'] });
    expect(doc.controls('caseId')).toHaveLength(0);
    expect(doc.text()).not.toContain('X-1');
    expect(doc.syncs).toBe(1); // nothing to write: no second round trip
  });

  it('multi-line text (a choice) replaces the control content paragraph by paragraph', async () => {
    const d = TEMPLATES.find((t) => t.id === 'update-note')!;
    const { word, doc, data } = await drafted(d);
    const choice = TEMPLATE_FIELDS[d.id]!.find(
      (f) => f.kind === 'choice' && !f.parent && f.options && f.options.length > 1,
    );
    if (!choice) return;
    const next = choice.options!.find((o) => o.id !== data[choice.tag])!.id;
    const changes = changedFields(d, data, { ...data, [choice.tag]: next });
    const outcome = await updateControls(word, changes);
    expect(outcome.updated).toContain(choice.tag);
    expect(doc.controlText(choice.tag)).toBe(fieldTexts(d, { ...data, [choice.tag]: next })[choice.tag]);
  });
});

describe('plan', () => {
  it('names every tag once; a field shown twice has copies with their own suffix', () => {
    for (const def of TEMPLATES) {
      const tags = planTags(planDocument(def, demoTemplateData(def.id, AS_OF))).filter(
        (t) => !t.endsWith(COPY_SUFFIX),
      );
      expect(new Set(tags).size, def.id).toBe(tags.length);
    }
  });
});
