import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import type { LocalizedText } from '../core/i18n.ts';
import { cli } from './messages.ts';
import type { CliKey } from './messages.ts';

/** A wrong call (unknown option, missing value, both FILE and --demo…): exit 2 with the command's help hint. */
export class UsageError extends Error {
  constructor(
    readonly text: LocalizedText,
    readonly command?: string,
  ) {
    super(text.pl);
  }
}

export function usage(
  key: CliKey,
  params: Record<string, string | number> = {},
  command?: string,
): UsageError {
  return new UsageError(cli.localized(key, params), command);
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** The options every command accepts (handled in main.ts before the command runs). */
export const COMMON_OPTIONS = ['--lang', '--help', '--version'];

/**
 * node:util parseArgs with its English errors turned into our own, in the user's language, listing the
 * options the command does accept.
 */
export function parseCommandArgs<O extends Options>(
  command: string,
  args: string[],
  options: O,
  allowPositionals = true,
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    const message = (e as Error).message;
    const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
    const list = [...Object.keys(options).map((k) => `--${k}`), ...COMMON_OPTIONS].join(', ');
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw usage('usage.unknown-option', { option, list }, command);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = option.replace(/^-+/, '');
      const takesValue = (options as Options)[name]?.type === 'string';
      throw usage(takesValue ? 'usage.option-value' : 'usage.option-no-value', { option }, command);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw usage('usage.unexpected-argument', { value: /'([^']*)'/.exec(message)?.[1] ?? '' }, command);
    throw e;
  }
}
