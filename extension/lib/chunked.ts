import { inputError, parseJsonText } from '../../core/index.ts';
import type { InputError } from '../../core/index.ts';
import type { ImportAnswer } from './protocol.ts';

/**
 * A records backup sent from the options page to the background in chunks: Chromium refuses a runtime
 * message over 64 MiB, and a backup of a large centre can be bigger. The page checks the stated limit
 * before reading, splits the text, and sends the parts in order; the background joins them and imports
 * the whole file at once (all or nothing, as before).
 */

/** The largest backup the options page imports (stated in docs/extension.md). */
export const BACKUP_LIMIT_BYTES = 256 * 2 ** 20;
/**
 * Characters per message. A message is serialised as JSON in UTF-8: at most 6 bytes per character
 * (`\u001f` escapes) — 24 MiB, well under Chromium's 64 MiB.
 */
export const CHUNK_CHARS = 4 * 2 ** 20;

export interface ImportChunk {
  type: 'records-import-chunk';
  /** One id per file sent; parts of another transfer never mix in. */
  transfer: string;
  index: number;
  total: number;
  text: string;
}

/** A part received, more to come — or, after the last part, the import's answer. */
export type ChunkAnswer = { ok: true; pending: true; received: number } | ImportAnswer;

export function splitText(text: string, size = CHUNK_CHARS): string[] {
  if (text.length === 0) return [''];
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += size) {
    let end = Math.min(i + size, text.length);
    // Never split a surrogate pair (an emoji) between two messages.
    const c = text.charCodeAt(end - 1);
    if (end < text.length && c >= 0xd800 && c <= 0xdbff) end--;
    parts.push(text.slice(i, end));
    i = end - size;
  }
  return parts;
}

const mb = (n: number) => Math.round((n / 2 ** 20) * 10) / 10;

/** The limit check the page makes before reading a file. */
export function backupTooLarge(size: number): InputError | undefined {
  if (size <= BACKUP_LIMIT_BYTES) return undefined;
  return inputError('backup.too-large', { size: mb(size), limit: mb(BACKUP_LIMIT_BYTES) });
}

/**
 * Send a backup's text in parts; `progress(sent, total)` after each. Returns the import's answer (typed
 * errors for bad JSON or bad records; nothing is changed then).
 */
export async function sendBackup(
  text: string,
  send: (chunk: ImportChunk) => Promise<ChunkAnswer>,
  progress: (sent: number, total: number) => void = () => undefined,
  size = CHUNK_CHARS,
): Promise<ImportAnswer> {
  const parts = splitText(text, size);
  const transfer = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  for (let index = 0; index < parts.length; index++) {
    const answer = await send({
      type: 'records-import-chunk',
      transfer,
      index,
      total: parts.length,
      text: parts[index]!,
    });
    progress(index + 1, parts.length);
    if (!('pending' in answer)) return answer;
  }
  return { ok: false, errors: [inputError('backup.incomplete')] };
}

/** The background's side: parts by transfer id; a transfer idle for ten minutes is dropped. */
export class ChunkAssembler {
  private transfers = new Map<string, { parts: string[]; received: number; total: number; at: number }>();

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly limitChars = BACKUP_LIMIT_BYTES,
  ) {}

  /** Take one part: `{done: false}` until the last, then the whole text (or a typed error). */
  add(
    chunk: ImportChunk,
  ): { done: false; received: number } | { done: true; text: string } | { done: true; error: InputError } {
    for (const [id, t] of this.transfers) if (this.now() - t.at > 10 * 60_000) this.transfers.delete(id);
    const bad = () => ({ done: true as const, error: inputError('backup.incomplete') });
    if (
      !Number.isInteger(chunk.total) ||
      chunk.total < 1 ||
      !Number.isInteger(chunk.index) ||
      chunk.index < 0 ||
      chunk.index >= chunk.total ||
      typeof chunk.text !== 'string'
    )
      return bad();
    let t = this.transfers.get(chunk.transfer);
    if (!t) this.transfers.set(chunk.transfer, (t = { parts: [], received: 0, total: chunk.total, at: 0 }));
    if (t.total !== chunk.total) {
      this.transfers.delete(chunk.transfer);
      return bad();
    }
    t.at = this.now();
    if (t.parts[chunk.index] === undefined) t.received++;
    t.parts[chunk.index] = chunk.text;
    const chars = t.parts.reduce((n, p) => n + (p?.length ?? 0), 0);
    if (chars > this.limitChars) {
      this.transfers.delete(chunk.transfer);
      return {
        done: true,
        error: inputError('backup.too-large', { size: mb(chars), limit: mb(this.limitChars) }),
      };
    }
    if (t.received < t.total) return { done: false, received: t.received };
    this.transfers.delete(chunk.transfer);
    return { done: true, text: t.parts.join('') };
  }
}

/** The background's handler of one part: join, parse as JSON (line and column on error), import. */
export async function receiveChunk(
  assembler: ChunkAssembler,
  chunk: ImportChunk,
  importAll: (data: unknown) => Promise<ImportAnswer>,
): Promise<ChunkAnswer> {
  const step = assembler.add(chunk);
  if (!step.done) return { ok: true, pending: true, received: step.received };
  if ('error' in step) return { ok: false, errors: [step.error] };
  const parsed = parseJsonText(step.text);
  if (!parsed.ok) return parsed;
  return importAll(parsed.value);
}
