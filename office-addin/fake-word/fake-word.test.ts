import { describe, expect, it } from 'vitest';
import { FakeWordDocument, createFakeWord } from './fake-word.ts';

// The fake must punish what real Word punishes, or the add-in's tests prove nothing.
describe('fake Word object model', () => {
  it('a property read before load() and sync() throws PropertyNotLoaded', async () => {
    const doc = new FakeWordDocument([{ tag: 'a', title: 'A', children: 'tekst' }]);
    const Word = createFakeWord(doc);
    await Word.run(async (context) => {
      const controls = context.document.contentControls;
      expect(() => controls.items).toThrow(/not available/);
      controls.load('items/tag');
      expect(() => controls.items).toThrow(/not available/); // loaded but not yet synced
      await context.sync();
      expect(controls.items[0]!.tag).toBe('a');
      expect(() => controls.items[0]!.text).toThrow(/not available/); // not asked for
    });
    expect(doc.syncs).toBe(1);
  });

  it('writes are queued: the document changes only at sync', async () => {
    const doc = new FakeWordDocument(['jeden']);
    const Word = createFakeWord(doc);
    await Word.run(async (context) => {
      context.document.body.insertParagraph('dwa', 'End');
      expect(doc.text()).toBe('jeden');
      await context.sync();
      expect(doc.text()).toBe('jeden\ndwa');
    });
  });

  it('Word.run flushes what is left queued with one more round trip', async () => {
    const doc = new FakeWordDocument(['jeden']);
    const Word = createFakeWord(doc);
    await Word.run(async (context) => {
      context.document.body.insertParagraph('dwa', 'End');
    });
    expect(doc.syncs).toBe(1);
    expect(doc.text()).toBe('jeden\ndwa');
  });

  it('a write to a deleted control fails the whole sync (ItemNotFound)', async () => {
    const doc = new FakeWordDocument([{ tag: 'a', children: 'x' }]);
    const Word = createFakeWord(doc);
    await expect(
      Word.run(async (context) => {
        const cc = context.document.contentControls.getByTag('a').getFirst();
        doc.userDelete('a');
        cc.insertText('y', 'Replace');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('an empty control with placeholder text reports the placeholder as its text (the pessimistic case)', async () => {
    const doc = new FakeWordDocument([{ tag: 'a', placeholder: '[UZUPEŁNIJ: A]', children: '' }]);
    const Word = createFakeWord(doc);
    const text = await Word.run(async (context) => {
      const c = context.document.contentControls.getFirst().load('text');
      await context.sync();
      return c.text;
    });
    expect(text).toBe('[UZUPEŁNIJ: A]');
    expect(doc.controlText('a')).toBe('');
  });

  it('text into a paragraph returns its range; wrapping it makes an inline control; a newline there is refused', async () => {
    const doc = new FakeWordDocument(['']);
    const Word = createFakeWord(doc);
    await Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.insertText('Toruń, dnia ', 'End');
      const cc = p.insertText('02.06.2026', 'End').insertContentControl();
      cc.tag = 'date';
      await context.sync();
    });
    expect(doc.paragraphs()[0]!.text).toBe('Toruń, dnia 02.06.2026');
    expect(doc.controls('date')[0]).toMatchObject({ inline: true });
    await expect(
      Word.run(async (context) => {
        context.document.contentControls.getByTag('date').getFirst().insertText('a\nb', 'Replace');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('a table: cells are bodies of their own, their paragraphs count as the document’s', async () => {
    const doc = new FakeWordDocument(['przed']);
    const Word = createFakeWord(doc);
    await Word.run(async (context) => {
      const t = context.document.body.paragraphs.getFirst().insertTable(2, 2, 'After', [
        ['a', 'b'],
        ['c', 'd'],
      ]);
      t.headerRowCount = 1;
      t.getCell(1, 1).body.insertParagraph('e', 'End');
      await context.sync();
    });
    expect(doc.tables()[0]!.headerRowCount).toBe(1);
    expect(doc.paragraphs().map((p) => p.text)).toEqual(['przed', 'a', 'b', 'c', 'd', 'e']);
  });
});
