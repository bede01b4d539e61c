import * as z from 'zod';
import { PseudonymousId } from '../schema/common.ts';
import { CaseEntry, EntryId, withoutFreeText } from '../cases/entries.ts';
import { HostCaseSchema } from '../cases/records-file.ts';
import type { HostCase } from '../cases/sources.ts';

/**
 * What the team's server (the centre's CouchDB) holds: one document per dated entry — its `_id` the entry's
 * id, written once and never changed, so two writers never conflict and both entries survive for the case
 * builder to fold (docs/rules.md) — and, per worker and case, what that worker's browser last saw of the
 * host (`host:<worker>:<system>:<caseId>`; two computers of one worker may conflict on it: the later
 * `seenOn` wins, see conflicts.ts). Pseudonymous ids and dated facts only: free text is withheld unless the
 * centre's policy shares it (`shareFreeText`), names never (docs/team.md).
 */

/** The host system's origin (cases are kept apart per system). */
export const SystemOrigin = z
  .string()
  .max(300)
  .regex(/^https?:\/\/[^/\s?#]+$/, { message: 'input.team-system' });

/** CouchDB's own fields a validate function may see on a document (`_revisions` on replicated writes). */
const couchFields = {
  _rev: z.string().max(200).optional(),
  _revisions: z
    .strictObject({ start: z.number().int(), ids: z.array(z.string().max(200)).max(1000) })
    .optional(),
};

/**
 * Every document names its case and the case's workers as the author's browser built the case from the
 * host: the author's claim, which the server cannot check against the host (validate_doc_update sees one
 * document at a time); the supervisor's dashboard flags authors who are not the case's workers in the
 * register (authors.ts).
 */
const caseFields = {
  system: SystemOrigin,
  caseId: PseudonymousId,
  socialWorker: PseudonymousId.optional(),
  benefitsWorker: PseudonymousId.optional(),
};

export const EntryDoc = z.strictObject({
  _id: EntryId,
  ...couchFields,
  type: z.literal('entry'),
  ...caseFields,
  entry: CaseEntry,
});
export type EntryDoc = z.infer<typeof EntryDoc>;

export const HostDoc = z.strictObject({
  _id: z.string().min(1).max(600),
  ...couchFields,
  type: z.literal('host'),
  ...caseFields,
  /** The worker whose browser read the host (the document is theirs alone). */
  by: PseudonymousId,
  host: HostCaseSchema,
});
export type HostDoc = z.infer<typeof HostDoc>;

/** A document of the team database (its design document aside). */
export const TeamDoc = z.discriminatedUnion('type', [EntryDoc, HostDoc]);
export type TeamDoc = z.infer<typeof TeamDoc>;

/** A host document's id: one per worker, system and case. */
export function hostDocId(worker: string, system: string, caseId: string): string {
  return `host:${worker}:${system}:${caseId}`;
}

/** The case's workers as the builder (or the host) names them. */
export interface CaseWorkers {
  socialWorker?: string;
  benefitsWorker?: string;
}

const workersOf = (w: CaseWorkers) => ({
  ...(w.socialWorker !== undefined ? { socialWorker: w.socialWorker } : {}),
  ...(w.benefitsWorker !== undefined ? { benefitsWorker: w.benefitsWorker } : {}),
});

/**
 * The document an entry becomes on the server: free text withheld unless the policy shares it; an entry
 * recorded before the author was known carries the signed-in team user as its author.
 */
export function entryDoc(
  entry: CaseEntry,
  system: string,
  workers: CaseWorkers,
  options: { author: string; shareFreeText: boolean },
): EntryDoc {
  const shared = options.shareFreeText ? { ...entry } : withoutFreeText(entry);
  if (shared.by === undefined) shared.by = options.author;
  return {
    _id: entry.id,
    type: 'entry',
    system,
    caseId: entry.caseId,
    ...workersOf(workers),
    entry: shared,
  };
}

/** The document of what `worker`'s browser last saw of a case on the host. */
export function hostDoc(host: HostCase, system: string, worker: string): HostDoc {
  return {
    _id: hostDocId(worker, system, host.caseId),
    type: 'host',
    system,
    caseId: host.caseId,
    ...workersOf(host),
    by: worker,
    host: host as HostDoc['host'],
  };
}

/** The team's records as the case builder takes them (`teamCases`' `shared`), per system. */
export interface SharedRecords {
  host: (HostCase & { system: string; by: string })[];
  entries: (CaseEntry & { system: string })[];
}

/** What a pull read: the records, and the documents that did not pass the published schema. */
export interface PulledRecords extends SharedRecords {
  /** Ids of documents that are not team documents (skipped, never guessed at). */
  invalid: string[];
}

/**
 * Documents read from the server as records. Every document is checked against the published schema
 * (the server's validate function checks the same, but a database may hold documents written before it or
 * by an admin); design documents and deletions are not records.
 */
export function recordsFromDocs(docs: Iterable<unknown>): PulledRecords {
  const out: PulledRecords = { host: [], entries: [], invalid: [] };
  for (const doc of docs) {
    const id = (doc as { _id?: unknown } | null)?._id;
    if (typeof id !== 'string' || id.startsWith('_design/')) continue;
    if ((doc as { _deleted?: unknown })._deleted === true) continue;
    const parsed = TeamDoc.safeParse(withoutConflicts(doc));
    if (!parsed.success) {
      out.invalid.push(id);
      continue;
    }
    const d = parsed.data;
    if (d.type === 'entry') out.entries.push({ ...d.entry, system: d.system });
    else out.host.push({ ...(d.host as HostCase), system: d.system, by: d.by });
  }
  return out;
}

/** A document as read with `conflicts=true`: `_conflicts` is the server's note, not the document's. */
function withoutConflicts(doc: unknown): unknown {
  if (doc && typeof doc === 'object' && '_conflicts' in doc) {
    const { _conflicts: _c, ...rest } = doc as Record<string, unknown>;
    return rest;
  }
  return doc;
}

/** The records as `teamCases` takes them (`shared`): the system and the reader stay with the server's copy. */
export function sharedForBuilder(r: SharedRecords): { host: HostCase[]; entries: CaseEntry[] } {
  return {
    host: r.host.map(({ system: _s, by: _b, ...h }) => h),
    entries: r.entries.map(({ system: _s, ...e }) => e as CaseEntry),
  };
}
