import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  WITHHELD_TEXT,
  checkCaseFile,
  compileRules,
  entryDoc,
  hostDoc,
  recordsFromDocs,
  sharedForBuilder,
  teamCases,
} from '../core/index.ts';
import type { CaseEntry, HostCase } from '../core/index.ts';
import { startTestCouch } from '../test/support/couch.ts';
import type { TestCouch } from '../test/support/couch.ts';
import { setSecrets } from './secrets.ts';
import { main } from './main.ts';

/**
 * `standardy team init` / `add-user` against the test server (pouchdb-server, the CouchDB stand-in), and
 * the validate function they install exercised there: the same cases design.test.ts calls directly.
 */
let couch: TestCouch;
const DB = 'zespol';
const SYSTEM = 'http://127.0.0.1:4310';
const TODAY = '2026-03-10';
const PASSWORD = 'haslo-testowe-1';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const basic = (name: string, password = PASSWORD) =>
  `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
async function as(user: string | null, method: string, path: string, body?: unknown) {
  const res = await fetch(`${couch.url}/${DB}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(user === null ? {} : { authorization: user === 'admin' ? couch.adminAuth : basic(user) }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const host: HostCase = {
  caseId: 'OPS/7',
  standard: 'sw-older',
  socialWorker: 'PS-01',
  benefitsWorker: 'PB-01',
  openedOn: '2026-01-05',
  stage: '1b',
  stageSince: '2026-01-20',
  status: 'active',
  seenOn: '2026-03-01',
  detail: {
    seenOn: '2026-03-01',
    stageHistory: [
      { stage: '1a', enteredOn: '2026-01-05' },
      { stage: '1b', enteredOn: '2026-01-20' },
    ],
    documents: [{ tool: 'oo-recognition-interview', on: '2026-01-05', status: 'done' }],
  },
};
const toolEntry = (id: string, by: string, tool: string, extra: Partial<CaseEntry> = {}): CaseEntry =>
  ({
    id,
    caseId: 'OPS/7',
    kind: 'tool',
    tool,
    action: 'done',
    on: '2026-03-02',
    origin: 'worker',
    by,
    at: '2026-03-02T09:00:00.000Z',
    ...extra,
  }) as CaseEntry;
const docOf = (e: CaseEntry) => entryDoc(e, SYSTEM, host, { author: e.by!, shareFreeText: false });

/** The IT admin's, a new user's and the supervisor's credentials, as the environment gives them. */
const env = () => ({
  COUCHDB_USER: couch.admin.name,
  COUCHDB_PASSWORD: couch.admin.password,
  STANDARDY_USER_PASSWORD: PASSWORD,
  STANDARDY_TEAM_USER: 'KO-1',
  STANDARDY_TEAM_PASSWORD: PASSWORD,
});

beforeAll(async () => {
  couch = await startTestCouch();
  setSecrets({ env: env() });
}, 90_000);
afterAll(async () => {
  setSecrets({ env: process.env });
  await couch?.stop();
});

describe('standardy team init and add-user', () => {
  it('creates the database, its _security and the design document; a second run updates them', async () => {
    const first = await run('team', 'init', couch.url, '--db', DB);
    expect(first.code).toBe(0);
    expect(first.out).toContain(`Utworzono bazę ${DB}.`);
    const again = await run('team', 'init', couch.url, '--db', DB);
    expect(again.code).toBe(0);
    expect(again.out).toContain('już istnieje');
    const security = await as('admin', 'GET', '/_security');
    expect(security.body).toEqual({
      admins: { names: [], roles: ['it'] },
      members: { names: [], roles: ['worker', 'supervisor'] },
    });
    const ddoc = await as('admin', 'GET', '/_design/standardy');
    expect(String(ddoc.body._rev)).toMatch(/^2-/);
    expect(ddoc.body.validate_doc_update).toMatch(/^function \(newDoc/);
  });

  it('adds workers and a supervisor with their roles; an existing user keeps the password', async () => {
    for (const [name, role] of [
      ['PS-01', 'worker'],
      ['PB-01', 'worker'],
      ['PS-03', 'worker'],
      ['KO-1', 'supervisor'],
    ])
      expect((await run('team', 'add-user', couch.url, '--name', name!, '--role', role!)).code).toBe(0);
    const again = await run('team', 'add-user', couch.url, '--name', 'PS-03', '--role', 'worker');
    expect(again.out).toContain('hasło bez zmian');
    const session = await fetch(`${couch.url}/_session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'PS-03', password: PASSWORD }),
    });
    expect(await session.json()).toMatchObject({ ok: true, name: 'PS-03', roles: ['worker'] });
  });

  it('refuses credentials in the URL, a name that is not a pseudonymous id, and a wrong password', async () => {
    const url = new URL(couch.url);
    url.username = 'admin';
    url.password = 'x';
    const inUrl = await run('team', 'init', url.href, '--db', DB);
    expect(inUrl.code).toBe(2);
    expect(inUrl.err).toContain('historia powłoki');
    const name = await run('team', 'add-user', couch.url, '--name', 'Jan Kowalski', '--role', 'worker');
    expect(name.code).toBe(2);
    setSecrets({ env: { COUCHDB_USER: 'admin', COUCHDB_PASSWORD: 'wrong' } });
    const wrong = await run('team', 'init', couch.url, '--db', DB);
    setSecrets({ env: env() });
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('HTTP 401');
    // Without the environment and without a terminal nothing is guessed.
    setSecrets({ env: {} });
    const none = await run('team', 'init', couch.url, '--db', DB);
    setSecrets({ env: env() });
    expect(none.code).toBe(2);
    expect(none.err).toContain('COUCHDB_USER');
  });
});

describe('the validate function on the server', () => {
  it('members only: anonymous readers get 401, a supervisor reads', async () => {
    expect((await as(null, 'GET', '/_all_docs')).status).toBe(401);
    expect((await as('KO-1', 'GET', '/_all_docs')).status).toBe(200);
  });

  it('the social and the benefits worker write their own entries of the case', async () => {
    const a = await as('PS-01', 'PUT', '/a-1', docOf(toolEntry('a-1', 'PS-01', 'os-interview-older')));
    expect(a.status).toBe(201);
    const b = await as('PB-01', 'PUT', '/b-1', {
      ...entryDoc(
        {
          id: 'b-1',
          caseId: 'OPS/7',
          kind: 'benefits-info',
          form: 'opinion',
          on: '2026-03-03',
          origin: 'worker',
          by: 'PB-01',
        },
        SYSTEM,
        host,
        { author: 'PB-01', shareFreeText: false },
      ),
    });
    expect(b.status).toBe(201);
    expect(
      (
        await as(
          'PS-01',
          'PUT',
          `/${encodeURIComponent(hostDoc(host, SYSTEM, 'PS-01')._id)}`,
          hostDoc(host, SYSTEM, 'PS-01'),
        )
      ).status,
    ).toBe(201);
  });

  it('refuses with 403: another case’s worker, another author, an unknown field, free text, a change', async () => {
    const other = await as('PS-03', 'PUT', '/c-1', docOf(toolEntry('c-1', 'PS-03', 'fs-genogram')));
    expect(other.status).toBe(403);
    expect(String(other.body.reason)).toMatch(/^not-case-worker: nie jesteś pracownikiem socjalnym/);
    expect((await as('PB-01', 'PUT', '/c-2', docOf(toolEntry('c-2', 'PS-01', 'fs-genogram')))).status).toBe(
      403,
    );
    const extra = await as('PS-01', 'PUT', '/c-3', {
      ...docOf(toolEntry('c-3', 'PS-01', 'fs-genogram')),
      client: 'Jan Kowalski',
    });
    expect(extra.status).toBe(403);
    expect(String(extra.body.reason)).toContain('client (additionalProperties)');
    const text = docOf(
      toolEntry('c-4', 'PS-01', 'fs-genogram', { action: 'waived', reason: 'Pan Nowak odmówił' }),
    );
    expect((await as('PS-01', 'PUT', '/c-4', text)).status).toBe(201);
    expect((text.entry as { reason?: string }).reason).toBe(WITHHELD_TEXT);
    const leaked = { ...text, _id: 'c-5', entry: { ...text.entry, id: 'c-5', reason: 'Pan Nowak odmówił' } };
    expect((await as('PS-01', 'PUT', '/c-5', leaked)).status).toBe(403);
    const current = await as('PS-01', 'GET', '/a-1');
    const changed = await as('PS-01', 'PUT', '/a-1', {
      ...current.body,
      entry: { ...(current.body.entry as object), on: '2026-03-01' },
    });
    expect(changed.status).toBe(403);
    expect((await as('KO-1', 'PUT', '/k-1', docOf(toolEntry('k-1', 'KO-1', 'fs-genogram')))).status).toBe(
      403,
    );
  });

  it('a replicated write (new_edits=false) is checked the same way: one refused, the other stored', async () => {
    const bad = {
      ...docOf(toolEntry('r-1', 'PS-03', 'fs-ecomap')),
      _rev: '1-aaa',
      _revisions: { start: 1, ids: ['aaa'] },
    };
    const good = {
      ...docOf(toolEntry('r-2', 'PS-01', 'fs-ecomap')),
      _rev: '1-bbb',
      _revisions: { start: 1, ids: ['bbb'] },
    };
    const res = await fetch(`${couch.url}/${DB}/_bulk_docs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: basic('PS-03') },
      body: JSON.stringify({ new_edits: false, docs: [bad] }),
    });
    expect(await res.json()).toEqual([expect.objectContaining({ id: 'r-1', error: 'forbidden' })]);
    const ok = await fetch(`${couch.url}/${DB}/_bulk_docs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: basic('PS-01') },
      body: JSON.stringify({ new_edits: false, docs: [good] }),
    });
    expect(await ok.json()).toEqual([]);
    expect((await as('KO-1', 'GET', '/r-2')).status).toBe(200);
    expect((await as('KO-1', 'GET', '/r-1')).status).toBe(404);
  });

  it('a replicated update of one’s own host document lands (and the newer reading wins a conflict)', async () => {
    const id = encodeURIComponent(hostDoc(host, SYSTEM, 'PS-01')._id);
    const stored = await as('PS-01', 'GET', `/${id}?revs=true`);
    const rev = String(stored.body._rev);
    const [gen, hash] = rev.split('-');
    const newer = { ...hostDoc({ ...host, seenOn: '2026-03-05' }, SYSTEM, 'PS-01') };
    const older = { ...hostDoc({ ...host, seenOn: '2026-03-02' }, SYSTEM, 'PS-01') };
    const res = await fetch(`${couch.url}/${DB}/_bulk_docs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: basic('PS-01') },
      body: JSON.stringify({
        new_edits: false,
        docs: [
          {
            ...newer,
            _rev: `${Number(gen) + 1}-aaaa`,
            _revisions: { start: Number(gen) + 1, ids: ['aaaa', hash] },
          },
          {
            ...older,
            _rev: `${Number(gen) + 1}-ffff`,
            _revisions: { start: Number(gen) + 1, ids: ['ffff', hash] },
          },
        ],
      }),
    });
    expect(await res.json()).toEqual([]);
    const now = await as('KO-1', 'GET', `/${id}?conflicts=true`);
    // CouchDB's own winner is the older reading (higher revision hash); the readers resolve it.
    expect(now.body._rev).toBe(`${Number(gen) + 1}-ffff`);
    expect(now.body._conflicts).toEqual([`${Number(gen) + 1}-aaaa`]);
  });
});

