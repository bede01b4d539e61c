import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { CaseRecord, compileRules, entryDoc, evaluateCase } from '../../../core/index.ts';
import type { CaseEntry } from '../../../core/index.ts';
import { main } from '../../../cli/main.ts';
import { mappingJson, registerCsv } from '../../../extension/demo-host/export.ts';
import { startGate } from '../../support/couch.ts';
import { TEST_PASSWORD, forgetSecrets, startTeamServer } from '../../support/team-server.ts';
import type { Gate, TestCouch } from '../../support/couch.ts';
import { CHROMIUM } from '../../support/chromium.ts';
import { CHROMIUM_ARGS, demo, isLocal } from './env.ts';
import { expect, expectedSite, test } from './fixtures.ts';
import { checklistOf, signInTeam, tabShowing } from './helpers.ts';

/**
 * Team records on the centre's server (issue "Team records on the centre's own CouchDB"): three browser
 * profiles — worker A (the case's social worker), worker B (its benefits worker: both may write the case,
 * so "both changes survive" and "B's write to a case that is not B's is refused" both hold) and the
 * supervisor — against the test server (pouchdb-server behind a gate that cuts the connection). A marks
 * tools; B, offline, marks another and reconnects; the supervisor's dashboard shows both, and
 * `standardy audit --team` agrees with it. Every request stays on loopback, and the extension's own go to the
 * demo system or the configured server only.
 */
test.skip(
  !process.env.DISPLAY,
  'needs a display for the permission prompt (npm run test:e2e runs under xvfb-run)',
);

const { site, today } = expectedSite();
const rules = compileRules();
const PASSWORD = TEST_PASSWORD;
const DB = 'zespol';
const TEAM_URL = `http://127.0.0.1:${process.env.STANDARDY_E2E_TEAM_PORT}`;
let couch: TestCouch;
let gate: Gate;

const missingTools = (r: CaseRecord) =>
  evaluateCase(r, rules, today)
    .checklist.filter((i) => i.status === 'missing' && i.mode === 'all-of' && i.class !== 'FS')
    .map((i) => i.requirement);

const optionalTools = (r: CaseRecord) =>
  evaluateCase(r, rules, today)
    .checklist.filter((i) => i.status === 'optional')
    .map((i) => i.requirement);

/** Case X: A's and B's, two obligatory tools missing and an optional one open; case Y: neither A's nor B's. */
function cases() {
  for (const c of site.cases) {
    const r = c.record;
    if (r.state.status !== 'active' || !r.benefitsWorker) continue;
    if (missingTools(r).length < 2 || optionalTools(r).length < 1) continue;
    const other = site.cases.find(
      (o) =>
        o.record.state.status === 'active' &&
        o.record.socialWorker !== r.benefitsWorker &&
        o.record.benefitsWorker !== r.benefitsWorker &&
        missingTools(o.record).length > 0,
    );
    if (other) return { x: r, y: other.record, a: r.socialWorker, b: r.benefitsWorker };
  }
  throw new Error('no demo case with a benefits worker, two missing tools and an optional one');
}
const { x, y, a, b } = cases();
const [toolDone, toolWaived] = missingTools(x) as [string, string];
/** B's change made offline: an optional tool of the same case marked done. */
const toolOffline = optionalTools(x)[0]!;

interface Profile {
  context: BrowserContext;
  background: Worker;
  extensionId: string;
  requests: string[];
  dir: string;
}

/** A browser profile with the built extension; every request recorded, anything off loopback aborted. */
async function launch(dir: string, requests: string[]): Promise<Profile> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: false,
    args: CHROMIUM_ARGS,
  });
  context.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
  const background = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, background, extensionId: new URL(background.url()).host, requests, dir };
}

/** Configure the team server in the options page and accept the browser's permission prompt. */
async function configure(p: Profile): Promise<void> {
  const page = p.context.pages()[0] ?? (await p.context.newPage());
  await page.goto(`chrome-extension://${p.extensionId}/options.html`);
  await page.locator('#team-url').fill(TEAM_URL);
  await page.locator('#team-db').fill(DB);
  await page.bringToFront();
  await page.locator('#team-save').click();
  await page.waitForTimeout(1500);
  execFileSync('xdotool', ['key', 'Tab', 'Return']);
  await expect(page.locator('#team-configured')).toHaveAttribute('data-url', TEAM_URL);
  await page.locator('#team').screenshot({ path: shot('team-options') });
}

/** Screenshots of the screens this feature adds, for a person to look at (test-results/). */
const shot = (name: string) => join(process.cwd(), 'test-results', `${name}.png`);

