import { plDate } from '../../dates.ts';
import { finding } from '../finding.ts';
import type { CaseRule } from './types.ts';

/** docs/standard.md: the current stage has run longer than its time frame (policy); N days are overdue on day N+1. */
export const stageOverdue: CaseRule = (ctx) => {
  const frame = ctx.runningFrame;
  if (!frame?.overdue) return [];
  return [
    finding(
      'stage-overdue',
      ctx.rules.severities['stage-overdue'],
      { caseId: ctx.record.id, stage: ctx.current },
      {
        stage: frame.key === '1' ? `1 (1a–1c)` : frame.key,
        days: frame.days,
        limit: frame.limit,
        since: plDate(frame.since),
      },
    ),
  ];
};