describe('check --team and audit --team read the same records', () => {
  it('check --team: the team’s cases from the server, evaluated as the core evaluates those documents', async () => {
    const r = await run('check', '--team', couch.url, '--db', DB, '--today', TODAY, '--json');
    expect(r.code).toBe(0);
    expect(r.err).toContain('rozstrzygniętych konfliktów 1');
    const report = JSON.parse(r.out);
    const all = await as('KO-1', 'GET', '/_all_docs?include_docs=true');
    const docs = (all.body.rows as { doc: { _id: string; host?: HostCase } }[]).map((row) => row.doc);
    // The host document as the newer reading (what the CLI resolved).
    const read = recordsFromDocs(
      docs.map((d) => (d.host ? { ...d, host: { ...d.host, seenOn: '2026-03-05' } } : d)),
    );
    const expected = checkCaseFile(
      { formatVersion: 1, records: teamCases({ shared: sharedForBuilder(read) }, TODAY).records },
      compileRules(),
      TODAY,
    );
    expect(report.completeness).toEqual(expected.completeness);
    expect(report.cases.map((c: { caseId: string }) => c.caseId)).toEqual(['OPS/7']);
    const tools = report.cases[0].checklist.filter((i: { status: string }) => i.status === 'done');
    expect(tools.map((i: { requirement: string }) => i.requirement)).toContain('os-interview-older');
  });

  it('audit --demo --team: the server’s records join the register, and the JSON says what the server gave', async () => {
    const r = await run('audit', '--demo', '--team', couch.url, '--db', DB, '--today', TODAY, '--json');
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out);
    expect(data.sources.team).toMatchObject({ database: DB, invalid: 0, conflicts: 1 });
    expect(data.sources.team.entries).toBeGreaterThanOrEqual(4);
  });

  it('a reader who is not a member is refused plainly (exit 2)', async () => {
    setSecrets({ env: { STANDARDY_TEAM_USER: 'nobody', STANDARDY_TEAM_PASSWORD: 'x' } });
    const r = await run('check', '--team', couch.url, '--db', DB, '--json');
    setSecrets({ env: env() });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/HTTP 401/);
  });
});
