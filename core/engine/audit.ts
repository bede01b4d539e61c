import { toolName } from '../data/tools.ts';
import type { AnyRecord } from '../schema/case-record.ts';
import type { CheckReport } from '../schema/report.ts';
import type { TimeUseEntry } from '../schema/time-use.ts';
import { checkCaseFile } from './check.ts';
import type { EvaluationCache } from './check.ts';
import { assessInstitution } from './institution.ts';
import type { InstitutionAssessment } from './institution.ts';
import type { Rules } from './rules.ts';
import { workloadAnalysis } from './workload.ts';
import type { Workload } from './workload.ts';

/** Everything a supervisor's report holds: no client names, only case ids and the standard's facts. */
export interface Audit {
  today: string;
  check: CheckReport;
  institution: InstitutionAssessment;
  workload?: Workload;
}

export function buildAudit(
  records: readonly AnyRecord[],
  rules: Rules,
  today: string,
  timeUse?: readonly TimeUseEntry[],
  cache?: EvaluationCache,
): Audit {
  const audit: Audit = {
    today,
    check: checkCaseFile({ formatVersion: 1, records: [...records] }, rules, today, cache),
    institution: assessInstitution(records, rules),
  };
  if (timeUse) audit.workload = workloadAnalysis(timeUse, rules);
  return audit;
}

/** The gaps as CSV (`;`, UTF-8 with BOM so Excel reads Polish letters): one row per missing requirement. */
export function gapsCsv(audit: Audit, name: (id: string) => string = (id) => toolName(id)): string {
  const header = ['Nr sprawy', 'Pracownik socjalny', 'Etap', 'Brakujące narzędzie', 'Identyfikator'];
  const cell = (c: string) => (/[;"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const rows = audit.check.completeness.gaps.map((g) => [
    g.caseId,
    g.worker,
    g.stage,
    g.tools.map(name).join(' albo '),
    g.requirement,
  ]);
  return '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}
