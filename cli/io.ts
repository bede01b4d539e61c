import { open, stat, writeFile } from 'node:fs/promises';
import { InputFailure, decodeUtf8File, inputError, isInputFailure, parseJsonText } from '../core/index.ts';
import type { InputError, LocalizedText, Parsed } from '../core/index.ts';
import type { Lang } from '../core/i18n.ts';

export type { Lang };
export { InputFailure };

/** Files read by the CLI (JSON, registers, .docx) above this are refused before reading. */
export const MAX_INPUT_BYTES = 64 * 2 ** 20;

const REASONS: Record<string, LocalizedText> = {
  ENOENT: { pl: 'nie ma takiego pliku ani folderu', en: 'no such file or folder' },
  EACCES: { pl: 'brak uprawnień', en: 'permission denied' },
  EPERM: { pl: 'brak uprawnień', en: 'permission denied' },
  EISDIR: { pl: 'to folder, a nie plik', en: 'this is a folder, not a file' },
  ENOTDIR: { pl: 'część ścieżki nie jest folderem', en: 'part of the path is not a folder' },
  ENOSPC: { pl: 'brak miejsca na dysku', en: 'no space left on the disk' },
  EROFS: { pl: 'system plików tylko do odczytu', en: 'read-only file system' },
};

/** An fs error as an InputError of the catalogue (never Node's English text). */
export function fsError(e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  if (code === 'ENOENT') return inputError('file.not-found');
  if (code === 'EACCES' || code === 'EPERM') return inputError('file.no-permission');
  if (code === 'EISDIR') return inputError('file.is-directory');
  return inputError('file.unreadable', { reason: REASONS[code] ?? (code || 'I/O') });
}

/**
 * A regular file's bytes: a pipe or device is refused (reading a FIFO would wait forever), and so is a
 * file above the limit — both before anything is read.
 */
export async function readInputFile(file: string, limit = MAX_INPUT_BYTES): Promise<Uint8Array> {
  try {
    const s = await stat(file);
    if (s.isDirectory()) throw new InputFailure([inputError('file.is-directory')], file);
    if (!s.isFile()) throw new InputFailure([inputError('file.not-regular')], file);
    if (s.size > limit)
      throw new InputFailure(
        [inputError('file.too-large', { size: mbOf(s.size), limit: mbOf(limit) })],
        file,
      );
    // Opened non-blocking-safe: the type was checked above; read at most limit + 1 bytes.
    const handle = await open(file, 'r');
    try {
      const buffer = new Uint8Array(Math.min(s.size, limit) + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length >= buffer.length) break;
      }
      if (length > limit)
        throw new InputFailure(
          [inputError('file.too-large', { size: mbOf(length), limit: mbOf(limit) })],
          file,
        );
      return buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  } catch (e) {
    if (isInputFailure(e)) throw e;
    throw new InputFailure([fsError(e)], file);
  }
}

const mbOf = (n: number) => Math.round((n / 2 ** 20) * 10) / 10;

/** Read a JSON file in UTF-8: unreadable, not UTF-8 or invalid JSON become an InputFailure naming the file. */
export async function readJsonFile(file: string): Promise<unknown> {
  const bytes = await readInputFile(file);
  const text = await reading(file, async () => decodeUtf8File(bytes));
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new InputFailure(parsed.errors, file);
  return parsed.value;
}

/** Write an output file; a missing folder or no permission is exit 2 with the reason, not a stack trace. */
export async function writeOutputFile(file: string, data: Uint8Array | string): Promise<void> {
  try {
    await writeFile(file, data);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new InputFailure(
      [inputError('file.cannot-write', { reason: REASONS[code] ?? (code || 'I/O') })],
      file,
    );
  }
}

/** Run a core reader; its InputFailure gets the file's name. */
export async function reading<T>(file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (isInputFailure(e) && e.file === undefined) throw new InputFailure(e.errors, file);
    throw e;
  }
}

export function orFail<T>(file: string, parsed: Parsed<T>): T {
  if (!parsed.ok) throw new InputFailure(parsed.errors, file);
  return parsed.value;
}

export { printInputFailure } from './report.ts';

/** Today's local date, read once at the edge (core/ never reads the clock). */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Left-aligned text table; widths by the longest cell. */
export function table(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return rows.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - [...c].length)))
      .join('  ')
      .trimEnd(),
  );
}
