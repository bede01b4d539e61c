import { finding } from '../finding.ts';
import type { Finding } from '../finding.ts';
import type { CaseRule } from './types.ts';
import { toolNames } from './types.ts';

/**
 * docs/standard.md: an obligatory tool of the current or an earlier stage is not done. Warning for the current
 * stage until its time frame ends, error after that and for earlier stages. A waiver raises nothing.
 */
export const toolMissing: CaseRule = (ctx, checklist) => {
  const out: Finding[] = [];
  for (const item of checklist) {
    if (item.status !== 'missing' || item.class === 'FS') continue;
    const atCurrent = item.stage === ctx.current;
    const severity =
      atCurrent && !ctx.runningFrame?.overdue ? 'warning' : ctx.rules.severities['tool-missing'];
    out.push(
      finding(
        'tool-missing',
        severity,
        { caseId: ctx.record.id, stage: item.stage, tool: item.requirement },
        { ...toolNames(ctx, item.tools), stage: item.stage },
      ),
    );
  }
  return out;
};
