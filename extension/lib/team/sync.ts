import {
  PULL_FILTER,
  entryDoc,
  hostDoc,
  pullFilterCases,
  recordsFromDocs,
  resolveHostConflict,
} from '../../../core/index.ts';
import type { CaseWorkers, HostRevision } from '../../../core/index.ts';
import { coreEntry, hostCase } from '../case-sources.ts';
import type { StandardyDb, StoredEntry } from '../db.ts';
import type { CaseFacts } from '../facts.ts';
import { TEAM_ADAPTER, hashId } from '../records-service.ts';
import type { RecordsService } from '../records-service.ts';
import { TeamRequestError, guardedFetch, teamClient } from './client.ts';
import type { TeamUser } from './client.ts';
import type { TeamConfig } from './config.ts';
import type { Database, Emitter, SyncHandle } from 'pouchdb-browser';
import { NO_TEAM, deniedCode } from './status.ts';
import type { DeniedDoc, PendingDoc, TeamState, TeamStatus } from './status.ts';

/**
 * The team's records in a worker's browser (docs/team.md): a local PouchDB mirrors the shareable documents
 * — every entry the side panel recorded, and the worker's own readings of their cases' host pages — and
 * PouchDB's replication (`sync`, live, with retry) carries them to the centre's CouchDB and brings back the
 * documents of the worker's cases, which land in the extension's own database (Dexie) so badges and the side
 * panel show them. No home-made sync: this module only decides what to mirror, where remote documents land,
 * and what the status line says. Dexie stays the data of record: nothing is ever deleted from it here.
 *
 * MV3 service workers sleep: `ensure()` is called on start, on the alarm, on sign-in and when the setting
 * changes; it restarts the replication where PouchDB's checkpoints left it.
 */
type Body = Record<string, unknown>;
export type LocalDb = Database;
export type PouchFactory = (name: string, options?: Record<string, unknown>) => LocalDb;

export interface TeamSyncDeps {
  pouch: PouchFactory;
  config(): Promise<TeamConfig | null>;
  /** The browser granted the server's origin (optional host permission). */
  permitted(config: TeamConfig): Promise<boolean>;
  /** This build's CSP lets it connect to the server (team/config.ts `connectSrcAllows`). */
  allowedByBuild(config: TeamConfig): boolean;
  fetch?: typeof fetch;
  db: StandardyDb;
  records: RecordsService;
  /** The policy in force lets free text travel (core Policy `shareFreeText`). */
  shareFreeText(): boolean;
  load(): Promise<TeamStatus | null>;
  save(status: TeamStatus): Promise<void>;
  now(): string;
  /** Something changed: the status (pages re-read it) or the records (badges and panels repaint). */
  changed(what: 'status' | 'records'): void;
  /** Retry delays of the replication (ms): short in tests. */
  backOff?: (delay: number) => number;
}

interface Direction {
  active: boolean;
  error?: { status?: number; name?: string; message?: string };
}

interface Running {
  key: string;
  config: TeamConfig;
  user: string;
  local: LocalDb;
  sync: SyncHandle;
  push: Direction;
  pull: Direction;
}

/** Keep the last few conflict resolutions (the status says how many, and the last one). */
const RESOLVED_KEPT = 20;
/** Past this many cases the pull filter names none (the worker's id selects them). */
const FILTER_CASES_MAX = 300;

