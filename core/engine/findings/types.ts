import type { CaseContext } from '../case-context.ts';
import type { ChecklistItem } from '../checklist.ts';
import type { Finding } from '../finding.ts';

/** A case rule: a small pure function from the evaluated case to its findings of one code. */
export type CaseRule = (ctx: CaseContext, checklist: readonly ChecklistItem[]) => readonly Finding[];

const cache = new WeakMap<object, WeakMap<readonly string[], Map<string, ToolParams>>>();

export type ToolParams = {
  toolPl: string;
  toolEn: string;
  stage: string;
};

/**
 * The message parameters of a requirement at a stage — the tools' names ("A albo B" for alternatives) — made
 * once per rules, requirement and stage and shared, so its findings share one message (finding.ts).
 */
export function toolParams(ctx: CaseContext, ids: readonly string[], stage: string): ToolParams {
  let byRules = cache.get(ctx.rules);
  if (!byRules) cache.set(ctx.rules, (byRules = new WeakMap()));
  let byStage = byRules.get(ids);
  if (!byStage) byRules.set(ids, (byStage = new Map()));
  let params = byStage.get(stage);
  if (!params) {
    const tools = ids.map((id) => ctx.rules.tools.get(id));
    params = Object.freeze({
      toolPl: tools.map((t, i) => t?.name.pl ?? ids[i]).join(' albo '),
      toolEn: tools.map((t, i) => t?.name.en ?? ids[i]).join(' or '),
      stage,
    });
    byStage.set(stage, params);
  }
  return params;
}
