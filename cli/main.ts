// Only light modules here: the commands (and the core they use) load on demand.
import { isInputFailure, printable, stripControls } from '../core/errors.ts';
import { isLang } from '../core/i18n.ts';
import type { Lang } from '../core/i18n.ts';
import { readFileSync } from 'node:fs';
import { UsageError } from './args.ts';
import { printInputFailure } from './report.ts';
import { cli } from './messages.ts';
import type { CliKey } from './messages.ts';

export { UsageError };

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export type Command = (args: string[], io: Io, lang: Lang) => Promise<number>;

// Loaded on demand: `standardy --version` or `standards` never parse the .docx or spreadsheet code.
const COMMANDS: Record<string, () => Promise<Command>> = {
  standards: async () => (await import('./commands/standards.ts')).runStandards,
  check: async () => (await import('./commands/check.ts')).runCheck,
  workload: async () => (await import('./commands/workload.ts')).runWorkload,
  doc: async () => (await import('./commands/doc.ts')).runDoc,
  audit: async () => (await import('./commands/audit.ts')).runAudit,
  team: async () => (await import('./commands/team.ts')).runTeam,
};

/** The built command carries its version (scripts/build-cli.mjs); run from source, it reads package.json. */
declare const __STANDARDY_VERSION__: string | undefined;
export const VERSION: string =
  typeof __STANDARDY_VERSION__ === 'string'
    ? __STANDARDY_VERSION__
    : (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
        .version;

/** `--lang X` / `--lang=X` taken out of the arguments (before a `--`); a value other than pl|en is refused. */
function takeLang(argv: string[]): { lang: Lang; args: string[] } {
  const args: string[] = [];
  let lang: Lang = 'pl';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      args.push(...argv.slice(i));
      break;
    }
    if (a === '--lang' || a.startsWith('--lang=')) {
      const value = a === '--lang' ? argv[++i] : a.slice('--lang='.length);
      if (!isLang(value)) throw new UsageError(cli.localized('usage.bad-lang', { value: value ?? '' }));
      lang = value;
      continue;
    }
    args.push(a);
  }
  return { lang, args };
}

function helpKey(name: string, rest: string[]): CliKey {
  if (name === 'doc' && rest[0] === 'check') return 'help.doc-check';
  return `help.${name}` as CliKey;
}

/**
 * The `standardy` command. Exit codes: 0 ran (findings are output), 2 invalid input or usage (a message
 * naming the file, row or field — never a stack trace), 1 a bug of ours (one line asking for a report).
 */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let lang: Lang = 'pl';
  try {
    const taken = takeLang(argv);
    lang = taken.lang;
    const [name, ...rest] = taken.args;
    const before = rest.indexOf('--');
    const flags = before < 0 ? rest : rest.slice(0, before);
    if (name === '--version' || name === '-V' || (name && COMMANDS[name] && flags.includes('--version'))) {
      io.out(VERSION);
      return 0;
    }
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      io.out(cli.t(lang, 'usage'));
      return name ? 0 : 2;
    }
    const load = COMMANDS[name];
    if (!load)
      throw new UsageError(
        cli.localized('usage.unknown-command', {
          name: printable(name, 60),
          list: Object.keys(COMMANDS).join(', '),
        }),
      );
    if (flags.includes('--help') || flags.includes('-h')) {
      io.out(cli.t(lang, helpKey(name, rest)));
      return 0;
    }
    return await (
      await load()
    )(rest, io, lang);
  } catch (e) {
    if (isInputFailure(e)) {
      printInputFailure(e, lang, io.err);
      return 2;
    }
    if (e instanceof UsageError) {
      io.err(printable(`${cli.t(lang, 'usage.title')}: ${e.text[lang]}`, 1000));
      io.err(cli.t(lang, 'usage.see-help', { command: e.command ?? '' }).replace('  ', ' '));
      return 2;
    }
    reportBug(e, lang, io);
    return 1;
  }
}

/** A bug of ours: one line asking for a report; the stack only with STANDARDY_DEBUG=1. */
export function reportBug(e: unknown, lang: Lang, io: Io): void {
  const detail = printable(e instanceof Error ? `${e.name}: ${e.message}` : String(e), 200);
  io.err(cli.t(lang, 'bug', { detail }));
  if (process.env.STANDARDY_DEBUG === '1' && e instanceof Error && e.stack) io.err(e.stack);
}

const defaultIo: Io = {
  out: (line) => void process.stdout.write(stripControls(line) + '\n'),
  err: (line) => void process.stderr.write(stripControls(line) + '\n'),
};
