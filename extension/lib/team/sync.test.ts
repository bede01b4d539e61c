import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'pouchdb-browser';
import { compileRules } from '../../../core/index.ts';
import { startGate } from '../../../test/support/couch.ts';
import { TEST_PASSWORD, forgetSecrets, startTeamServer } from '../../../test/support/team-server.ts';
import type { Gate, TestCouch } from '../../../test/support/couch.ts';
import { StandardyDb } from '../db.ts';
import type { CaseRead } from '../facts.ts';
import { createRecordsService } from '../records-service.ts';
import { FactsStore } from '../store.ts';
import { checkTeamSetting, teamConfig } from './config.ts';
import type { TeamConfig } from './config.ts';
import { createTeamSync } from './sync.ts';
import type { PouchFactory } from './sync.ts';
import type { TeamStatus } from './status.ts';
import { statusLine } from './status.ts';

/**
 * The team's replication as two (or three) browsers run it, in Node: each "browser" has its own Dexie
 * database (fake-indexeddb), its own local PouchDB (PouchDB's memory adapter stands in for IndexedDB, which
 * PouchDB's idb adapter cannot use under fake-indexeddb), its own cookie jar, and reaches the test server
 * (pouchdb-server) through a gate that can cut the connection.
 */
const SYSTEM = 'http://127.0.0.1:4310';
const TODAY = '2026-03-10';
const DB = 'zespol';
const PASSWORD = TEST_PASSWORD;
let couch: TestCouch;
let gate: Gate;
let Pouch: { new (name: string, options?: Record<string, unknown>): Database };
let n = 0;

const CASE_7: CaseRead = {
  caseId: 'OPS/7',
  socialWorker: 'PS-01',
  benefitsWorker: 'PB-01',
  standard: 'sw-older',
  stage: '1b',
  openedOn: '2026-01-05',
  stageHistory: [
    { stage: '1a', enteredOn: '2026-01-05' },
    { stage: '1b', enteredOn: '2026-01-20' },
  ],
  documents: [{ tool: 'oo-recognition-interview', on: '2026-01-05', status: 'done' }],
  status: 'active',
};
/** A case neither PS-01 nor PB-01 works. */
const CASE_9: CaseRead = { ...CASE_7, caseId: 'OPS/9', socialWorker: 'PS-05', benefitsWorker: 'PB-05' };

/** fetch with a cookie jar: what the browser does with CouchDB's AuthSession cookie. */
function cookieFetch(): typeof fetch & { jar: Map<string, string> } {
  const jar = new Map<string, string>();
  const f = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (jar.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(input, { ...init, headers });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, v] = pair!.split('=');
      if (k && v !== undefined) jar.set(k.trim(), v);
    }
    return res;
  }) as typeof fetch & { jar: Map<string, string> };
  f.jar = jar;
  return f;
}

/** One browser profile: its database, its records, its team sync. */
async function browser(
  author: string,
  cases: CaseRead[],
  options: { config?: TeamConfig | null; fetch?: typeof fetch; pouch?: PouchFactory } = {},
) {
  const id = n++;
  const db = new StandardyDb(`team-${id}`);
  const store = new FactsStore(db);
  const rules = compileRules();
  const records = createRecordsService({
    db,
    store,
    rules: () => rules,
    today: () => TODAY,
    retention: async () => ({ days: null, managed: false }),
    author: async () => author,
  });
  await store.remember(SYSTEM, 'demo', cases, TODAY, true);
  await store.flush();
  let saved: TeamStatus | null = null;
  const http = options.fetch ?? cookieFetch();
  const config =
    options.config === undefined ? teamConfig(checked(`${gate.url}`, DB), false) : options.config;
  const team = createTeamSync({
    pouch:
      options.pouch ??
      ((name, opts) =>
        name.startsWith('http') ? new Pouch(name, opts) : new Pouch(`${name}-${id}`, { adapter: 'memory' })),
    config: async () => config,
    permitted: async () => true,
    allowedByBuild: () => true,
    fetch: http,
    db,
    records,
    shareFreeText: () => false,
    load: async () => saved,
    save: async (s) => void (saved = s),
    now: () => new Date().toISOString(),
    changed: () => undefined,
    backOff: () => 200,
  });
  const record = async (caseId: string, change: unknown) => {
    const answer = await records.change(SYSTEM, caseId, change);
    expect(answer).toEqual({ ok: true });
    await team.changed({ system: SYSTEM, caseId });
  };
  return { db, records, team, http, record };
}