/** Open a case in the demo system as `worker`, then its side panel (in a tab, as the other specs do). */
async function panelFor(p: Profile, worker: string, caseId: string): Promise<Page> {
  const page = p.context.pages()[0] ?? (await p.context.newPage());
  await page.goto(demo(`/sprawy/${encodeURIComponent(caseId)}?jako=${encodeURIComponent(worker)}`));
  const tabId = await tabShowing(p.background, page.url());
  const panel = await p.context.newPage();
  await panel.goto(`chrome-extension://${p.extensionId}/sidepanel.html?tab=${tabId}`);
  await expect(panel.locator('main')).toHaveAttribute('data-case', caseId);
  return panel;
}

const signIn = (page: Page, name: string) => signInTeam(page, name, PASSWORD);

const row = (panel: Page, req: string) => panel.locator(`li[data-requirement="${req}"]`);
async function markDone(panel: Page, req: string) {
  await row(panel, req).getByRole('button', { name: 'Wykonano…' }).click();
  await row(panel, req).getByRole('button', { name: 'Zapisz' }).click();
  await expect(row(panel, req)).toHaveAttribute('data-status', 'done');
}

test.beforeAll(async () => {
  couch = await startTeamServer({
    db: DB,
    users: [
      [a, 'worker'],
      [b, 'worker'],
      ['KO-1', 'supervisor'],
    ],
    reader: 'KO-1',
  });
  gate = await startGate(couch.url, Number(process.env.STANDARDY_E2E_TEAM_PORT));
});
test.afterAll(async () => {
  forgetSecrets();
  await gate?.stop();
  await couch?.stop();
});

