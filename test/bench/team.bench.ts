// The team's server at scale (docs/team.md): 1,000 workers × 20 cases (20,000 cases with their entries) on the
// test server. BENCH team.pull_vs_alldocs — the dashboard's first full load of the team (sign-in done, click
// to figures on screen) against a plain `_all_docs?include_docs=true` of the same documents from the same
// server, in the same page; BENCH team.change_visible_ms — a side-panel change in a worker's browser until it
// shows in the supervisor's open dashboard. The browsers are headed (the server's origin is granted through
// Chromium's native prompt), so the run re-starts itself under xvfb-run when there is no display.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import type { BrowserContext } from '@playwright/test';
import { CaseRecord, hostDoc, recordEntries, entryDoc } from '../../core/index.ts';
import { generateCaseRecords } from '../../core/demo/demo-data.ts';
import { buildSite } from '../../extension/demo-host/data.ts';
import { startDemoHost } from '../../extension/demo-host/server.ts';
import { localToday } from '../../extension/lib/today.ts';
import { CHROMIUM_ARGS, ROOT, isLocal } from '../e2e/extension/env.ts';
import { signInTeam, tabShowing } from '../e2e/extension/helpers.ts';
import { CHROMIUM } from '../support/chromium.ts';
import { freePort, startGate } from '../support/couch.ts';
import { TEST_PASSWORD, forgetSecrets, startTeamServer } from '../support/team-server.ts';
import { report } from './harness.ts';

const WORKERS = 1000;
const CASES_PER_WORKER = 20;
const DB = 'zespol';
const PASSWORD = TEST_PASSWORD;
const RUNS = 3;
const CHANGES = 5;

