import type { StageId, ToolClass } from '../schema/common.ts';
import type { CaseContext } from './case-context.ts';
import { dueOn } from './case-context.ts';
import type { CompiledRequirement } from './rules.ts';

/** ids.md "Rules settled": the checklist statuses. */
export type ChecklistStatus = 'done' | 'missing' | 'waived' | 'optional' | 'not-yet-due' | 'not-applicable';

export interface ChecklistItem {
  /** Requirement id: the tool id, or an "any of" requirement's id. */
  requirement: string;
  tools: readonly string[];
  mode: 'all-of' | 'any-of';
  class: ToolClass;
  stage: StageId;
  status: ChecklistStatus;
  doneOn?: string;
  dueOn?: string;
  waived?: { on: string; reason: string };
}

export function requirementStatus(ctx: CaseContext, req: CompiledRequirement): ChecklistItem {
  const item: ChecklistItem = {
    requirement: req.id,
    tools: req.tools,
    mode: req.mode,
    class: req.class,
    stage: req.stage,
    status: 'missing',
  };
  const dates = req.tools.map((t) => ctx.done.get(t));
  const doneDates = dates.filter((d): d is string => d !== undefined);
  const satisfied = req.mode === 'any-of' ? doneDates.length > 0 : doneDates.length === req.tools.length;
  if (satisfied) {
    item.status = 'done';
    item.doneOn = doneDates.reduce((a, b) => (req.mode === 'any-of' ? (b < a ? b : a) : b > a ? b : a));
    return item;
  }
  const waivers = req.tools.map((t) => ctx.waived.get(t));
  const waivedAll =
    req.mode === 'any-of'
      ? waivers.every((w) => w !== undefined)
      : req.tools.every((_, i) => dates[i] !== undefined || waivers[i] !== undefined);
  if (waivedAll) {
    item.status = 'waived';
    item.waived = waivers.find((w) => w !== undefined);
    return item;
  }
  if (req.order > ctx.currentOrder) item.status = 'not-yet-due';
  const due = dueOn(ctx, req.stage);
  if (due !== undefined) item.dueOn = due;
  return item;
}

export function stageChecklist(ctx: CaseContext): ChecklistItem[] {
  const items = ctx.requirements.map((r) => requirementStatus(ctx, r));
  const standard = ctx.record.standard;
  for (const tool of ctx.rules.optionalTools[standard]) {
    const doneOn = ctx.done.get(tool.id);
    items.push({
      requirement: tool.id,
      tools: [tool.id],
      mode: 'all-of',
      class: tool.class,
      stage: tool.stages[0]!,
      status: doneOn ? 'done' : 'optional',
      ...(doneOn ? { doneOn } : {}),
    });
  }
  for (const tool of ctx.rules.otherCategoryTools[standard]) {
    items.push({
      requirement: tool.id,
      tools: [tool.id],
      mode: 'all-of',
      class: tool.class,
      stage: tool.stages[0]!,
      status: 'not-applicable',
    });
  }
  return items;
}
