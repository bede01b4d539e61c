import type { CaseFacts, CaseRead } from './facts.ts';

/**
 * How a read updates a remembered case: a list row refreshes the case's ids, category, stage and status;
 * a detail page also replaces its documents and stage history. Pure, so the rules are tested without IDB.
 */
export function mergeRead(
  prev: CaseFacts | undefined,
  read: CaseRead,
  where: { system: string; adapterId: string; today: string; detail: boolean },
): CaseFacts {
  const next: CaseFacts = prev
    ? { ...prev, adapterId: where.adapterId, seenOn: where.today }
    : { system: where.system, adapterId: where.adapterId, caseId: read.caseId, seenOn: where.today };
  if (read.socialWorker !== undefined) next.socialWorker = read.socialWorker;
  if (read.benefitsWorker !== undefined) next.benefitsWorker = read.benefitsWorker;
  if (read.standard !== undefined) next.standard = read.standard;
  if (read.stage !== undefined) next.stage = read.stage;
  if (read.openedOn !== undefined) next.openedOn = read.openedOn;
  if (read.status !== undefined) next.status = read.status;
  if (next.status === 'closed')
    next.closedSince = prev?.status === 'closed' ? (prev.closedSince ?? where.today) : where.today;
  else delete next.closedSince;
  if (where.detail) {
    next.detail = { seenOn: where.today, documents: read.documents ?? [] };
    const stage = read.stage ?? read.stageHistory?.at(-1)?.stage;
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