function checked(url: string, database: string) {
  const c = checkTeamSetting(url, database);
  if (!c.ok) throw new Error(c.problem);
  return c.value;
}

async function until<T>(
  what: string,
  probe: () => Promise<T>,
  ok: (v: T) => boolean,
  ms = 20_000,
): Promise<T> {
  const end = Date.now() + ms;
  let last: T = await probe();
  while (!ok(last)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await probe();
  }
  return last;
}

const serverDoc = async (id: string) => {
  const res = await fetch(`${couch.url}/${DB}/${encodeURIComponent(id)}`, {
    headers: { authorization: couch.adminAuth },
  });
  return res.ok ? ((await res.json()) as Record<string, unknown>) : null;
};
const toolsOf = async (b: Awaited<ReturnType<typeof browser>>, caseId = 'OPS/7') =>
  (await b.records.view(SYSTEM, caseId))!.record.tools.map((t) => t.tool).sort();

beforeAll(async () => {
  (globalThis as { self?: unknown }).self ??= globalThis;
  const { default: PouchDB } = await import('pouchdb-browser');
  const { default: memory } = await import('pouchdb-adapter-memory' as string);
  PouchDB.plugin(memory);
  Pouch = PouchDB;
  couch = await startTeamServer({
    db: DB,
    users: [
      ['PS-01', 'worker'],
      ['PB-01', 'worker'],
    ],
  });
  gate = await startGate(couch.url);
}, 90_000);
afterAll(async () => {
  forgetSecrets();
  await gate?.stop();
  await couch?.stop();
});

