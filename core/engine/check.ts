import type { CaseFile, CaseRecord } from '../schema/case-record.ts';
import type { CheckReport } from '../schema/report.ts';
import { caseloadByWorker } from './caseload.ts';
import { completeness } from './completeness.ts';
import { evaluateCase } from './evaluate-case.ts';
import type { CaseEvaluation } from './evaluate-case.ts';
import type { Rules } from './rules.ts';

/**
 * Evaluations a live view keeps between runs (the dashboard following the team's server): a record object
 * evaluated before under the same rules and day is not evaluated again. Records are never changed in place
 * (a changed case is a new object), so a hit is the same answer.
 */
export type EvaluationCache = WeakMap<
  CaseRecord,
  { rules: Rules; today: string; evaluation: CaseEvaluation }
>;

/** A whole case file as of `today`: every case evaluated, caseload per worker, completeness for the team. */
export function checkCaseFile(
  file: CaseFile,
  rules: Rules,
  today: string,
  cache?: EvaluationCache,
): CheckReport {
  const cases: CaseEvaluation[] = [];
  let contacts = 0;
  for (const r of file.records) {
    if (r.kind !== 'case') {
      contacts++;
      continue;
    }
    const hit = cache?.get(r);
    if (hit && hit.rules === rules && hit.today === today) cases.push(hit.evaluation);
    else {
      const evaluation = evaluateCase(r, rules, today);
      cache?.set(r, { rules, today, evaluation });
      cases.push(evaluation);
    }
  }
  const caseload = caseloadByWorker(file.records, rules);
  const { team, byWorker, gaps } = completeness(cases);
  const findings = { error: 0, warning: 0, info: 0 };
  const byCode: CheckReport['summary']['byCode'] = {};
  const states = { active: 0, suspended: 0, closed: 0 };
  const tally = (f: { severity: 'error' | 'warning' | 'info'; code: keyof typeof byCode }) => {
    findings[f.severity]++;
    byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  };
  for (const c of cases) {
    states[c.status]++;
    for (const f of c.findings) tally(f);
  }
  for (const f of caseload.findings) tally(f);
  const report: CheckReport = {
    tool: 'standardy',
    formatVersion: 1,
    today,
    summary: {
      records: file.records.length,
      cases: cases.length,
      contacts,
      ...states,
      findings,
      byCode,
    },
    cases,
    caseload,
    completeness: { team, byWorker, gaps },
  };
  const inst = rules.policy.institution;
  if (inst) report.institution = { name: inst.name, type: inst.type };
  return report;
}
