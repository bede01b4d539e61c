import { finding } from '../finding.ts';
import type { CaseRule } from './types.ts';

/** docs/standard.md: state closed and no final evaluation. */
export const closedWithoutEvaluation: CaseRule = (ctx) => {
  if (ctx.record.state.status !== 'closed') return [];
  if (ctx.record.evaluations.some((e) => e.kind === 'final')) return [];
  return [
    finding('closed-without-evaluation', ctx.rules.severities['closed-without-evaluation'], {
      caseId: ctx.record.id,
    }),
  ];
};
