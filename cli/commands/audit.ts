import {
  buildAudit,
  CaseRecord,
  DEMO_REGISTER_HEADER,
  DEMO_REGISTER_MAPPING,
  demoDataset,
  demoRegisterRows,
  describeLocation,
  gapsCsv,
  importRegister,
  importTimeUse,
  inputError,
  parseTimeUseFile,
  parseWith,
  printable,
  readTable,
  RegisterMapping,
  toCsv,
  TABLE_LIMITS,
} from '../../core/index.ts';
import type { RegisterImport, RowIssue, Table, TimeUseEntry } from '../../core/index.ts';
import { renderAuditReport } from '../../templates/reports/audit-report.ts';
import { parseCommandArgs, usage } from '../args.ts';
import { InputFailure, orFail, readInputFile, readJsonFile, reading, writeOutputFile } from '../io.ts';
import type { Lang } from '../io.ts';
import { loadRules, resolveToday } from '../load.ts';
import type { Command, Io } from '../main.ts';
import { cli } from '../messages.ts';

/**
 * `standardy audit REGISTER --map MAP.json [--time TIMESHEET] --out REPORT.docx|.csv`: a welfare system's
 * register export to the supervisor's report. Unreadable rows are listed; the rest is reported.
 */
export const runAudit: Command = async (args, io, lang) => {
  const { values, positionals } = parseCommandArgs('audit', args, {
    map: { type: 'string' },
    time: { type: 'string' },
    policy: { type: 'string' },
    today: { type: 'string' },
    out: { type: 'string' },
    demo: { type: 'boolean' },
  });
  const today = resolveToday(values.today, 'audit');
  if (!values.out || !/\.(docx|csv)$/i.test(values.out)) throw usage('usage.audit-out', {}, 'audit');
  const demo = values.demo ? demoDataset(today) : undefined;
  if (!demo && (positionals.length !== 1 || !values.map)) throw usage('usage.audit-input', {}, 'audit');
  const rules = await loadRules(values.policy, demo);

  let registerName: string;
  let bytes: Uint8Array;
  let mapping: RegisterMapping;
  if (demo) {
    const records = demo.cases.records.filter((r) => r.kind === 'case').map((r) => CaseRecord.parse(r));
    bytes = new TextEncoder().encode(
      toCsv(
        DEMO_REGISTER_HEADER,
        demoRegisterRows(records, (id) => `Klient ${id}`),
      ),
    );
    registerName = cli.t(lang, 'audit.demo-register');
    mapping = RegisterMapping.parse(DEMO_REGISTER_MAPPING);
  } else {
    registerName = positionals[0]!;
    mapping = orFail(values.map!, parseWith(RegisterMapping, await readJsonFile(values.map!)));
    bytes = await readInputFile(registerName, TABLE_LIMITS.fileBytes);
  }
  const table = await reading(registerName, () => readTable(bytes, mapping));
  notices(table, registerName, io, lang);
  const imported = importRegister(table, mapping, rules, today);
  if (imported.missingColumns.length && imported.records.length === 0)
    throw new InputFailure(
      [
        inputError('register.missing-columns', {
          columns: printable(imported.missingColumns.join(', '), 500),
        }),
      ],
      registerName,
    );
  reportImport(imported, registerName, io, lang);

  let timeUse: TimeUseEntry[] | undefined;
  if (demo) timeUse = demo.timeUse.entries;
  if (values.time) timeUse = await loadTimeSheet(values.time, io, lang);
  const audit = buildAudit(imported.records, rules, today, timeUse);
  const out = values.out;
  if (/\.csv$/i.test(out)) await writeOutputFile(out, gapsCsv(audit));
  else await writeOutputFile(out, await renderAuditReport(audit, { source: registerName }));
  io.out(cli.t(lang, 'written', { file: out }));
  return 0;
};

/** What the reader wants the user to know ("wykryto kodowanie Windows-1250"), on stderr. */
function notices(table: Table, file: string, io: Io, lang: Lang): void {
  for (const n of table.notices ?? []) io.err(printable(cli.t(lang, 'notice', { file, text: n[lang] }), 500));
}

/** `wiersz 12, kolumna „Kategoria”: nieznana wartość kategorii` — never the cell's text (core/errors.ts). */
function rowLine(issue: RowIssue, lang: Lang): string {
  const where = describeLocation({ row: issue.row, ...(issue.column ? { column: issue.column } : {}) }, lang);
  return printable(`  ${where}: ${issue.message[lang]}`, 500);
}

async function loadTimeSheet(file: string, io: Io, lang: Lang): Promise<TimeUseEntry[]> {
  if (/\.json$/i.test(file)) return orFail(file, parseTimeUseFile(await readJsonFile(file))).entries;
  const bytes = await readInputFile(file, TABLE_LIMITS.fileBytes);
  const table = await reading(file, () => readTable(bytes));
  notices(table, file, io, lang);
  const { entries, errors } = importTimeUse(table);
  const asErrors = errors.map((e) => ({
    code: e.code,
    path: '',
    message: e.message,
    at: { file, row: e.row, ...(e.column ? { column: e.column } : {}) },
  }));
  if (entries.length === 0)
    throw new InputFailure(asErrors.length ? asErrors : [inputError('time-use.nothing-read')], file);
  if (errors.length) io.err(printable(cli.t(lang, 'input.title', { file }), 500));
  for (const e of errors.slice(0, 50)) io.err(rowLine(e, lang));
  if (errors.length > 50) io.err(cli.t(lang, 'input.more', { n: errors.length - 50 }));
  return entries;
}

function reportImport(r: RegisterImport, file: string, io: Io, lang: Lang): void {
  io.out(
    cli.t(lang, 'audit.summary', {
      file,
      rows: r.rowsRead,
      imported: r.records.length,
      skipped: r.errors.length,
      warnings: r.warnings.length,
    }),
  );
  if (r.missingColumns.length)
    io.err(
      printable(
        inputError('register.missing-columns', { columns: r.missingColumns.join(', ') }).message[lang],
        500,
      ),
    );
  for (const e of r.errors.slice(0, 200)) io.err(rowLine(e, lang));
  if (r.errors.length > 200) io.err(cli.t(lang, 'input.more', { n: r.errors.length - 200 }));
  for (const w of r.warnings.slice(0, 20)) io.err(rowLine(w, lang));
  if (r.warnings.length > 20) io.err(cli.t(lang, 'audit.more-warnings', { n: r.warnings.length - 20 }));
}
