import type { CaseContext } from '../case-context.ts';
import type { ChecklistItem } from '../checklist.ts';
import type { Finding } from '../finding.ts';

/** A case rule: a small pure function from the evaluated case to its findings of one code. */
export type CaseRule = (ctx: CaseContext, checklist: readonly ChecklistItem[]) => Finding[];

export function toolNames(ctx: CaseContext, ids: readonly string[]): { toolPl: string; toolEn: string } {
  const tools = ids.map((id) => ctx.rules.tools.get(id));
  return {
    toolPl: tools.map((t, i) => t?.name.pl ?? ids[i]).join(' albo '),
    toolEn: tools.map((t, i) => t?.name.en ?? ids[i]).join(' or '),
  };
}
