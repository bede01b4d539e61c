import type { CaseRecord } from '../schema/case-record.ts';

/**
 * A document on the team's server names the case's workers as its author's browser saw them: the server
 * checks the author against that claim, not against the host (docs/team.md). The register is the centre's
 * own word on who works a case, so the supervisor's dashboard lists every author whose entries sit on a
 * register case they are neither the social worker nor the benefits worker of.
 */
export interface AuthorOutsideRegister {
  caseId: string;
  author: string;
  /** How many of that author's entries the case holds. */
  entries: number;
  socialWorker: string;
  benefitsWorker?: string;
}

export function authorsOutsideRegister(
  entries: Iterable<{ caseId: string; by?: string }>,
  register: readonly CaseRecord[],
): AuthorOutsideRegister[] {
  const byId = new Map(register.map((r) => [r.id, r]));
  const counts = new Map<string, AuthorOutsideRegister>();
  for (const e of entries) {
    if (e.by === undefined) continue;
    const r = byId.get(e.caseId);
    if (!r || e.by === r.socialWorker || e.by === r.benefitsWorker) continue;
    const key = `${e.caseId}\u0000${e.by}`;
    const found = counts.get(key);
    if (found) found.entries++;
    else
      counts.set(key, {
        caseId: e.caseId,
        author: e.by,
        entries: 1,
        socialWorker: r.socialWorker,
        ...(r.benefitsWorker !== undefined ? { benefitsWorker: r.benefitsWorker } : {}),
      });
  }
  return [...counts.values()].sort((a, b) =>
    a.caseId === b.caseId ? (a.author < b.author ? -1 : 1) : a.caseId < b.caseId ? -1 : 1,
  );
}
