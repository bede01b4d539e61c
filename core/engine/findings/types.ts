import type { CaseContext } from '../case-context.ts';
import type { ChecklistItem } from '../checklist.ts';
import type { Finding } from '../finding.ts';

/** A case rule: a small pure function from the evaluated case to its findings of one code. */
export type CaseRule = (ctx: CaseContext, checklist: readonly ChecklistItem[]) => Finding[];

const cache = new WeakMap<object, Map<string, { toolPl: string; toolEn: string }>>();

/** The tools' names for a message ("A albo B" for alternatives), cached per rules and requirement. */
export function toolNames(ctx: CaseContext, ids: readonly string[]): { toolPl: string; toolEn: string } {
  let byRules = cache.get(ctx.rules);
  if (!byRules) cache.set(ctx.rules, (byRules = new Map()));
  const key = ids.join('|');
  let names = byRules.get(key);
  if (!names) {
    const tools = ids.map((id) => ctx.rules.tools.get(id));
    names = {
      toolPl: tools.map((t, i) => t?.name.pl ?? ids[i]).join(' albo '),
      toolEn: tools.map((t, i) => t?.name.en ?? ids[i]).join(' or '),
    };
    byRules.set(key, names);
  }
  return names;
}