export async function run(): Promise<void> {
  if (!process.env.DISPLAY) {
    // Headed browsers need a display: the same benchmark again under a virtual one.
    const self = fileURLToPath(import.meta.url);
    const r = spawnSync(
      'xvfb-run',
      ['-a', 'npx', 'tsx', '-e', `import(${JSON.stringify(self)}).then((m) => m.run())`],
      {
        cwd: ROOT,
        stdio: 'inherit',
      },
    );
    if (r.status !== 0) throw new Error(`team bench failed (${r.status})`);
    return;
  }
  const today = localToday();
  const teamPort = await freePort();
  const teamUrl = `http://127.0.0.1:${teamPort}`;
  const outDir = mkdtempSync(join(tmpdir(), 'standardy-team-bench-build-'));
  // The extension, built for this server's origin (before the servers start: a 30-second build would
  // outlive their idle connections).
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, STANDARDY_TEAM_ORIGINS: teamUrl, STANDARDY_OUT_DIR: outDir },
  });
  // Generated before the server starts, for the same reason (seconds of work).
  const docs = teamDocuments(today);
  const site = buildSite(today);
  const worker = workerCase(site);
  const owner = worker.record.socialWorker;
  const couch = await startTeamServer({
    db: DB,
    users: [
      [owner, 'worker'],
      ['KO-1', 'supervisor'],
    ],
    before: async (c) => {
      const t0 = performance.now();
      await load(c, docs);
      console.log(
        `# loaded ${docs.length} documents (${WORKERS * CASES_PER_WORKER} cases) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
    },
  });
  const gate = await startGate(couch.url, teamPort);
  const host = await startDemoHost({ host: '127.0.0.1', port: await freePort() });
  const work = mkdtempSync(join(tmpdir(), 'standardy-team-bench-'));
  const contexts: BrowserContext[] = [];
  try {
    const ext = join(outDir, 'chrome-mv3');
    const args = CHROMIUM_ARGS.map((a) =>
      a.startsWith('--load-extension=')
        ? `--load-extension=${ext}`
        : a.startsWith('--disable-extensions-except=')
          ? `--disable-extensions-except=${ext}`
          : a,
    );
    const launch = async (name: string) => {
      const context = await chromium.launchPersistentContext(join(work, name), {
        executablePath: CHROMIUM,
        headless: false,
        args,
        viewport: { width: 1280, height: 900 },
      });
      contexts.push(context);
      await context.route('**/*', (route) =>
        isLocal(route.request().url()) ? route.continue() : route.abort(),
      );
      const background = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const id = new URL(background.url()).host;
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`chrome-extension://${id}/options.html`);
      await page.locator('#team-url').fill(teamUrl);
      await page.locator('#team-db').fill(DB);
      await page.bringToFront();
      await page.locator('#team-save').click();
      await page.waitForTimeout(1500);
      execFileSync('xdotool', ['key', 'Tab', 'Return']);
      await page.locator('#team-configured[data-url]').waitFor();
      return { context, background, id, page };
    };

    // The supervisor's dashboard, signed in.
    const sup = await launch('supervisor');
    const dash = sup.page;
    await dash.goto(`chrome-extension://${sup.id}/dashboard.html`);
    await signInTeam(dash, 'KO-1', PASSWORD);
    await dash.locator('#team-load').waitFor();

    const baseline: number[] = [];
    const dashboard: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      baseline.push(
        await dash.evaluate(async (url) => {
          const t = performance.now();
          const res = await fetch(`${url}/_all_docs?include_docs=true`, { credentials: 'include' });
          const body = (await res.json()) as { rows: unknown[] };
          if (!body.rows.length) throw new Error('no documents');
          return performance.now() - t;
        }, `${teamUrl}/${DB}`),
      );
      dashboard.push(
        await dash.evaluate(async () => {
          // No named helpers in here: the page gets this function's source as it is.
          const before = document.querySelector<HTMLElement>('#team-source')?.dataset.loaded ?? '';
          const t = performance.now();
          document.querySelector<HTMLButtonElement>('#team-load')!.click();
          // A new load time is rendered in the commit that renders the figures built from it.
          for (;;) {
            const el = document.querySelector<HTMLElement>('#team-source');
            if (el?.dataset.phase === 'live' && el.dataset.loaded && el.dataset.loaded !== before) break;
            await new Promise((r) => setTimeout(r, 5));
          }
          return performance.now() - t;
        }),
      );
    }
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(
      `# _all_docs ${baseline.map((x) => x.toFixed(0)).join(', ')} ms; dashboard ${dashboard.map((x) => x.toFixed(0)).join(', ')} ms`,
    );
    report('team.alldocs_ms', med(baseline), 'ms', 0);
    report('team.dashboard_load_ms', med(dashboard), 'ms', 0);
    report('team.pull_vs_alldocs', med(dashboard) / med(baseline), 'x');

    // A worker's side panel: one click adds a note; the time until the supervisor's dashboard shows it.
    const w = await launch('worker');
    const page = w.page;
    await page.goto(
      `${host.url}/sprawy/${encodeURIComponent(worker.record.id)}?jako=${worker.record.socialWorker}`,
    );
    const tabId = await tabShowing(w.background, page.url());
    const panel = await w.context.newPage();
    await panel.goto(`chrome-extension://${w.id}/sidepanel.html?tab=${tabId}`);
    await signInTeam(panel, worker.record.socialWorker, PASSWORD);
    await panel.locator('#team-status[data-state="synced"]').waitFor({ timeout: 60_000 });
    const visible: number[] = [];
    for (let i = 0; i < CHANGES; i++) {
      await dash.evaluate(() => {
        const el = document.querySelector<HTMLElement>('#team-source')!;
        const w = window as unknown as { __seen?: number; __entries?: string };
        w.__entries = el.dataset.entries;
        w.__seen = undefined;
        new MutationObserver((_, obs) => {
          if (el.dataset.entries !== w.__entries) {
            w.__seen = performance.timeOrigin + performance.now();
            obs.disconnect();
          }
        }).observe(el, { attributes: true });
      });
      const clicked = await panel.evaluate(() => {
        const button = [...document.querySelectorAll('button')].find((b) =>
          b.textContent?.startsWith('Brak istotnych zmian'),
        )!;
        const t = performance.timeOrigin + performance.now();
        button.click();
        return t;
      });
      await dash.waitForFunction(
        () => (window as unknown as { __seen?: number }).__seen !== undefined,
        null,
        {
          timeout: 60_000,
          polling: 20,
        },
      );
      const seen = await dash.evaluate(() => (window as unknown as { __seen: number }).__seen);
      visible.push(seen - clicked);
      await panel.waitForTimeout(300);
    }
    console.log(`# change visible: ${visible.map((x) => x.toFixed(0)).join(', ')} ms`);
    report('team.change_visible_ms', med(visible), 'ms', 0);
  } finally {
    for (const c of contexts) await c.close().catch(() => undefined);
    await host.close();
    await gate.stop();
    await couch.stop();
    forgetSecrets();
    rmSync(work, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** 20,000 cases of 1,000 social workers (W-0001…) and 250 benefits workers: the host reading and the entries. */
function teamDocuments(today: string): Record<string, unknown>[] {
  const inputs = generateCaseRecords(WORKERS * CASES_PER_WORKER, today, 4242);
  const docs: Record<string, unknown>[] = [];
  const system = 'http://127.0.0.1:4310';
  inputs.forEach((input, i) => {
    const parsed = CaseRecord.parse(input);
    const socialWorker = `W-${String((i % WORKERS) + 1).padStart(4, '0')}`;
    const benefitsWorker = `B-${String((i % 250) + 1).padStart(3, '0')}`;
    const record: CaseRecord = { ...parsed, id: `Z/${i + 1}`, socialWorker, benefitsWorker };
    const last = record.stageHistory.at(-1)!;
    docs.push(
      hostDoc(
        {
          caseId: record.id,
          standard: record.standard,
          socialWorker,
          benefitsWorker,
          openedOn: record.openedOn,
          stage: last.stage,
          stageSince: last.enteredOn,
          status: record.state.status,
          seenOn: today,
          detail: {
            seenOn: today,
            stageHistory: record.stageHistory.map(({ stage, enteredOn }) => ({ stage, enteredOn })),
            documents: [],
          },
        },
        system,
        socialWorker,
      ) as unknown as Record<string, unknown>,
    );
    recordEntries({ record, origin: 'worker', asOf: today }).forEach((e, n) =>
      docs.push(
        entryDoc({ ...e, id: `z${i + 1}-${n}`, by: socialWorker }, system, record, {
          author: socialWorker,
          shareFreeText: false,
        }) as unknown as Record<string, unknown>,
      ),
    );
  });
  return docs;
}

/** Into the server as its admin, in batches (before the validate function is installed). */
async function load(
  couch: { url: string; adminAuth: string },
  docs: Record<string, unknown>[],
): Promise<void> {
  const headers = { authorization: couch.adminAuth, 'content-type': 'application/json' };
  const created = await fetch(`${couch.url}/${DB}`, { method: 'PUT', headers });
  if (!created.ok) throw new Error(`PUT /${DB}: ${created.status}`);
  for (let i = 0; i < docs.length; i += 500) {
    const res = await fetch(`${couch.url}/${DB}/_bulk_docs`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ docs: docs.slice(i, i + 500) }),
    });
    if (!res.ok) throw new Error(`_bulk_docs: ${res.status}`);
  }
}

/** A demo case of a social worker with a benefits worker: the one the worker's browser changes. */
function workerCase(site: ReturnType<typeof buildSite>) {
  const c = site.cases.find((x) => x.record.state.status === 'active' && x.record.benefitsWorker);
  if (!c) throw new Error('no demo case');
  return c;
}
