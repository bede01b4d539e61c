import type { CaseFacts, CaseRead } from './facts.ts';

/**
 * How a read updates a remembered case: a list row refreshes the case's ids, category, stage and status;
 * a detail page also replaces its documents and stage history. Each fact keeps the day it holds from
 * (docs/rules.md, "One record per case"): a stage or status the host dates itself takes that date; a change
 * the host does not date holds from the first day it was seen; what never changed keeps its date. Pure, so
 * the rules are tested without IndexedDB.
 */
export function mergeRead(
  prev: CaseFacts | undefined,
  read: CaseRead,
  where: { system: string; adapterId: string; today: string; detail: boolean },
): CaseFacts {
  const next: CaseFacts = prev
    ? { ...prev, adapterId: where.adapterId, seenOn: where.today }
    : {
        system: where.system,
        adapterId: where.adapterId,
        caseId: read.caseId,
        firstSeenOn: where.today,
        seenOn: where.today,
      };
  if (read.socialWorker !== undefined) next.socialWorker = read.socialWorker;
  if (read.benefitsWorker !== undefined) next.benefitsWorker = read.benefitsWorker;
  if (read.standard !== undefined) next.standard = read.standard;
  if (read.openedOn !== undefined) next.openedOn = read.openedOn;
  const stage = read.stage ?? read.stageHistory?.at(-1)?.stage;
  if (stage !== undefined) {
    const since = read.stageSince ?? read.stageHistory?.findLast((h) => h.stage === stage)?.enteredOn;
    if (since !== undefined) next.stageSince = since;
    else if (prev?.stage !== undefined && prev.stage !== stage) next.stageSince = where.today;
    else if (prev?.stage !== stage) delete next.stageSince;
    next.stage = stage;
  }
  if (read.status !== undefined) {
    // A status seen for the first time holds from an unknown day (the builder dates it); a change from
    // the status remembered holds from today.
    if (prev?.status !== undefined && prev.status !== read.status) next.statusOn = where.today;
    else if (prev?.status === undefined) delete next.statusOn;
    next.status = read.status;
  }
  if (where.detail) {
    next.detail = { seenOn: where.today, documents: read.documents ?? [] };
    if (stage !== undefined) next.detail.stage = stage;
    if (read.stageSince !== undefined) next.detail.stageSince = read.stageSince;
    if (read.stageHistory !== undefined) next.detail.stageHistory = read.stageHistory;
  }
  return next;
}

/** Nothing to write: the facts and the day they were seen are unchanged. */
export function sameFacts(a: CaseFacts | undefined, b: CaseFacts): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
