import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryDoc, hostDoc } from '../../core/index.ts';
import type { CaseEntry, HostCase } from '../../core/index.ts';
import { TEST_PASSWORD, forgetSecrets, startTeamServer } from '../../test/support/team-server.ts';
import type { TestCouch } from '../../test/support/couch.ts';
import type { TeamFeedState } from './team-feed.ts';

/** The supervisor's feed against the test server: the first load, then live changes and a host conflict. */
const DB = 'zespol';
const PASSWORD = TEST_PASSWORD;
const SYSTEM = 'http://127.0.0.1:4310';
let couch: TestCouch;
let createTeamFeed: typeof import('./team-feed.ts').createTeamFeed;

const basic = (name: string) => `Basic ${Buffer.from(`${name}:${PASSWORD}`).toString('base64')}`;
const as =
  (name: string): typeof fetch =>
  (input, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', basic(name));
    return fetch(input, { ...init, headers });
  };
const host: HostCase = {
  caseId: 'OPS/7',
  standard: 'sw-older',
  socialWorker: 'PS-01',
  stage: '1b',
  seenOn: '2026-03-01',
};
const entry = (id: string, tool: string): CaseEntry => ({
  id,
  caseId: 'OPS/7',
  kind: 'tool',
  tool,
  action: 'done',
  on: '2026-03-02',
  origin: 'worker',
  by: 'PS-01',
});
async function put(doc: { _id: string }, who = 'PS-01') {
  const res = await as(who)(`${couch.url}/${DB}/${encodeURIComponent(doc._id)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(doc),
  });
  expect(res.status).toBe(201);
}

beforeAll(async () => {
  (globalThis as { self?: unknown }).self ??= globalThis;
  ({ createTeamFeed } = await import('./team-feed.ts'));
  couch = await startTeamServer({
    db: DB,
    users: [
      ['PS-01', 'worker'],
      ['KO-1', 'supervisor'],
    ],
  });
  await put(hostDoc(host, SYSTEM, 'PS-01'));
  await put(
    entryDoc(entry('e-1', 'os-interview-older'), SYSTEM, host, { author: 'PS-01', shareFreeText: false }),
  );
}, 90_000);
afterAll(async () => {
  forgetSecrets();
  await couch?.stop();
});

describe('the dashboard’s team feed', () => {
  it('loads every document, then follows the changes live, saying which case changed', async () => {
    const states: TeamFeedState[] = [];
    const config = { url: couch.url, database: DB, origin: couch.url, dbUrl: `${couch.url}/${DB}` };
    const feed = createTeamFeed(config, (s) => states.push(s), { fetch: as('KO-1') });
    await feed.load();
    const first = states.at(-1)!;
    expect(first).toMatchObject({ phase: 'live', cases: 1, authors: 1, invalid: 0 });
    expect(first.records!.entries.map((e) => e.id)).toEqual(['e-1']);
    expect(first.changed).toBeUndefined();

    await put(entryDoc(entry('e-2', 'fs-genogram'), SYSTEM, host, { author: 'PS-01', shareFreeText: false }));
    await expect.poll(() => states.at(-1)!.changed, { timeout: 10_000 }).toEqual(['OPS/7']);
    expect(
      states
        .at(-1)!
        .records!.entries.map((e) => e.id)
        .sort(),
    ).toEqual(['e-1', 'e-2']);
    feed.stop();
  });

  it('a reader who is not a member gets a plain failure, not an exception', async () => {
    const states: TeamFeedState[] = [];
    const config = { url: couch.url, database: DB, origin: couch.url, dbUrl: `${couch.url}/${DB}` };
    const feed = createTeamFeed(config, (s) => states.push(s), { fetch });
    await feed.load();
    expect(states.at(-1)).toMatchObject({ phase: 'failed', failure: 'signed-out' });
    feed.stop();
  });
});
