import { formatError, printable } from '../core/errors.ts';
import type { InputFailure } from '../core/errors.ts';
import type { Lang } from '../core/i18n.ts';
import { cli } from './messages.ts';

/** `Błędne dane w FILE:` and one line per error (at most 50), control characters removed. */
export function printInputFailure(failure: InputFailure, lang: Lang, out: (line: string) => void): void {
  out(printable(cli.t(lang, 'input.title', { file: failure.file ?? '—' }), 500));
  for (const e of failure.errors.slice(0, 50)) out(`  ${formatError(e, lang)}`);
  if (failure.errors.length > 50) out(cli.t(lang, 'input.more', { n: failure.errors.length - 50 }));
}
