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

/**
 * The done item of a requirement on a date, shared between the cases done that day (frozen: a register's
 * thousands of cases share a few hundred dates, and the items are the evaluation's bulk).
 */
const doneItems = new WeakMap<object, Map<string, ChecklistItem>>();
function doneItem(
  req: Pick<ChecklistItem, 'requirement' | 'tools' | 'mode' | 'class' | 'stage'>,
  doneOn: string,
) {
  let byDate = doneItems.get(req.tools);
  if (!byDate) doneItems.set(req.tools, (byDate = new Map()));
  let item = byDate.get(doneOn);
  if (!item) {
    item = Object.freeze({
      requirement: req.requirement,
      tools: req.tools,
      mode: req.mode,
      class: req.class,
      stage: req.stage,
      status: 'done' as const,
      doneOn,
    });
    byDate.set(doneOn, item);
  }
  return item;
}

/** A requirement's item of its own (an object literal of one shape: faster than spreading a frozen one). */
function itemOf(req: CompiledRequirement, status: ChecklistStatus, doneOn?: string): ChecklistItem {
  const item: ChecklistItem = {
    requirement: req.id,
    tools: req.tools,
    mode: req.mode,
    class: req.class,
    stage: req.stage,
    status,
  };
  if (doneOn !== undefined) item.doneOn = doneOn;
  return item;
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
  if (req.mode === 'any-of' ? doneCount > 0 : doneCount === n) return doneItem(req.missingItem, doneOn!);
  if (waiver && (req.mode === 'any-of' ? waivedCount === n : waivedOrDone === n)) {
    const item = itemOf(req, 'waived');
    item.waived = waiver;
    return item;
  }
  const notYet = req.order > ctx.currentOrder;
  const due = ctx.hasFrames ? dueOn(ctx, req.stage) : undefined;
  // Nothing of the case's own to say: the requirement's shared item (no allocation per case).
  if (due === undefined) return notYet ? req.notYetDueItem : req.missingItem;
  const item = itemOf(req, notYet ? 'not-yet-due' : 'missing');
  item.dueOn = due;
  return item;
}

export function stageChecklist(ctx: CaseContext): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  for (const r of ctx.requirements) items.push(requirementStatus(ctx, r));
  const standard = ctx.record.standard;
  for (const item of ctx.rules.optionalItems[standard]) {
    const doneOn = ctx.done.get(item.requirement);
    items.push(doneOn ? doneItem(item, doneOn) : item);
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
