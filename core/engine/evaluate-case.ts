import type { CaseRecord } from '../schema/case-record.ts';
import type { SocialWorkStandardId, StageId } from '../schema/common.ts';
import { caseContext } from './case-context.ts';
import type { RunningFrame } from './case-context.ts';
import { stageChecklist } from './checklist.ts';
import type { ChecklistItem } from './checklist.ts';
import type { Finding } from './finding.ts';
import { agreementReviewOverdue } from './findings/agreement-review-overdue.ts';
import { benefitsInfoClientNotInformed } from './findings/benefits-info-client-not-informed.ts';
import { caseInactive, lastActionOn } from './findings/case-inactive.ts';
import { closedWithoutEvaluation } from './findings/closed-without-evaluation.ts';
import { stageOverdue } from './findings/stage-overdue.ts';
import { stageSkipped } from './findings/stage-skipped.ts';
import { toolMissing } from './findings/tool-missing.ts';
import type { CaseRule } from './findings/types.ts';
import type { Rules } from './rules.ts';

/** Every case rule, in the order findings are listed. */
export const CASE_RULES: readonly CaseRule[] = [
  toolMissing,
  stageSkipped,
  stageOverdue,
  agreementReviewOverdue,
  closedWithoutEvaluation,
  benefitsInfoClientNotInformed,
  caseInactive,
];

export interface CaseEvaluation {
  caseId: string;
  standard: SocialWorkStandardId;
  socialWorker: string;
  benefitsWorker?: string;
  status: CaseRecord['state']['status'];
  stage: StageId;
  stageEnteredOn: string;
  crisis: boolean;
  lastActionOn: string;
  frame?: RunningFrame;
  checklist: ChecklistItem[];
  findings: Finding[];
  /** Obligatory requirements due so far (waived ones excluded) and how many are done. */
  documentation: { due: number; done: number };
}

/** `{due, done}` for small counts shared between cases (frozen: plain data, one object per pair). */
const DOCUMENTATION: { due: number; done: number }[] = [];
function documentation(due: number, done: number): { due: number; done: number } {
  if (due >= 32 || done >= 32) return { due, done };
  const i = due * 32 + done;
  return (DOCUMENTATION[i] ??= Object.freeze({ due, done }) as { due: number; done: number });
}

/** Evaluate one case against the standard and policy as of `today` (never read from the clock). */
export function evaluateCase(record: CaseRecord, rules: Rules, today: string): CaseEvaluation {
  const ctx = caseContext(record, rules, today);
  const checklist = stageChecklist(ctx);
  const findings: Finding[] = [];
  for (const rule of CASE_RULES) for (const f of rule(ctx, checklist)) findings.push(f);
  let due = 0;
  let done = 0;
  for (const item of checklist) {
    if (item.class === 'FS' || item.status === 'not-applicable' || item.status === 'waived') continue;
    if (item.status === 'done' || item.status === 'missing') {
      due++;
      if (item.status === 'done') done++;
    }
  }
  const last = record.stageHistory[record.stageHistory.length - 1]!;
  const out: CaseEvaluation = {
    caseId: record.id,
    standard: record.standard,
    socialWorker: record.socialWorker,
    status: record.state.status,
    stage: last.stage,
    stageEnteredOn: last.enteredOn,
    crisis: record.crisis,
    lastActionOn: lastActionOn(record),
    checklist,
    findings,
    documentation: documentation(due, done),
  };
  if (record.benefitsWorker !== undefined) out.benefitsWorker = record.benefitsWorker;
  if (ctx.runningFrame) out.frame = ctx.runningFrame;
  return out;
}
