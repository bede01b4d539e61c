// The register import path — parse → map → build every case (core/cases) → evaluate → audit data — on a
// 10,000-case register export, against the CSV parser alone on the same file (same run).
import {
  buildAudit,
  CaseRecord,
  compileRules,
  DEMO_REGISTER_HEADER,
  DEMO_REGISTER_MAPPING,
  demoRegisterRows,
  importRegister,
  readTable,
  RegisterMapping,
  teamCases,
  toCsv,
} from '../../core/index.ts';
import { generateCaseRecords } from '../../core/demo/demo-data.ts';
import { medianAsync, report } from './harness.ts';

export async function run(): Promise<void> {
  const today = '2026-11-25';
  const N = 10_000;
  const cases = generateCaseRecords(N, today).map((r) => CaseRecord.parse(r));
  const bytes = new TextEncoder().encode(
    toCsv(
      DEMO_REGISTER_HEADER,
      demoRegisterRows(cases, (id) => `Klient ${id}`),
    ),
  );
  const mapping = RegisterMapping.parse(DEMO_REGISTER_MAPPING);
  const rules = compileRules();
  let sink = 0;
  const parseMs = await medianAsync(async () => {
    sink += (await readTable(bytes, mapping)).rows.length;
  });
  const fullMs = await medianAsync(async () => {
    const imported = importRegister(await readTable(bytes, mapping), mapping, rules, today);
    if (imported.errors.length) throw new Error(`import errors: ${imported.errors[0]!.message.en}`);
    const team = teamCases({ register: { records: imported.records, asOf: today } }, today);
    sink += buildAudit(team.records, rules, today).check.summary.cases;
  });
  if (sink < 0) console.log(sink);
  report('audit.rows_per_s', (N / fullMs) * 1000, 'rows/s', 0);
  report('audit.parser_ms', parseMs, 'ms', 1);
  report('audit.import_eval_ms', fullMs, 'ms', 1);
  report('audit.import_vs_parser', fullMs / parseMs, 'x');
}
