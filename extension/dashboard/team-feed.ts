import PouchDB from 'pouchdb-browser';
import type { Emitter } from 'pouchdb-browser';
import { recordsFromDocs, resolveHostConflict } from '../../core/index.ts';
import type { HostRevision, SharedRecords } from '../../core/index.ts';
import { TeamRequestError, guardedFetch, teamClient } from '../lib/team/client.ts';
import type { TeamFailure } from '../lib/team/client.ts';

/**
 * The supervisor's view of the team's server (docs/team.md): one plain read of every document first
 * (`_all_docs?include_docs=true`, the fastest a CouchDB gives them — BENCH team.pull_vs_alldocs), then the
 * changes feed followed live through PouchDB (`changes`, long-poll) from the sequence read before, so
 * nothing between the two is missed. Kept in this page's memory only: the server is the record.
 */
export interface TeamFeedState {
  phase: 'loading' | 'live' | 'offline' | 'failed';
  records?: SharedRecords;
  /** Documents that are not team documents (skipped). */
  invalid: number;
  /** Host documents whose conflicting revisions were read as the newer reading. */
  conflicts: number;
  /** When the first load finished, and the last change arrived (ISO). */
  loadedAt?: string;
  changedAt?: string;
  /** The cases this update changed (absent after a full load: everything is new). */
  changed?: string[];
  /** How many cases and how many authors the records hold. */
  cases: number;
  authors: number;
  failure?: TeamFailure['kind'];
  reason?: string;
}

type Body = Record<string, unknown>;
type Parsed = { entry?: SharedRecords['entries'][number]; host?: SharedRecords['host'][number] } | 'invalid';

export interface TeamFeedConfig {
  url: string;
  database: string;
  origin: string;
  dbUrl: string;
}

