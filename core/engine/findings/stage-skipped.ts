import { stageOrder } from '../../data/stages.ts';
import { finding } from '../finding.ts';
import type { Finding } from '../finding.ts';
import type { CaseRule } from './types.ts';

/**
 * docs/standard.md: one finding per stage the case moved past with obligatory tools missing, carrying that stage;
 * silenced by the crisis flag or by a justification on the history entry that first moved past it.
 */
export const stageSkipped: CaseRule = (ctx, checklist) => {
  if (ctx.record.crisis) return [];
  const missingStages = new Set<string>();
  for (const item of checklist)
    if (item.status === 'missing' && stageOrder(item.stage) < ctx.currentOrder) missingStages.add(item.stage);
  if (missingStages.size === 0) return [];
  const out: Finding[] = [];
  const history = ctx.record.stageHistory;
  for (const stage of [...missingStages].sort((a, b) => stageOrder(a) - stageOrder(b))) {
    const order = stageOrder(stage);
    const movedPast = history.find((h) => stageOrder(h.stage) > order);
    if (!movedPast || movedPast.justification) continue;
    out.push(
      finding(
        'stage-skipped',
        ctx.rules.severities['stage-skipped'],
        { caseId: ctx.record.id, stage: stage as Finding['stage'] },
        { stage },
      ),
    );
  }
  return out;
};
