import { readFile } from 'node:fs/promises';
import { formatError, inputMessage, parseJsonText } from '../core/index.ts';
import type { InputError, Parsed } from '../core/index.ts';

import type { Lang } from '../core/i18n.ts';
export type { Lang };

/** Bad input: exit code 2 with path-pointed errors, never a stack trace. */
export class InputFailure extends Error {
  constructor(
    readonly file: string,
    readonly errors: InputError[],
  ) {
    super(`${file}: ${errors.length} error(s)`);
  }
}

/** Read a JSON file; unreadable file or invalid JSON become InputFailure. */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const detail =
      (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'brak pliku / no such file' : (e as Error).message;
    throw new InputFailure(file, [{ path: '', message: inputMessage('input.file-unreadable', { detail })! }]);
  }
  const parsed = parseJsonText(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) throw new InputFailure(file, parsed.errors);
  return parsed.value;
}

export function orFail<T>(file: string, parsed: Parsed<T>): T {
  if (!parsed.ok) throw new InputFailure(file, parsed.errors);
  return parsed.value;
}

export function printInputFailure(failure: InputFailure, lang: Lang, out: (line: string) => void): void {
  const head = lang === 'pl' ? `Błędne dane w ${failure.file}:` : `Invalid input in ${failure.file}:`;
  out(head);
  for (const e of failure.errors.slice(0, 50)) out(`  ${formatError(e, lang)}`);
  if (failure.errors.length > 50)
    out(
      lang === 'pl'
        ? `  … i ${failure.errors.length - 50} więcej`
        : `  … and ${failure.errors.length - 50} more`,
    );
}

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