export function createTeamFeed(
  config: TeamFeedConfig,
  onState: (s: TeamFeedState) => void,
  deps: { fetch?: typeof fetch; now?: () => string } = {},
) {
  const now = deps.now ?? (() => new Date().toISOString());
  const client = teamClient({ ...config, managed: false }, deps.fetch);
  const docs = new Map<string, Parsed>();
  const conflicted = new Set<string>();
  let state: TeamFeedState = { phase: 'loading', invalid: 0, conflicts: 0, cases: 0, authors: 0 };
  let changes: Emitter | undefined;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function parse(doc: Body): Parsed | undefined {
    const read = recordsFromDocs([doc]);
    if (read.invalid.length) return 'invalid';
    if (read.entries[0]) return { entry: read.entries[0] };
    if (read.host[0]) return { host: read.host[0] };
    return undefined;
  }

  // The records as arrays kept up to date in place (every state shares them: read the latest state only):
  // a live change costs what it changed, not 280,000
  // documents copied (their garbage made the dashboard slow: BENCH team.change_visible_ms).
  const entries: SharedRecords['entries'] = [];
  /** The document id of each entry, by position. */
  const entryIds: string[] = [];
  const entryAt = new Map<string, number>();
  const hosts = new Map<string, SharedRecords['host'][number]>();
  let invalid = 0;
  const perCase = new Map<string, number>();
  const perAuthor = new Map<string, number>();
  const count = (m: Map<string, number>, key: string | undefined, d: number) => {
    if (key === undefined) return;
    const n = (m.get(key) ?? 0) + d;
    if (n > 0) m.set(key, n);
    else m.delete(key);
  };
  function account(p: Parsed | undefined, d: 1 | -1): void {
    if (!p) return;
    if (p === 'invalid') invalid += d;
    else if (p.entry) {
      count(perCase, p.entry.caseId, d);
      count(perAuthor, p.entry.by, d);
    } else if (p.host) count(perCase, p.host.caseId, d);
  }
  /** Keep one document's record (or none) under its id. */
  function store(id: string, p: Parsed | undefined): void {
    account(docs.get(id), -1);
    const at = entryAt.get(id);
    if (at !== undefined && !(p && p !== 'invalid' && p.entry)) {
      // An entry document gone (never in practice: entries are never deleted): the list closes the gap.
      const last = entries.pop()!;
      const lastId = entryIds.pop()!;
      if (at < entries.length) {
        entries[at] = last;
        entryIds[at] = lastId;
        entryAt.set(lastId, at);
      }
      entryAt.delete(id);
    }
    hosts.delete(id);
    if (p === undefined) docs.delete(id);
    else {
      docs.set(id, p);
      account(p, 1);
      if (p !== 'invalid' && p.entry) {
        const i = entryAt.get(id);
        if (i === undefined) {
          entryAt.set(id, entries.length);
          entries.push(p.entry);
          entryIds.push(id);
        } else entries[i] = p.entry;
      } else if (p !== 'invalid' && p.host) hosts.set(id, p.host);
    }
  }

  function snapshot() {
    const records: SharedRecords = { host: [...hosts.values()], entries };
    return { records, invalid, cases: perCase.size, authors: perAuthor.size };
  }

  const touched = new Set<string>();
  function emit(patch: Partial<TeamFeedState>): void {
    const { records, invalid, cases, authors } = snapshot();
    const { changed: _previous, ...rest } = state;
    state = {
      ...rest,
      ...patch,
      records,
      invalid,
      cases,
      authors,
      conflicts: conflicted.size,
      ...(patch.phase === 'live' && patch.changedAt ? { changed: [...touched] } : {}),
    };
    touched.clear();
    onState(state);
  }
  const caseOf = (p: Parsed | undefined) =>
    p && p !== 'invalid' ? (p.entry?.caseId ?? p.host?.caseId) : undefined;

  /** A host document with conflicting revisions is read as its newer reading (core/team/conflicts.ts). */
  async function put(doc: Body): Promise<void> {
    const id = String(doc._id);
    const before = caseOf(docs.get(id));
    if (before) touched.add(before);
    if (doc._deleted) {
      store(id, undefined);
      return;
    }
    let chosen = doc;
    if (Array.isArray(doc._conflicts) && doc._conflicts.length && doc.type === 'host') {
      const live = (await client.openRevs(id)) as (HostRevision & Body)[];
      if (live.length > 1) {
        chosen = resolveHostConflict(live).keep;
        conflicted.add(id);
      }
    } else conflicted.delete(id);
    const parsed = parse(chosen);
    store(id, parsed);
    const after = caseOf(parsed);
    if (after) touched.add(after);
  }

  function follow(since: string | number): void {
    if (stopped) return;
    const remote = new PouchDB(config.dbUrl, { fetch: guardedFetch(config, deps.fetch), skip_setup: true });
    let last = since;
    changes = remote.changes({ since, live: true, include_docs: true, conflicts: true, heartbeat: 10_000 });
    changes.on('change', (change: { seq: string | number; doc?: Body }) => {
      last = change.seq;
      if (!change.doc) return;
      void put(change.doc).then(() => schedule());
    });
    changes.on('error', () => {
      if (stopped) return;
      emit({ phase: 'offline' });
      timer = setTimeout(() => follow(last), 2000);
    });
  }

  // Changes arrive in bursts (a worker's replication batch): the view is rebuilt once per burst.
  let pending: ReturnType<typeof setTimeout> | undefined;
  function schedule(): void {
    if (pending) return;
    pending = setTimeout(() => {
      pending = undefined;
      emit({ phase: 'live', changedAt: now() });
    }, 50);
  }

  return {
    /** The first full load; then the feed follows the changes live. */
    async load(): Promise<void> {
      onState(state);
      try {
        const { updateSeq } = await client.checkDatabase();
        const all = (await client.allDocs()) as Body[];
        for (const doc of all) {
          if (Array.isArray(doc._conflicts) && doc._conflicts.length) await put(doc);
          else store(String(doc._id), parse(doc));
        }
        touched.clear();
        emit({ phase: 'live', loadedAt: now() });
        follow(updateSeq);
      } catch (e) {
        const failure = e instanceof TeamRequestError ? e.failure : undefined;
        state = {
          ...state,
          phase: 'failed',
          failure: failure?.kind ?? 'server',
          reason: failure && 'reason' in failure ? failure.reason : String(e),
        };
        onState(state);
      }
    },
    stop(): void {
      stopped = true;
      changes?.cancel();
      if (timer) clearTimeout(timer);
      if (pending) clearTimeout(pending);
    },
  };
}
export type TeamFeed = ReturnType<typeof createTeamFeed>;
