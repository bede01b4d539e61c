import { expect } from '@playwright/test';
import type { Page, Worker } from '@playwright/test';

/** Helpers the extension's specs (and the team bench) share. */

/** The id of the tab whose case page (of `url`) the background has read, waiting until it has. */
export async function tabShowing(background: Worker, url: string, timeoutMs = 15_000): Promise<number> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const id = await background.evaluate(async (u) => {
      const pages = ((await chrome.storage.session.get('tab-pages'))['tab-pages'] ?? {}) as Record<
        string,
        { url: string; case?: unknown }
      >;
      const hit = Object.entries(pages).find(([, p]) => p.url === u && p.case);
      return hit ? Number(hit[0]) : undefined;
    }, url);
    if (id !== undefined) return id;
    if (Date.now() > end) throw new Error(`no tab shows the case page ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Sign in with the team server's form (side panel, options or dashboard). */
export async function signInTeam(page: Page, name: string, password: string) {
  const form = page.getByRole('form', { name: 'Logowanie do serwera zespołu' });
  await form.getByLabel('Identyfikator (jak w systemie, np. PS-01)').fill(name);
  await form.getByLabel('Hasło').fill(password);
  await form.getByRole('button').click();
}

/** The dashboard's checklist of one case: found by its number (the table is in pages), opened, read. */
export async function checklistOf(dash: Page, caseId: string): Promise<Record<string, string>> {
  await dash.locator('#filter-case').fill(caseId);
  await dash.getByRole('button', { name: `Pokaż sprawę ${caseId}` }).click();
  await expect(dash.locator('#case-detail-h')).toHaveText(`Sprawa ${caseId}`);
  return Object.fromEntries(
    await dash.$$eval('#case-checklist tbody tr', (rows) =>
      rows.map((r) => [(r as HTMLElement).dataset.requirement!, (r as HTMLElement).dataset.status!]),
    ),
  ) as Record<string, string>;
}
