import type { StageId } from '../schema/common.ts';
import type { CaseEvaluation } from './evaluate-case.ts';

export interface Completeness {
  due: number;
  done: number;
  /** done / due; 1 when nothing is due yet. */
  share: number;
}

export interface Gap {
  caseId: string;
  worker: string;
  stage: StageId;
  requirement: string;
  tools: string[];
}

export interface CompletenessReport {
  team: Completeness;
  byWorker: ({ worker: string } & Completeness)[];
  byCase: ({ caseId: string; worker: string } & Completeness)[];
  gaps: Gap[];
}

function share(due: number, done: number): Completeness {
  return { due, done, share: due === 0 ? 1 : done / due };
}

/** Share of obligatory documentation present per case, per social worker and for the team, and the gaps. */
export function completeness(evaluations: readonly CaseEvaluation[]): CompletenessReport {
  const byWorker = new Map<string, { due: number; done: number }>();
  let due = 0;
  let done = 0;
  const byCase: CompletenessReport['byCase'] = [];
  const gaps: Gap[] = [];
  for (const e of evaluations) {
    const d = e.documentation;
    due += d.due;
    done += d.done;
    const w = byWorker.get(e.socialWorker) ?? { due: 0, done: 0 };
    w.due += d.due;
    w.done += d.done;
    byWorker.set(e.socialWorker, w);
    byCase.push({ caseId: e.caseId, worker: e.socialWorker, ...share(d.due, d.done) });
    for (const item of e.checklist)
      if (item.status === 'missing' && item.class !== 'FS')
        gaps.push({
          caseId: e.caseId,
          worker: e.socialWorker,
          stage: item.stage,
          requirement: item.requirement,
          tools: item.tools,
        });
  }
  return {
    team: share(due, done),
    byWorker: [...byWorker]
      .map(([worker, w]) => ({ worker, ...share(w.due, w.done) }))
      .sort((a, b) => a.worker.localeCompare(b.worker)),
    byCase,
    gaps,
  };
}
