import type { StageId, ToolClass } from '../schema/common.ts';
import type { CaseContext } from './case-context.ts';
import { dueOn } from './case-context.ts';
import type { CompiledRequirement } from './rules.ts';

/** docs/standard.md "Rules settled": the checklist statuses. */
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
  if (req.mode === 'any-of' ? doneCount > 0 : doneCount === n)
    return { ...req.missingItem, status: 'done', doneOn: doneOn! };
  if (waiver && (req.mode === 'any-of' ? waivedCount === n : waivedOrDone === n))
    return { ...req.missingItem, status: 'waived', waived: waiver };
  const notYet = req.order > ctx.currentOrder;
  const due = ctx.hasFrames ? dueOn(ctx, req.stage) : undefined;
  // Nothing of the case's own to say: the requirement's shared item (no allocation per case).
  if (due === undefined) return notYet ? req.notYetDueItem : req.missingItem;
  return { ...req.missingItem, status: notYet ? 'not-yet-due' : 'missing', dueOn: due };
}

export function stageChecklist(ctx: CaseContext): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  for (const r of ctx.requirements) items.push(requirementStatus(ctx, r));
  const standard = ctx.record.standard;
  for (const item of ctx.rules.optionalItems[standard]) {
    const doneOn = ctx.done.get(item.requirement);
    items.push(doneOn ? { ...item, status: 'done', doneOn } : item);
  }
  // docs/standard.md: another category's tool recorded on this case is kept and shown as not-applicable, with what
  // was recorded; it raises nothing and does not stand in for the category's own tool.
  for (const item of ctx.rules.notApplicableItems[standard]) {
    const doneOn = ctx.done.get(item.requirement);
    const waived = ctx.waived.size ? ctx.waived.get(item.requirement) : undefined;
    if (doneOn === undefined && waived === undefined) items.push(item);
    else items.push({ ...item, ...(doneOn !== undefined ? { doneOn } : {}), ...(waived ? { waived } : {}) });
  }
  return items;
}
