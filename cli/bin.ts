// The `standardy` executable, built to plain JavaScript (scripts/build-cli.mjs → dist/cli/standardy.js) so it
// starts without compiling TypeScript. Exit codes as in main.ts; nothing here prints a stack trace unless
// STANDARDY_DEBUG=1.
import { stripControls } from '../core/errors.ts';
import { main, reportBug } from './main.ts';

// Nothing printed carries control characters: a cell or a file name with ESC sequences cannot drive the
// terminal (JSON output escapes them itself).
const io = {
  out: (line: string) => void process.stdout.write(stripControls(line) + '\n'),
  err: (line: string) => void process.stderr.write(stripControls(line) + '\n'),
};
const lang = process.argv.some((a, i, all) => a === '--lang=en' || (a === '--lang' && all[i + 1] === 'en'))
  ? 'en'
  : 'pl';

// `standardy … | head`: the reader went away; stop quietly with the code we have.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    reportBug(e, lang, io);
    process.exit(1);
  });
for (const event of ['uncaughtException', 'unhandledRejection'] as const)
  process.on(event, (e: unknown) => {
    if ((e as NodeJS.ErrnoException)?.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    reportBug(e, lang, io);
    process.exit(1);
  });

void main(process.argv.slice(2), io).then((code) => (process.exitCode = code));
