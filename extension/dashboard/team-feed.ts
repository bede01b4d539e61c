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
  let state: TeamFeedState = { phase: 'loading', invalid: 0, conflicts: 0 };
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

  function snapshot(): SharedRecords & { invalid: number } {
    const out: SharedRecords & { invalid: number } = { host: [], entries: [], invalid: 0 };
    for (const p of docs.values()) {
      if (p === 'invalid') out.invalid++;
      else if (p.entry) out.entries.push(p.entry);
      else if (p.host) out.host.push(p.host);
    }
    return out;
  }

  const touched = new Set<string>();
  function emit(patch: Partial<TeamFeedState>): void {
    const { invalid, ...records } = snapshot();
    const { changed: _previous, ...rest } = state;
    state = {
      ...rest,
      ...patch,
      records,
      invalid,
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
      docs.delete(id);
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
    if (parsed) docs.set(id, parsed);
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
          else {
            const parsed = parse(doc);
            if (parsed) docs.set(String(doc._id), parsed);
          }
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
