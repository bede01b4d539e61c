// Evaluate 100,000 generated case records (already parsed) against JSON.parse of the same records.
import { CaseRecord, compileRules, evaluateCase } from '../../core/index.ts';
import { generateCaseRecords } from '../../core/demo/demo-data.ts';
import { median, report } from './harness.ts';

export async function run(): Promise<void> {
  const today = '2026-11-25';
  const N = 100_000;
  const records = generateCaseRecords(N, today).map((r) => CaseRecord.parse(r));
  const text = JSON.stringify(records);
  const rules = compileRules();
  let sink = 0;
  const parseMs = median(() => {
    sink += (JSON.parse(text) as unknown[]).length;
  });
  const evalMs = median(() => {
    for (const r of records) sink += evaluateCase(r, rules, today).findings.length;
  });
  if (sink < 0) console.log(sink);
  report('engine.cases_per_s', (N / evalMs) * 1000, 'cases/s', 0);
  report('engine.json_parse_ms', parseMs, 'ms', 1);
  report('engine.eval_ms', evalMs, 'ms', 1);
  report('engine.eval_vs_parse', evalMs / parseMs, 'x');
}
