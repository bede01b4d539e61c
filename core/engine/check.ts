import type { CaseFile } from '../schema/case-record.ts';
import type { CheckReport } from '../schema/report.ts';
import { caseloadByWorker } from './caseload.ts';
import { completeness } from './completeness.ts';
import { evaluateCase } from './evaluate-case.ts';
import type { CaseEvaluation } from './evaluate-case.ts';
import type { Rules } from './rules.ts';

/** A whole case file as of `today`: every case evaluated, caseload per worker, completeness for the team. */
export function checkCaseFile(file: CaseFile, rules: Rules, today: string): CheckReport {
  const cases: CaseEvaluation[] = [];
  let contacts = 0;
  for (const r of file.records) {
    if (r.kind === 'case') cases.push(evaluateCase(r, rules, today));
    else contacts++;
  }
  const caseload = caseloadByWorker(file.records, rules);
  const { team, byWorker, gaps } = completeness(cases);
  const findings = { error: 0, warning: 0, info: 0 };
  const byCode: CheckReport['summary']['byCode'] = {};
  for (const f of [...cases.flatMap((c) => c.findings), ...caseload.findings]) {
    findings[f.severity]++;
    byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  }
  const count = (status: string) => cases.filter((c) => c.status === status).length;
  const report: CheckReport = {
    tool: 'standardy',
    formatVersion: 1,
    today,
    summary: {
      records: file.records.length,
      cases: cases.length,
      contacts,
      active: count('active'),
      suspended: count('suspended'),
      closed: count('closed'),
      findings,
      byCode,
    },
    cases: cases.map((c) => ({ ...c, checklist: c.checklist.map((i) => ({ ...i, tools: [...i.tools] })) })),
    caseload,
    completeness: { team, byWorker, gaps: gaps.map((g) => ({ ...g, tools: [...g.tools] })) },
  };
  const inst = rules.policy.institution;
  if (inst) report.institution = { name: inst.name, type: inst.type };
  return report;
}
