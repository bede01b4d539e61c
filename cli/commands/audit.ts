import {
  buildAudit,
  CaseRecord,
  DEMO_REGISTER_HEADER,
  DEMO_REGISTER_MAPPING,
  demoDataset,
  demoRegisterRows,
  demoWorkerRecords,
  describeLocation,
  gapsCsv,
  importRegister,
  importTimeUse,
  inputError,
  parseRecordsFile,
  parseTimeUseFile,
  parseWith,
  printable,
  readTable,
  RegisterMapping,
  summariseFile,
  TABLE_LIMITS,
  teamCases,
  toCsv,
} from '../../core/index.ts';
import type {
  FileSummary,
  RecordsFile,
  RegisterImport,
  RowIssue,
  Table,
  TimeUseEntry,
} from '../../core/index.ts';
import { renderAuditReport } from '../../templates/reports/audit-report.ts';
import { parseCommandArgs, usage } from '../args.ts';
import { InputFailure, orFail, readInputFile, readJsonFile, reading, writeOutputFile } from '../io.ts';
import type { Lang } from '../io.ts';
import { loadRules, resolveToday } from '../load.ts';
import type { Command, Io } from '../main.ts';
import { cli } from '../messages.ts';
import { readTeamRecords, teamLine } from './team.ts';

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
    records: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    team: { type: 'string' },
    db: { type: 'string' },
  });
  const today = resolveToday(values.today, 'audit');
  if (values.out === undefined ? !values.json : !/\.(docx|csv)$/i.test(values.out))
    throw usage('usage.audit-out', {}, 'audit');
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
  // With --json the figures go to stdout: the import summary goes to stderr.
  const info = values.json ? io.err : io.out;
  reportImport(imported, registerName, { out: info, err: io.err }, lang);

  // The workers' records (their browsers' exports): merged with the register case by case (core/cases).
  const register = { records: imported.records, asOf: today };
  const files: { name: string; file: RecordsFile }[] = [];
  if (demo) {
    const demoRecords = demo.cases.records.filter((r) => r.kind === 'case').map((r) => CaseRecord.parse(r));
    for (const f of demoWorkerRecords(demoRecords, DEMO_SYSTEM, today))
      files.push({
        name: `rekordy-${f.worker}.json`,
        file: orFail('demo', parseRecordsFile(f, { rules, today })),
      });
  }
  for (const name of values.records ?? [])
    files.push({ name, file: orFail(name, parseRecordsFile(await readJsonFile(name), { rules, today })) });
  const summaries = files.map(({ name, file }) => ({ file: name, ...summariseFile(file, register, today) }));
  for (const s of summaries) info(fileLine(s, lang));
  // The team's records on the centre's server (docs/team.md), merged the same way.
  const server = values.team === undefined ? undefined : await readTeamRecords(values.team, values.db, lang);
  if (server) info(teamLine(server.summary, lang));
  const team = teamCases(
    { register, files: files.map((f) => f.file), ...(server ? { shared: server.shared } : {}) },
    today,
  );

  let timeUse: TimeUseEntry[] | undefined;
  if (demo) timeUse = demo.timeUse.entries;
  if (values.time) timeUse = await loadTimeSheet(values.time, io, lang);
  const audit = buildAudit(team.records, rules, today, timeUse);
  if (values.json)
    io.out(
      JSON.stringify(
        {
          tool: 'standardy',
          kind: 'audit',
          formatVersion: 1,
          today,
          sources: {
            register: {
              file: registerName,
              rowsRead: imported.rowsRead,
              imported: imported.records.length,
              skipped: imported.errors.length,
              warnings: imported.warnings.length,
            },
            records: summaries,
            ...(server ? { team: server.summary } : {}),
          },
          // A register export holds cases only: what it cannot count is said, not silently zero.
          notCounted: [
            {
              what: 'contacts',
              pl: 'kontakty jednorazowe: eksport rejestru spraw ich nie zawiera (nie liczą się do obciążenia)',
              en: 'one-off contacts: a register export does not hold them (they never count toward caseload)',
            },
          ],
          check: audit.check,
          institution: audit.institution,
          ...(audit.workload ? { workload: audit.workload } : {}),
        },
        null,
        2,
      ),
    );
  const out = values.out;
  if (out === undefined) return 0;
  if (/\.csv$/i.test(out)) await writeOutputFile(out, gapsCsv(audit));
  else await writeOutputFile(out, await renderAuditReport(audit, { source: registerName }));
  info(cli.t(lang, 'written', { file: out }));
  return 0;
};

/** The demo system's origin as the demo workers' records name it. */
const DEMO_SYSTEM = 'http://127.0.0.1:4310';

function fileLine(s: FileSummary & { file: string }, lang: Lang): string {
  return cli.t(lang, 'audit.records-file', {
    file: s.file,
    cases: s.cases,
    inRegister: s.inRegister,
    newer: s.newer,
    older: s.older,
    conflicts: s.conflicts,
  });
}

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