describe('the team’s replication in the worker’s browser', () => {
  it('without a server configured nothing is mirrored and no request is made', async () => {
    const calls: string[] = [];
    const spyFetch = (async (input: RequestInfo | URL) => {
      calls.push(String(input));
      throw new Error('no request expected');
    }) as typeof fetch;
    const made: string[] = [];
    const b = await browser('PS-01', [CASE_7], {
      config: null,
      fetch: spyFetch,
      pouch: (name) => {
        made.push(name);
        throw new Error('no database expected');
      },
    });
    expect((await b.team.ensure()).state).toBe('off');
    await b.record('OPS/7', { kind: 'tool-done', tool: 'os-interview-older', on: TODAY });
    await b.team.ensure();
    expect(calls).toEqual([]);
    expect(made).toEqual([]);
    expect(statusLine('pl', await b.team.status())).toBe('');
  });

  it('signed out, nothing is sent; a sign-in with a wrong password is refused plainly', async () => {
    const b = await browser('PS-01', [CASE_7]);
    expect((await b.team.ensure()).state).toBe('signed-out');
    await expect(b.team.signIn('PS-01', 'wrong-password')).rejects.toMatchObject({
      failure: { kind: 'bad-credentials' },
    });
    expect(statusLine('pl', await b.team.status())).toBe('nie zalogowano — zaloguj się');
  });

  it('A’s tool and B’s offline change to the same case both reach the server and both browsers', async () => {
    const a = await browser('PS-01', [CASE_7]);
    const b = await browser('PB-01', [CASE_7]);
    await a.team.signIn('PS-01', PASSWORD);
    await b.team.signIn('PB-01', PASSWORD);
    // The password is not kept: only the server's cookie.
    expect(JSON.stringify(await a.team.status())).not.toContain(PASSWORD);

    await a.record('OPS/7', { kind: 'tool-done', tool: 'os-interview-older', on: TODAY });
    const synced = await until('A synced', a.team.status, (s) => s.state === 'synced' && !s.pending.length);
    expect(statusLine('pl', synced)).toMatch(/^zsynchronizowano \d\d:\d\d$/);
    await until(
      'B sees A’s tool',
      () => toolsOf(b),
      (t) => t.includes('os-interview-older'),
    );

    // B's connection to the server is cut: the change is kept and waits.
    gate.setOpen(false);
    await b.record('OPS/7', { kind: 'tool-done', tool: 'fs-genogram', on: TODAY });
    const offline = await until('B offline', b.team.status, (s) => s.state === 'offline');
    expect(statusLine('pl', offline)).toBe('bez połączenia — 1 zmiana czeka');
    expect(await toolsOf(b)).toEqual(['fs-genogram', 'oo-recognition-interview', 'os-interview-older']);

    gate.setOpen(true);
    await until('B synced', b.team.status, (s) => s.state === 'synced' && !s.pending.length);
    await until(
      'A sees B’s tool',
      () => toolsOf(a),
      (t) => t.includes('fs-genogram'),
    );
    expect(await toolsOf(a)).toEqual(await toolsOf(b));
    // On the server: both entries, each by its author, free text never.
    const all = (await (
      await fetch(`${couch.url}/${DB}/_all_docs?include_docs=true`, {
        headers: { authorization: couch.adminAuth },
      })
    ).json()) as { rows: { doc: { type?: string; entry?: { by?: string; kind?: string } } }[] };
    const tools = all.rows
      .filter((r) => r.doc.entry?.kind === 'tool')
      .map((r) => r.doc.entry!.by)
      .sort();
    expect(tools).toEqual(['PB-01', 'PS-01']);
  });

  it('a write to a case that is not the worker’s is refused by the server, kept, and said plainly', async () => {
    const b = await browser('PB-01', [CASE_7, CASE_9]);
    await b.team.signIn('PB-01', PASSWORD);
    await b.record('OPS/9', { kind: 'tool-done', tool: 'fs-genogram', on: TODAY });
    const s = await until('denied', b.team.status, (x) => x.denied.some((d) => d.caseId === 'OPS/9'));
    const denied = s.denied.filter((d) => d.caseId === 'OPS/9');
    expect(denied.map((d) => d.code)).toContain('not-case-worker');
    expect(b.team.deniedOf(SYSTEM, 'OPS/9').length).toBeGreaterThan(0);
    // Never lost: the entry is still this browser's record of the case.
    expect(await toolsOf(b, 'OPS/9')).toContain('fs-genogram');
    const tool = (await b.db.entries.toArray()).find((e) => e.caseId === 'OPS/9' && e.kind === 'tool')!;
    expect(await serverDoc(tool.id)).toBeNull();
    await until('B settles', b.team.status, (x) => x.state === 'synced');
    expect(statusLine('pl', await b.team.status())).toMatch(/^zsynchronizowano/);
  });

  it('an expired session asks to sign in again and keeps what waits', async () => {
    const a = await browser('PS-01', [CASE_7]);
    await a.team.signIn('PS-01', PASSWORD);
    await until('A synced', a.team.status, (s) => s.state === 'synced');
    (a.http as ReturnType<typeof cookieFetch>).jar.clear();
    a.team.stop();
    expect((await a.team.ensure()).state).toBe('expired');
    await a.record('OPS/7', { kind: 'note', on: TODAY, noSignificantChange: true });
    expect(statusLine('pl', await a.team.status())).toBe('sesja wygasła — zaloguj ponownie — 1 zmiana czeka');
    await a.team.signIn('PS-01', PASSWORD);
    await until('A synced again', a.team.status, (s) => s.state === 'synced' && !s.pending.length);
  });

  it('one worker on two computers, both offline: the newer host reading wins and the resolution is recorded', async () => {
    const one = await browser('PS-01', [CASE_7]);
    const two = await browser('PS-01', [CASE_7]);
    await one.team.signIn('PS-01', PASSWORD);
    await two.team.signIn('PS-01', PASSWORD);
    await until('one synced', one.team.status, (s) => s.state === 'synced' && !s.pending.length);
    await until('two synced', two.team.status, (s) => s.state === 'synced' && !s.pending.length);
    gate.setOpen(false);
    // Computer one reads the case page on the 8th, computer two on the 9th (its reading is newer).
    await one.db.cases.update([SYSTEM, 'OPS/7'], { seenOn: '2026-03-08', stageSince: '2026-03-08' });
    await two.db.cases.update([SYSTEM, 'OPS/7'], { seenOn: '2026-03-09', stageSince: '2026-03-09' });
    await one.team.changed();
    await two.team.changed();
    gate.setOpen(true);
    await one.team.ensure();
    await two.team.ensure();
    const id = `host:PS-01:${SYSTEM}:OPS/7`;
    const final = await until(
      'the conflict resolved on the server',
      async () => {
        const res = await fetch(`${couch.url}/${DB}/${encodeURIComponent(id)}?conflicts=true`, {
          headers: { authorization: couch.adminAuth },
        });
        return (await res.json()) as { _conflicts?: string[]; host?: { seenOn: string } };
      },
      (d) => !d._conflicts && d.host?.seenOn === '2026-03-09',
    );
    expect(final.host?.seenOn).toBe('2026-03-09');
    const resolved = [...(await one.team.status()).resolved, ...(await two.team.status()).resolved];
    expect(resolved).toContainEqual({ caseId: 'OPS/7', kept: '2026-03-09', dropped: ['2026-03-08'] });
  });
});
