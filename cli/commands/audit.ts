import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  buildAudit,
  demoDataset,
  CaseRecord,
  DEMO_REGISTER_HEADER,
  DEMO_REGISTER_MAPPING,
  demoRegisterRows,
  gapsCsv,
  importRegister,
  importTimeUse,
  inputMessage,
  parseTimeUseFile,
  parseWith,
  readTable,
  RegisterMapping,
  toCsv,
  demoWorkerRecords,
  parseRecordsFile,
  summariseFile,
  teamCases,
} from '../../core/index.ts';
import type { FileSummary, RecordsFile, RegisterImport, TimeUseEntry } from '../../core/index.ts';
import { renderAuditReport } from '../../templates/reports/audit-report.ts';
import { InputFailure, orFail, readJsonFile } from '../io.ts';
import type { Lang } from '../io.ts';
import { loadRules, resolveToday } from '../load.ts';
import type { Command, Io } from '../main.ts';
import { UsageError } from '../main.ts';
import { readTeamRecords, teamLine } from './team.ts';

/**
 * `standardy audit REGISTER --map MAP.json [--time TIMESHEET] --out REPORT.docx|.csv`: a welfare system's
 * register export to the supervisor's report. Unreadable rows are listed; the rest is reported.
 */
export const runAudit: Command = async (args, io, lang) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
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
    },
  });
  const today = resolveToday(values.today);
  if (values.out === undefined ? !values.json : !/\.(docx|csv)$/i.test(values.out))
    throw new UsageError(
      '--out RAPORT.docx albo RAPORT.csv (albo --json) / --out REPORT.docx or REPORT.csv (or --json)',
    );
  const demo = values.demo ? demoDataset(today) : undefined;
  if (!demo && (positionals.length !== 1 || !values.map))
    throw new UsageError(
      'podaj REJESTR i --map MAPOWANIE.json (albo --demo) / give REGISTER and --map MAP.json (or --demo)',
    );
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
    registerName = 'rejestr demonstracyjny';
    mapping = RegisterMapping.parse(DEMO_REGISTER_MAPPING);
  } else {
    registerName = positionals[0]!;
    bytes = await readBytes(registerName);
    mapping = orFail(values.map!, parseWith(RegisterMapping, await readJsonFile(values.map!)));
  }
  const table = await readTable(bytes, mapping);
  const imported = importRegister(table, mapping, rules, today);
  if (imported.missingColumns.length && imported.records.length === 0)
    throw new InputFailure(registerName, [
      {
        path: '',
        message: {
          pl: `w rejestrze brak kolumn z mapowania: ${imported.missingColumns.join(', ')}`,
          en: `the register lacks the mapped columns: ${imported.missingColumns.join(', ')}`,
        },
      },
    ]);
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
  if (/\.csv$/i.test(out)) await writeFile(out, gapsCsv(audit));
  else await writeFile(out, await renderAuditReport(audit, { source: registerName }));
  info(lang === 'pl' ? `Zapisano ${out}` : `Written ${out}`);
  return 0;
};

/** The demo system's origin as the demo workers' records name it. */
const DEMO_SYSTEM = 'http://127.0.0.1:4310';

function fileLine(s: FileSummary & { file: string }, lang: Lang): string {
  return lang === 'pl'
    ? `${s.file}: spraw ${s.cases}, w rejestrze ${s.inRegister} (nowsze niż rejestr ${s.newer}, starsze ${s.older}, rozbieżne ${s.conflicts})`
    : `${s.file}: cases ${s.cases}, in the register ${s.inRegister} (newer than the register ${s.newer}, older ${s.older}, differing ${s.conflicts})`;
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (e) {
    throw new InputFailure(file, [
      { path: '', message: inputMessage('input.file-unreadable', { detail: (e as Error).message })! },
    ]);
  }
}

async function loadTimeSheet(file: string, io: Io, lang: Lang): Promise<TimeUseEntry[]> {
  if (/\.json$/i.test(file)) return orFail(file, parseTimeUseFile(await readJsonFile(file))).entries;
  const { entries, errors } = importTimeUse(await readTable(await readBytes(file)));
  if (entries.length === 0)
    throw new InputFailure(
      file,
      errors.map((e) => ({ path: `wiersz ${e.row}`, message: e.message })),
    );
  for (const e of errors) io.err(`${file}: ${lang === 'pl' ? 'wiersz' : 'row'} ${e.row}: ${e.message[lang]}`);
  return entries;
}

function reportImport(r: RegisterImport, file: string, io: Io, lang: Lang): void {
  const pl = lang === 'pl';
  io.out(
    pl
      ? `${file}: wierszy ${r.rowsRead}, zaimportowano ${r.records.length}, pominięto ${r.errors.length}, ostrzeżeń ${r.warnings.length}`
      : `${file}: rows ${r.rowsRead}, imported ${r.records.length}, skipped ${r.errors.length}, warnings ${r.warnings.length}`,
  );
  if (r.missingColumns.length)
    io.err(`${pl ? 'Brak kolumn' : 'Missing columns'}: ${r.missingColumns.join(', ')}`);
  for (const e of r.errors)
    io.err(`  ${pl ? 'wiersz' : 'row'} ${e.row}${e.column ? ` [${e.column}]` : ''}: ${e.message[lang]}`);
  for (const w of r.warnings.slice(0, 20)) io.err(`  ${pl ? 'wiersz' : 'row'} ${w.row}: ${w.message[lang]}`);
}
