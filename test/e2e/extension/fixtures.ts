import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, chromium, expect } from '@playwright/test';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { compileRules, evaluateCase } from '../../../core/index.ts';
import { buildSite } from '../../../extension/demo-host/data.ts';
import { localToday } from '../../../extension/lib/today.ts';
import { CHROMIUM_ARGS, isLocal } from './env.ts';
import { CHROMIUM } from '../../support/chromium.ts';

export { expect };

interface Fixtures {
  headed: boolean;
  context: BrowserContext;
  background: Worker;
  extensionId: string;
  page: Page;
  requests: string[];
}

/** A fresh profile with the built extension per test; every request is recorded and non-loopback aborted. */
export const test = base.extend<Fixtures>({
  headed: [false, { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright's fixture signature needs the destructuring.
  requests: async ({}, use) => {
    await use([]);
  },
  context: async ({ headed, requests }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'standardy-e2e-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      headless: !headed,
      args: CHROMIUM_ARGS,
    });
    context.on('request', (r) => requests.push(r.url()));
    await context.route('**/*', (route) =>
      isLocal(route.request().url()) ? route.continue() : route.abort(),
    );
    await use(context);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
    // No request leaves the loopback range during the whole test.
    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
  },
  background: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ background }, use) => {
    await use(new URL(background.url()).host);
  },
  page: async ({ context, background }, use) => {
    void background;
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await use(page);
    // The host page's own scripts never see an error or a dialog from us.
    expect(errors).toEqual([]);
  },
});

/** The same data the demo system serves today, evaluated by the core. */
export function expectedSite() {
  const today = localToday();
  const site = buildSite(today);
  const rules = compileRules();
  const evaluation = (id: string) => {
    const e = evaluateCase(site.byId.get(id)!.record, rules, today);
    return {
      stage: e.stage,
      missing: e.findings.filter((f) => f.code === 'tool-missing').length,
      overdue: e.findings.some((f) => f.code === 'stage-overdue'),
    };
  };
  return { today, site, rules, evaluation };
}

/** Text of our shadow-root elements, per case row of a list (main world: open shadow roots are readable). */
export function rowBadges(page: Page): Promise<Record<string, string>> {
  return page.$$eval('tr[data-id]', (rows) =>
    Object.fromEntries(
      rows.map((r) => [
        (r as HTMLElement).dataset.id!,
        Array.from(r.querySelector('standardy-badge')?.shadowRoot?.querySelectorAll('[data-part]') ?? [])
          .map((p) => p.textContent)
          .join(' | '),
      ]),
    ),
  );
}

/** The visible text of one of our shadow-root elements (without its style sheet). */
export function shadowText(page: Page | import('@playwright/test').Frame, selector: string): Promise<string> {
  return page.$eval(selector, (e) =>
    Array.from(e.shadowRoot?.children ?? [])
      .filter((c) => c.tagName !== 'STYLE')
      .map((c) => c.textContent)
      .join(' '),
  );
}
