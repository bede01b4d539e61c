import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { compileRules, demoDataset } from '../../core/index.ts';
import {
  BACKUP_LIMIT_BYTES,
  CHUNK_CHARS,
  ChunkAssembler,
  backupTooLarge,
  receiveChunk,
  sendBackup,
  splitText,
} from './chunked.ts';
import type { ChunkAnswer, ImportChunk } from './chunked.ts';
import { StandardyDb } from './db.ts';
import { createRecordsService } from './records-service.ts';
import { FactsStore } from './store.ts';

const today = '2026-11-25';
let n = 0;

/** The background as the options page sees it, with Chromium's message limit scaled down. */
function background(messageLimit: number) {
  const db = new StandardyDb(`chunked-${n++}`);
  const records = createRecordsService({
    db,
    store: new FactsStore(db),
    rules: () => compileRules(),
    today: () => today,
    retention: async () => ({ days: null, managed: false }),
  });
  const assembler = new ChunkAssembler();
  const sizes: number[] = [];
  const send = async (chunk: ImportChunk): Promise<ChunkAnswer> => {
    // Chromium serialises a runtime message as JSON and refuses one over its limit.
    const size = new TextEncoder().encode(JSON.stringify(chunk)).length;
    sizes.push(size);
    if (size > messageLimit) throw new Error('Message length exceeded maximum allowed length.');
    return receiveChunk(assembler, structuredClone(chunk), (data) => records.importAll(data));
  };
  return { db, send, sizes };
}

/** A backup file of the demo's cases, padded with notes until it is `chars` long. */
function backupText(chars: number): { text: string; cases: number } {
  const cases = demoDataset(today).cases.records.filter((r) => r.kind === 'case');
  const file = {
    format: 'standardy-records',
    formatVersion: 1,
    exportedOn: today,
    systems: [{ system: 'http://127.0.0.1:4310', cases: { formatVersion: 1, records: cases } }],
  };
  let text = JSON.stringify(file, null, 2);
  // Indentation inside the JSON grows the file without changing its meaning.
  const pad = Math.max(0, chars - text.length);
  text = text.replace('\n', '\n' + ' '.repeat(pad));
  return { text, cases: cases.length };
}

describe('backup import in chunks', () => {
  it('a backup larger than one message imports whole through parts under the message limit', async () => {
    const { text, cases } = backupText(3 * 2 ** 20);
    const bg = background(1 * 2 ** 20);
    const progress: number[] = [];
    const answer = await sendBackup(text, bg.send, (sent) => progress.push(sent), 256 * 1024);
    expect(answer).toEqual({ ok: true, cases });
    expect(bg.sizes.length).toBeGreaterThan(10);
    expect(Math.max(...bg.sizes)).toBeLessThan(2 ** 20);
    expect(progress.at(-1)).toBe(bg.sizes.length);
    expect(await bg.db.entries.count()).toBeGreaterThan(cases);
  });

  it('the same file in one message fails at the limit — the reason for the parts', async () => {
    const { text } = backupText(3 * 2 ** 20);
    const bg = background(1 * 2 ** 20);
    await expect(sendBackup(text, bg.send, undefined, 16 * 2 ** 20)).rejects.toThrow('Message length');
  });

  it('a part is at most 24 MiB as JSON even when every character needs an escape', () => {
    const worst = '\u001f'.repeat(CHUNK_CHARS + 10);
    const [first] = splitText(worst);
    expect(JSON.stringify(first).length).toBeLessThanOrEqual(6 * CHUNK_CHARS + 2);
    expect(6 * CHUNK_CHARS).toBeLessThan(64 * 2 ** 20);
  });

  it('splitting never breaks an emoji and joins back exactly', () => {
    const text = 'a😀'.repeat(1000);
    for (const size of [2, 3, 7, 64]) {
      const parts = splitText(text, size);
      expect(parts.join('')).toBe(text);
      for (const p of parts) expect(p).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
  });

  it('broken JSON answers with the line and column; nothing changes', async () => {
    const bg = background(2 ** 20);
    const answer = await sendBackup('{\n "format": "standardy-records",\n oops\n}', bg.send);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.errors[0]!.message.pl).toBe('niepoprawny JSON w wierszu 3, kolumnie 2');
    expect(await bg.db.entries.count()).toBe(0);
  });

  it('above the stated limit the file is refused before it is read', () => {
    expect(backupTooLarge(BACKUP_LIMIT_BYTES)).toBeUndefined();
    const e = backupTooLarge(BACKUP_LIMIT_BYTES + 1)!;
    expect(e.code).toBe('backup.too-large');
    expect(e.message.pl).toBe('plik kopii ma 256 MB, więcej niż dopuszczalne 256 MB');
  });

  it('parts of two transfers never mix; an idle transfer is dropped; a bad part is a typed error', () => {
    let now = 0;
    const a = new ChunkAssembler(() => now);
    const part = (transfer: string, index: number, text: string): ImportChunk => ({
      type: 'records-import-chunk',
      transfer,
      index,
      total: 2,
      text,
    });
    expect(a.add(part('x', 1, 'B'))).toEqual({ done: false, received: 1 });
    expect(a.add(part('y', 0, 'c'))).toEqual({ done: false, received: 1 });
    expect(a.add(part('x', 0, 'A'))).toEqual({ done: true, text: 'AB' });
    now = 11 * 60_000;
    expect(a.add(part('z', 0, 'q'))).toEqual({ done: false, received: 1 });
    expect(a.add(part('y', 1, 'd'))).toEqual({ done: false, received: 1 });
    const bad = a.add({ ...part('w', 5, 'x') });
    expect(bad).toMatchObject({ done: true, error: { code: 'backup.incomplete' } });
  });
});
