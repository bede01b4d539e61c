import { stageOrder } from '../../data/stages.ts';
import { STAGE_IDS } from '../../schema/common.ts';
import { finding } from '../finding.ts';
import type { Finding } from '../finding.ts';
import type { CaseRule } from './types.ts';

/** One shared parameters object per stage: its findings share one message (finding.ts). */
const STAGE_PARAMS: Record<string, { stage: string }> = Object.fromEntries(
  STAGE_IDS.map((stage) => [stage, Object.freeze({ stage })]),
);

/**
 * docs/standard.md: one finding per stage the case moved past with obligatory tools missing, carrying that stage;
 * silenced by the crisis flag or by a justification on the history entry that first moved past it.
 */
export const stageSkipped: CaseRule = (ctx, checklist) => {
  if (ctx.record.crisis) return [];
  // The stages moved past with a requirement missing, as bits by stage order (no set per case).
  let missingStages = 0;
  for (const item of checklist)
    if (item.status === 'missing' && stageOrder(item.stage) < ctx.currentOrder)
      missingStages |= 1 << stageOrder(item.stage);
  if (missingStages === 0) return [];
  const out: Finding[] = [];
  const history = ctx.record.stageHistory;
  for (const stage of STAGE_IDS) {
    if (!(missingStages & (1 << stageOrder(stage)))) continue;
    const order = stageOrder(stage);
    const movedPast = history.find((h) => stageOrder(h.stage) > order);
    if (!movedPast || movedPast.justification) continue;
    out.push(
      finding(
        'stage-skipped',
        ctx.rules.severities['stage-skipped'],
        { caseId: ctx.record.id, stage: stage as Finding['stage'] },
        STAGE_PARAMS[stage]!,
      ),
    );
  }
  return out;
};
