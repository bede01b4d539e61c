// The overlay on a 1,000-row case list of the demo system: time from DOMContentLoaded to all badges
// painted, the page's long-task time with the extension against without it, the content script's size.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import type { BrowserContext } from '@playwright/test';
import { startDemoHost } from '../../extension/demo-host/server.ts';
import { CHROMIUM_ARGS, EXTENSION, ROOT, isLocal } from '../e2e/extension/env.ts';
import { report } from './harness.ts';
import { CHROMIUM } from '../support/chromium.ts';

const ROWS = 1000;
const RUNS = 5;
const SETTLE_MS = 1500;

interface Load {
  badgesMs: number;
  longTaskMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function launch(withExtension: boolean): Promise<{ context: BrowserContext; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'standardy-bench-'));
  const args = withExtension
    ? CHROMIUM_ARGS
    : CHROMIUM_ARGS.filter(
        (a) => !a.startsWith('--load-extension') && !a.startsWith('--disable-extensions-except'),
      );
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
  });
  await context.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
  // Main world: sum long tasks from the start of the load, note when our last paint is announced.
  await context.addInitScript(() => {
    const w = window as unknown as { __longTasks: number; __painted?: number; __badges?: number };
    w.__longTasks = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks += e.duration;
    }).observe({ type: 'longtask', buffered: true });
    document.addEventListener('standardy:painted', () => {
      w.__painted = performance.now();
      w.__badges = document.querySelectorAll('standardy-badge').length;
    });
  });
  if (withExtension && !context.serviceWorkers().length) await context.waitForEvent('serviceworker');
  return { context, dir };
}

async function load(context: BrowserContext, url: string, withExtension: boolean): Promise<Load> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  if (withExtension)
    await page.waitForFunction(
      (rows) => (window as unknown as { __badges?: number }).__badges === rows,
      ROWS,
      {
        timeout: 30_000,
      },
    );
  await page.waitForTimeout(SETTLE_MS);
  const out = await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number; __painted?: number };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { badgesMs: (w.__painted ?? NaN) - nav.domContentLoadedEventStart, longTaskMs: w.__longTasks };
  });
  await page.close();
  return out;
}

/**
 * Context for badges_ms: what it costs this host page, without any extension, to render one plain
 * text span added to each of its 1,000 rows (the table's relayout, which any per-row badge triggers).
 */
async function insertionFloor(url: string): Promise<number> {
  const { context, dir } = await launch(false);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    times.push(
      await page.evaluate(
        () =>
          new Promise<number>((done) => {
            const t0 = performance.now();
            for (const td of document.querySelectorAll('td.sygn'))
              td.append(document.createElement('span'), 'Etap 1b');
            requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
          }),
      ),
    );
    await page.close();
  }
  await context.close();
  rmSync(dir, { recursive: true, force: true });
  return median(times);
}

export async function run(): Promise<void> {
  // The demo build declares the content script for the loopback (wxt.config.ts, STANDARDY_DEMO=1).
  const manifest = join(EXTENSION, 'manifest.json');
  const demoBuild =
    existsSync(manifest) &&
    (JSON.parse(readFileSync(manifest, 'utf8')) as chrome.runtime.Manifest).content_scripts?.some((c) =>
      c.matches?.includes('http://127.0.0.1/*'),
    );
  if (!demoBuild)
    execFileSync('npx', ['wxt', 'build'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, STANDARDY_DEMO: '1' },
    });
  const host = await startDemoHost({ port: 0 });
  const url = `${host.url}/rejestr?zestaw=duzy&rozmiar=${ROWS}`;
  const results: Record<'with' | 'without', Load[]> = { with: [], without: [] };
  for (const withExtension of [true, false]) {
    const { context, dir } = await launch(withExtension);
    await load(context, url, withExtension); // warm-up: caches, the service worker, the first remembered rows
    for (let i = 0; i < RUNS; i++)
      results[withExtension ? 'with' : 'without'].push(await load(context, url, withExtension));
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const floor = await insertionFloor(url);
  await host.close();
  const withLt = median(results.with.map((r) => r.longTaskMs));
  const withoutLt = median(results.without.map((r) => r.longTaskMs));
  report('overlay.badges_ms', median(results.with.map((r) => r.badgesMs)), 'ms', 1);
  report('overlay.longtask_ms_with', withLt, 'ms', 1);
  report('overlay.longtask_ms_without', withoutLt, 'ms', 1);
  // Both zero: no long task either way, the extension adds none.
  report('overlay.longtask_ratio', withoutLt === 0 ? (withLt === 0 ? 1 : Infinity) : withLt / withoutLt, 'x');
  const gz = gzipSync(readFileSync(join(EXTENSION, 'content-scripts', 'content.js'))).length;
  report('overlay.host_insert_floor_ms', floor, 'ms', 1);
  report('overlay.content_script_gz', gz / 1024, 'KB', 1);
}