export function createTeamSync(deps: TeamSyncDeps) {
  let status: TeamStatus = NO_TEAM;
  let running: Running | undefined;
  const locals = new Map<string, LocalDb>();
  const loaded = deps
    .load()
    .then((s) => {
      if (s) status = s;
    })
    .catch(() => undefined);
  // One ensure() at a time: the alarm, a sign-in and a setting change may come together.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };

  async function setStatus(patch: Partial<TeamStatus>): Promise<void> {
    status = { ...status, ...patch };
    await deps.save(status).catch(() => undefined);
    deps.changed('status');
  }

  function localDb(config: TeamConfig): LocalDb {
    const name = `standardy-team-${hashId(config.dbUrl)}`;
    let db = locals.get(name);
    if (!db) locals.set(name, (db = deps.pouch(name)));
    if (status.local !== name) {
      status = { ...status, local: name };
      void deps.save(status).catch(() => undefined);
    }
    return db;
  }

  /** Delete the local mirror (Dexie keeps every entry: a new mirror is filled from it again). */
  async function dropLocal(): Promise<void> {
    stop();
    const name = status.local;
    if (!name) return;
    const db = locals.get(name) ?? deps.pouch(name);
    locals.delete(name);
    await db.destroy().catch(() => undefined);
    status = { ...status, local: undefined };
  }

  function stop(): void {
    running?.sync.cancel();
    running = undefined;
  }

  /** Bring the replication in line with the setting and the session (idempotent). */
  function ensure(): Promise<TeamStatus> {
    return serial(async () => {
      await loaded;
      const config = await deps.config();
      if (!config) {
        stop();
        if (status.state !== 'off' || status.local) {
          await dropLocal();
          await setStatus({ ...NO_TEAM });
        }
        return status;
      }
      if (!deps.allowedByBuild(config)) return halt('not-allowed');
      if (!(await deps.permitted(config))) return halt('no-permission');
      const client = teamClient(config, deps.fetch);
      let user: TeamUser | null;
      try {
        user = await client.session();
        if (user) await client.checkDatabase();
      } catch (e) {
        const failure = e instanceof TeamRequestError ? e.failure : ({ kind: 'offline' } as const);
        if (failure.kind === 'forbidden') return halt('forbidden', failure.reason);
        if (failure.kind === 'signed-out') return halt(status.user ? 'expired' : 'signed-out');
        // Offline: what is recorded is mirrored locally and waits; the replication retries by itself.
        if (status.user) {
          await mirror();
          await start(config, status.user);
          if (status.state !== 'offline') await setStatus({ state: 'offline' });
        } else await halt('offline');
        return status;
      }
      if (!user) return halt(status.user ? 'expired' : 'signed-out');
      if (!user.roles.includes('worker')) {
        // A supervisor's browser reads the team in the dashboard; it has nothing of its own to replicate.
        stop();
        await setStatus({ state: 'synced', user: user.name, roles: user.roles, syncedAt: deps.now() });
        return status;
      }
      if (status.user !== user.name)
        await setStatus({ user: user.name, roles: user.roles, denied: [], resolved: [], pending: [] });
      await mirror();
      await start(config, user.name);
      return status;
    });
  }

  async function halt(state: TeamState, reason?: string): Promise<TeamStatus> {
    stop();
    if (status.state !== state || status.reason !== reason)
      await setStatus({ state, ...(reason !== undefined ? { reason } : { reason: undefined }) });
    return status;
  }

  async function start(config: TeamConfig, user: string): Promise<void> {
    const cases = await myCases(user);
    const key = `${config.dbUrl}|${user}|${cases}`;
    if (running?.key === key) return;
    stop();
    const local = localDb(config);
    const remote = deps.pouch(config.dbUrl, {
      fetch: guardedFetch(config, deps.fetch),
      skip_setup: true,
    });
    const sync = local.sync(remote, {
      live: true,
      retry: true,
      batch_size: 200,
      back_off_function: deps.backOff ?? ((d: number) => (d === 0 ? 1000 : Math.min(d * 2, 30_000))),
      pull: {
        filter: PULL_FILTER,
        query_params: { worker: user, ...(cases ? { cases } : {}) },
      },
    });
    const run: Running = { key, config, user, local, sync, push: { active: true }, pull: { active: true } };
    running = run;
    const current = () => running === run;
    for (const dir of ['push', 'pull'] as const) {
      const r: Emitter = sync[dir];
      r.on('active', () => {
        run[dir] = { active: true };
        if (current()) void settle(run);
      });
      r.on('paused', (err?: Direction['error']) => {
        run[dir] = { active: false, ...(err ? { error: err } : {}) };
        if (current()) void settle(run);
      });
    }
    sync.on('change', (info) => {
      if (!current()) return;
      const { direction, change } = info as unknown as {
        direction: 'push' | 'pull';
        change: { docs: Body[] };
      };
      if (direction === 'pull') void land(run, change.docs);
      else void pushed(change.docs.map((d) => String(d._id)));
    });
    sync.on('denied', (info: { direction: string; doc: { id?: string; reason?: string } }) => {
      if (!current()) return;
      const { direction, doc } = info;
      if (direction === 'push' && doc.id) void refused(run, doc.id, doc.reason ?? '');
    });
    sync.on('error', (err: Direction['error']) => {
      if (current()) void failed(err);
    });
  }

  /** The state both directions of the replication are in. */
  async function settle(run: Running): Promise<void> {
    if (run.push.active || run.pull.active) {
      if (status.state !== 'syncing') await setStatus({ state: 'syncing' });
      return;
    }
    const error = run.push.error ?? run.pull.error;
    if (error) return failed(error);
    // Both directions caught up: whatever was written here is on the server (or was refused).
    await setStatus({ state: 'synced', syncedAt: deps.now(), pending: [] });
  }

  async function failed(error: Direction['error']): Promise<void> {
    const code = error?.status;
    if (code === 401) {
      stop();
      await setStatus({ state: 'expired' });
    } else if (code === 403) {
      stop();
      await setStatus({ state: 'forbidden', reason: error?.message ?? '' });
    } else if (status.state !== 'offline') await setStatus({ state: 'offline' });
  }

  async function pushed(ids: string[]): Promise<void> {
    const done = new Set(ids);
    if (status.pending.some((p) => done.has(p.id)))
      await setStatus({ pending: status.pending.filter((p) => !done.has(p.id)) });
  }

  /** The server refused a document: it stays here (Dexie and the local mirror) and the status says why. */
  async function refused(run: Running, id: string, reason: string): Promise<void> {
    const pending = status.pending.find((p) => p.id === id);
    const doc = pending ?? (await run.local.get(id).catch(() => undefined));
    const code = deniedCode(reason);
    const rest = status.pending.filter((p) => p.id !== id);
    // The same entry already on the server (written from another computer): nothing is missing there.
    if (code === 'immutable') return setStatus({ pending: rest });
    const denied: DeniedDoc = {
      id,
      system: String((doc as { system?: unknown })?.system ?? ''),
      caseId: String((doc as { caseId?: unknown })?.caseId ?? ''),
      code,
      reason,
    };
    await setStatus({ pending: rest, denied: [...status.denied.filter((d) => d.id !== id), denied] });
  }

  /** Documents pulled from the server land in Dexie; the worker's own host readings lose their conflicts. */
  async function land(run: Running, docs: Body[]): Promise<void> {
    const own = `host:${run.user}:`;
    for (const d of docs) if (String(d._id).startsWith(own)) await resolveConflicts(run, String(d._id));
    const read = recordsFromDocs(docs);
    const entries: StoredEntry[] = read.entries;
    const host = read.host.map(({ by: _by, ...h }) => h);
    const changed = await deps.records.landTeam({ host, entries });
    if (changed) deps.changed('records');
  }

  async function resolveConflicts(run: Running, id: string): Promise<void> {
    const doc = await run.local.get(id, { conflicts: true }).catch(() => undefined);
    if (!doc?._conflicts?.length) return;
    const leaves = (await run.local.get(id, { open_revs: 'all' })) as unknown as { ok?: Body }[];
    const live = leaves.flatMap((l) =>
      l.ok && !l.ok._deleted ? [l.ok as unknown as HostRevision & Body] : [],
    );
    if (live.length < 2) return;
    const { keep, drop } = resolveHostConflict(live);
    const winner = doc._rev;
    const { _rev: _keptRev, ...content } = keep;
    const writes: Body[] = [];
    if (keep._rev !== winner) writes.push({ ...content, _id: id, _rev: winner });
    for (const leaf of live)
      if (leaf._rev !== winner && (keep._rev === winner ? leaf !== keep : true))
        writes.push({ _id: id, _rev: leaf._rev, _deleted: true });
    await run.local.bulkDocs(writes);
    const note = {
      caseId: String(keep.caseId ?? ''),
      kept: keep.host.seenOn,
      dropped: drop.map((d) => d.host.seenOn),
    };
    await setStatus({
      resolved: [...status.resolved, note].slice(-RESOLVED_KEPT),
      pending: [
        ...status.pending,
        { id, system: String(keep.system ?? ''), caseId: note.caseId, change: false },
      ],
    });
  }

  /** Cases this browser knows as the worker's (the pull filter's `cases`). */
  async function myCases(user: string): Promise<string> {
    const mine = (await deps.db.cases.toArray()).filter(
      (f) => f.socialWorker === user || f.benefitsWorker === user,
    );
    return mine.length > FILTER_CASES_MAX ? '' : pullFilterCases(mine);
  }

  /**
   * Write into the local mirror what may be shared and is not there yet: every entry (free text withheld
   * unless the policy shares it), and this worker's own readings of their cases' host pages. Nothing at all
   * while no server is configured and no worker ever signed in.
   */
  async function mirror(only?: { system: string; caseId: string }): Promise<number> {
    const config = await deps.config();
    const user = status.user;
    if (!config || !user || status.roles?.includes('worker') === false) return 0;
    const local = localDb(config);
    const share = deps.shareFreeText();
    const workers = new Map<string, CaseWorkers>();
    for (const c of await deps.records.allCases()) {
      const r = c.built.record;
      workers.set(`${c.system}\u0000${c.caseId}`, {
        socialWorker: r.socialWorker,
        ...(r.benefitsWorker !== undefined ? { benefitsWorker: r.benefitsWorker } : {}),
      });
    }
    const entries = only
      ? await deps.db.entries.where('[system+caseId]').equals([only.system, only.caseId]).toArray()
      : await deps.db.entries.toArray();
    const facts: CaseFacts[] = only
      ? [await deps.db.cases.get([only.system, only.caseId])].filter((f): f is CaseFacts => !!f)
      : await deps.db.cases.toArray();
    const factsByCase = new Map(facts.map((f) => [`${f.system}\u0000${f.caseId}`, f]));
    const candidates: { doc: Body; pending: PendingDoc }[] = [];
    for (const e of entries) {
      const key = `${e.system}\u0000${e.caseId}`;
      const f = factsByCase.get(key) ?? (await deps.db.cases.get([e.system, e.caseId]));
      const w =
        workers.get(key) ?? (f ? { socialWorker: f.socialWorker, benefitsWorker: f.benefitsWorker } : {});
      // A case no source names a worker of cannot be shown to be anyone's: it waits here.
      if (w.socialWorker === undefined && w.benefitsWorker === undefined) continue;
      const doc = entryDoc(coreEntry(e), e.system, w, { author: user, shareFreeText: share });
      candidates.push({
        doc: doc as unknown as Body,
        pending: { id: doc._id, system: e.system, caseId: e.caseId, change: e.kind !== 'case' },
      });
    }
    for (const f of facts) {
      if (f.adapterId === TEAM_ADAPTER || (f.socialWorker !== user && f.benefitsWorker !== user)) continue;
      const doc = hostDoc(hostCase(f), f.system, user);
      candidates.push({
        doc: doc as unknown as Body,
        pending: { id: doc._id, system: f.system, caseId: f.caseId, change: false },
      });
    }
    if (!candidates.length) return 0;
    const rows = (await local.allDocs({ keys: candidates.map((c) => String(c.doc._id)), include_docs: true }))
      .rows as { key: string; doc?: Body | null; value?: { rev: string; deleted?: boolean } }[];
    const writes: Body[] = [];
    const added: PendingDoc[] = [];
    candidates.forEach((c, i) => {
      const row = rows[i];
      const existing = row && 'doc' in row && row.doc && !row.value?.deleted ? row.doc : undefined;
      if (existing) {
        // Entries never change; a host reading is rewritten when it says something new.
        if (c.doc.type === 'entry' || sameContent(existing, c.doc)) return;
        writes.push({ ...c.doc, _rev: existing._rev });
      } else writes.push(row?.value?.rev ? { ...c.doc, _rev: row.value.rev } : c.doc);
      added.push(c.pending);
    });
    if (!writes.length) return 0;
    const results = (await local.bulkDocs(writes)) as { id?: string; ok?: boolean }[];
    const ok = new Set(results.flatMap((r) => (r.ok && r.id ? [r.id] : [])));
    const fresh = added.filter((p) => ok.has(p.id));
    if (fresh.length) {
      const known = new Set(status.pending.map((p) => p.id));
      await setStatus({ pending: [...status.pending, ...fresh.filter((p) => !known.has(p.id))] });
    }
    return fresh.length;
  }

  return {
    ensure,
    /** Mirror one case right after a side-panel change (or everything after an import). */
    async changed(only?: { system: string; caseId: string }): Promise<void> {
      await loaded;
      if (!running && !status.user) return;
      await mirror(only).catch((e: unknown) => console.error('standardy: zespół', e));
      if (running && !only) await ensure();
    },
    async signIn(name: string, password: string): Promise<TeamUser> {
      await loaded;
      const config = await deps.config();
      if (!config) throw new TeamRequestError({ kind: 'server', status: 0, reason: 'not configured' });
      const user = await teamClient(config, deps.fetch).signIn(name, password);
      if (status.user !== user.name)
        await setStatus({ user: user.name, roles: user.roles, denied: [], resolved: [], pending: [] });
      else await setStatus({ roles: user.roles });
      await ensure();
      return user;
    },
    async signOut(): Promise<void> {
      await loaded;
      const config = await deps.config();
      stop();
      if (config) await teamClient(config, deps.fetch).signOut();
      await setStatus({ state: config ? 'signed-out' : 'off', user: undefined, roles: undefined });
    },
    /** The browser's data were wiped: the mirror goes too; signed in, the worker's cases come back from the server. */
    async wipeLocal(): Promise<void> {
      await loaded;
      await dropLocal();
      await setStatus({ pending: [], denied: [], resolved: [] });
      if (status.user) await ensure();
    },
    status: async () => {
      await loaded;
      return status;
    },
    /** The entries and readings this browser holds that the server refused (the side panel shows them). */
    deniedOf: (system: string, caseId: string) =>
      status.denied.filter((d) => d.system === system && d.caseId === caseId),
    stop,
  };
}
export type TeamSync = ReturnType<typeof createTeamSync>;

/** Two versions of a document say the same (CouchDB's own fields aside). */
function sameContent(a: Body, b: Body): boolean {
  const strip = ({ _id: _i, _rev: _r, _revisions: _v, _conflicts: _c, ...rest }: Body) => canonical(rest);
  return strip(a) === strip(b);
}

/** JSON with object keys in order: the same content gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Body)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Body)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}
