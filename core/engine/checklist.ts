import type { StageId, ToolClass } from '../schema/common.ts';
import type { CaseContext } from './case-context.ts';
import { dueOn } from './case-context.ts';
import type { CompiledRequirement } from './rules.ts';

/** ids.md "Rules settled": the checklist statuses. */
export type ChecklistStatus = 'done' | 'missing' | 'waived' | 'optional' | 'not-yet-due' | 'not-applicable';

export interface ChecklistItem {
  /** Requirement id: the tool id, or an "any of" requirement's id. */
  requirement: string;
  /** Shared with the compiled requirement: never mutate. */
  tools: string[];
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
  // Single-tool requirements are the common case: no intermediate arrays.
  let doneOn: string | undefined;
  let doneCount = 0;
  let waivedOrDone = 0;
  let waivedCount = 0;
  let waiver: { on: string; reason: string } | undefined;
  for (const t of req.tools) {
    const d = ctx.done.get(t);
    const w = ctx.waived.size ? ctx.waived.get(t) : undefined;
    if (d !== undefined) {
      doneCount++;
      if (doneOn === undefined || (req.mode === 'any-of' ? d < doneOn : d > doneOn)) doneOn = d;
    }
    if (w !== undefined) {
      waivedCount++;
      waiver ??= w;
    }
    if (d !== undefined || w !== undefined) waivedOrDone++;
  }
  const n = req.tools.length;
  if (req.mode === 'any-of' ? doneCount > 0 : doneCount === n) {
    item.status = 'done';
    item.doneOn = doneOn!;
    return item;
  }
  if (waiver && (req.mode === 'any-of' ? waivedCount === n : waivedOrDone === n)) {
    item.status = 'waived';
    item.waived = waiver;
    return item;
  }
  if (req.order > ctx.currentOrder) item.status = 'not-yet-due';
  if (ctx.hasFrames) {
    const due = dueOn(ctx, req.stage);
    if (due !== undefined) item.dueOn = due;
  }
  return item;
}

export function stageChecklist(ctx: CaseContext): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  for (const r of ctx.requirements) items.push(requirementStatus(ctx, r));
  const standard = ctx.record.standard;
  for (const tool of ctx.rules.optionalTools[standard]) {
    const doneOn = ctx.done.get(tool.id);
    const item: ChecklistItem = {
      requirement: tool.id,
      tools: [tool.id],
      mode: 'all-of',
      class: tool.class,
      stage: tool.stages[0]!,
      status: doneOn ? 'done' : 'optional',
    };
    if (doneOn) item.doneOn = doneOn;
    items.push(item);
  }
  // ids.md: another category's tool recorded on this case is kept and shown as not-applicable, with what
  // was recorded; it raises nothing and does not stand in for the category's own tool.
  for (const item of ctx.rules.notApplicableItems[standard]) {
    const doneOn = ctx.done.get(item.requirement);
    const waived = ctx.waived.size ? ctx.waived.get(item.requirement) : undefined;
    if (doneOn === undefined && waived === undefined) items.push(item);
    else items.push({ ...item, ...(doneOn !== undefined ? { doneOn } : {}), ...(waived ? { waived } : {}) });
  }
  return items;
}