test('two workers and a supervisor: both changes survive, a write to another’s case is refused, the dashboard and audit --team agree', async () => {
  test.setTimeout(240_000);
  const work = mkdtempSync(join(tmpdir(), 'standardy-team-'));
  const requests: string[] = [];
  const dirs = { a: join(work, 'a'), b: join(work, 'b'), s: join(work, 's') };

  // 1. Each profile is given the server in the options page and grants its origin (the native prompt).
  for (const dir of Object.values(dirs)) {
    const p = await launch(dir, requests);
    await configure(p);
    await p.context.close();
  }
  const A = await launch(dirs.a, requests);
  const B = await launch(dirs.b, requests);
  const S = await launch(dirs.s, requests);

  // 2. Worker A opens case X; the side panel asks to sign in, A does, and marks one tool done, one waived.
  const panelA = await panelFor(A, a, x.id);
  await expect(panelA.locator('#team-status')).toContainText('nie zalogowano — zaloguj się');
  await panelA.locator('section.team').screenshot({ path: shot('team-panel-signin') });
  await signIn(panelA, a);
  await expect(panelA.locator('#team-status')).toContainText(/zsynchronizowano \d\d:\d\d/);
  await markDone(panelA, toolDone);
  await row(panelA, toolWaived).getByRole('button', { name: 'Odstąp…' }).click();
  await row(panelA, toolWaived).getByLabel('Powód').fill('Pan Kowalski nie wyraził zgody');
  await row(panelA, toolWaived).getByRole('button', { name: 'Zapisz' }).click();
  await expect(row(panelA, toolWaived)).toHaveAttribute('data-status', 'waived');
  await expect(panelA.locator('#team-status')).toHaveAttribute('data-state', 'synced');

  // 3. Worker B (the benefits worker of X) signs in; A's records reach B's browser.
  const panelB = await panelFor(B, b, x.id);
  await signIn(panelB, b);
  await expect(panelB.locator('#team-status')).toHaveAttribute('data-state', 'synced');
  await expect(row(panelB, toolDone)).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(row(panelB, toolWaived)).toHaveAttribute('data-status', 'waived');

  // 4. B loses the connection, marks another tool: it is kept and waits; back online, it goes up.
  gate.setOpen(false);
  await markDone(panelB, toolOffline);
  await expect(panelB.locator('#team-status')).toContainText('bez połączenia — 1 zmiana czeka', {
    timeout: 20_000,
  });
  await panelB.locator('section.team').screenshot({ path: shot('team-panel-offline') });
  gate.setOpen(true);
  await panelB.evaluate(() => chrome.runtime.sendMessage({ type: 'team-retry' }));
  await expect(panelB.locator('#team-status')).toContainText(/zsynchronizowano \d\d:\d\d/, {
    timeout: 30_000,
  });
  // A's browser shows B's change too (both survive, in both browsers).
  await expect(row(panelA, toolOffline)).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(row(panelA, toolDone)).toHaveAttribute('data-status', 'done');

  // 5. B records on case Y, which is not B's: the server refuses, the panel says so, the entry stays.
  const panelY = await panelFor(B, b, y.id);
  const toolY = missingTools(y)[0]!;
  await markDone(panelY, toolY);
  await expect(panelY.locator('.team-denied')).toContainText(
    `Serwer zespołu odmówił zapisu w sprawie ${y.id}: nie jesteś jej pracownikiem socjalnym ani pracownikiem ds. świadczeń. Wpis zostaje w tej przeglądarce.`,
    { timeout: 20_000 },
  );
  await expect(row(panelY, toolY)).toHaveAttribute('data-status', 'done');

  // An entry that claims B works case Y gets past the server (it sees one document) — the dashboard flags it.
  const claim: CaseEntry = {
    id: 'claim-1',
    caseId: y.id,
    kind: 'evaluation',
    evaluation: 'periodic',
    on: today,
    origin: 'worker',
    by: b,
  };
  const put = await fetch(`${couch.url}/${DB}/claim-1`, {
    method: 'PUT',
    headers: {
      'content-type': 'application/json',
      authorization: `Basic ${Buffer.from(`${b}:${PASSWORD}`).toString('base64')}`,
    },
    body: JSON.stringify(
      entryDoc(
        claim,
        demo(),
        { socialWorker: y.socialWorker, benefitsWorker: b },
        { author: b, shareFreeText: false },
      ),
    ),
  });
  expect(put.status).toBe(201);

  // 6. The supervisor: the register imported, the team's records from the server, live.
  const csv = join(work, 'rejestr.csv');
  writeFileSync(csv, registerCsv(site));
  const map = join(work, 'mapowanie.json');
  writeFileSync(map, mappingJson());
  const dash = S.context.pages()[0] ?? (await S.context.newPage());
  await dash.goto(`chrome-extension://${S.extensionId}/dashboard.html`);
  await dash.getByTestId('register-file').setInputFiles(csv);
  await dash.getByRole('button', { name: /^Importuj \d+ spraw/ }).click();
  await expect(dash.locator('#import-done')).toBeVisible();
  await signIn(dash, 'KO-1');
  await expect(dash.locator('#team-source')).toHaveAttribute('data-phase', 'live', { timeout: 30_000 });

  const audit = await cliAudit(csv, map);
  const teamFigures = audit.check.completeness.team as { done: number; due: number };
  await expect(dash.getByTestId('team-completeness')).toContainText(
    `${teamFigures.done} z ${teamFigures.due}`,
  );
  const checklist = await checklistOf(dash, x.id);
  expect(checklist[toolDone]).toBe('done');
  expect(checklist[toolWaived]).toBe('waived');
  expect(checklist[toolOffline]).toBe('done');
  await expect(dash.locator(`#team-authors li[data-case="${y.id}"][data-author="${b}"]`)).toBeVisible();

  // 7. Live: A's next change shows in the open dashboard without reloading.
  const before = await dash.locator('#team-source').getAttribute('data-entries');
  await panelA.evaluate(
    ([system, caseId]) =>
      chrome.runtime.sendMessage({
        type: 'record-change',
        system,
        caseId,
        change: { kind: 'note', on: new Date().toISOString().slice(0, 10), noSignificantChange: true },
      }),
    [demo(), x.id] as const,
  );
  await expect(dash.locator('#team-source')).not.toHaveAttribute('data-entries', before ?? '', {
    timeout: 10_000,
  });
  await dash.locator('#zespol').screenshot({ path: shot('team-dashboard') });
  await panelY.screenshot({ path: shot('team-panel-refused') });

  for (const p of [A, B, S]) await p.context.close();
  rmSync(work, { recursive: true, force: true });
  // No request left loopback; the extension's own went to the demo system or the configured server only.
  expect(requests.filter((u) => !isLocal(u))).toEqual([]);
  const origins = new Set(requests.filter((u) => /^https?:/.test(u)).map((u) => new URL(u).origin));
  expect([...origins].filter((o) => o !== TEAM_URL && o !== demo())).toEqual([]);
  expect(origins.has(TEAM_URL)).toBe(true);
});

async function cliAudit(csv: string, map: string) {
  const out: string[] = [];
  const code = await main(
    ['audit', csv, '--map', map, '--team', couch.url, '--db', DB, '--today', today, '--json'],
    { out: (l) => out.push(l), err: () => undefined },
  );
  expect(code).toBe(0);
  return JSON.parse(out.join('\n')) as { check: { completeness: { team: unknown } } };
}
