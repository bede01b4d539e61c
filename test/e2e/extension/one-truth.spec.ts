import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  buildAudit,
  CaseRecord,
  compileRules,
  DEMO_REGISTER_MAPPING,
  evaluateCase,
  formatPercent,
  importRegister,
  readTable,
  RegisterMapping,
} from '../../../core/index.ts';
import { demo } from './env.ts';
import { expect, expectedSite, shadowText, test } from './fixtures.ts';
import { checklistOf, tabShowing } from './helpers.ts';

/**
 * One truth per case (issue "One truth per case"): a worker marks a tool done and another waived in the side
 * panel; the case page's badge, the side panel and the supervisor's dashboard — with the register imported
 * and this browser's records, then with the worker's export file instead — show the same statuses and the
 * same completeness for that case and for the team.
 */
const { site, today } = expectedSite();
const rules = compileRules();

/** An active case with two obligatory single-tool requirements missing: one to tick, one to waive. */
function target() {
  for (const c of site.cases) {
    const r = c.record;
    if (r.state.status !== 'active') continue;
    const missing = evaluateCase(r, rules, today).checklist.filter(
      (i) => i.status === 'missing' && i.mode === 'all-of' && i.class !== 'FS',
    );
    if (missing.length >= 2)
      return { record: r, done: missing[0]!.requirement, waived: missing[1]!.requirement };
  }
  throw new Error('no demo case with two missing tools');
}

const missingCount = (r: CaseRecord) =>
  evaluateCase(r, rules, today).findings.filter((f) => f.code === 'tool-missing').length;
const badgeText = (page: Page) => shadowText(page, 'h1 standardy-badge').catch(() => '');
const expectedBadge = (missing: number) => (missing ? `Braki: ${missing}` : 'Komplet');

test('a tool done and another waived in the side panel: the badge, the panel and the dashboard agree', async ({
  context,
  page,
  background,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'standardy-one-truth-'));
  const t = target();
  const id = t.record.id;
  // What the core makes of the case once the panel recorded both.
  const after: CaseRecord = {
    ...t.record,
    tools: [...t.record.tools, { tool: t.done, doneOn: today }],
    waived: [...t.record.waived, { tool: t.waived, on: today, reason: 'Nie dotyczy tej rodziny' }],
  };

  // 1. The worker opens the case, then the side panel, and records.
  await page.goto(demo(`/sprawy/${encodeURIComponent(id)}`));
  await expect.poll(() => badgeText(page)).toContain(expectedBadge(missingCount(t.record)));
  const tabId = await tabShowing(background, page.url());
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  const row = (req: string) => panel.locator(`li[data-requirement="${req}"]`);
  await row(t.done).getByRole('button', { name: 'Wykonano…' }).click();
  await row(t.done).getByRole('button', { name: 'Zapisz' }).click();
  await expect(row(t.done)).toHaveAttribute('data-status', 'done');
  await row(t.waived).getByRole('button', { name: 'Odstąp…' }).click();
  await row(t.waived).getByLabel('Powód').fill('Nie dotyczy tej rodziny');
  await row(t.waived).getByRole('button', { name: 'Zapisz' }).click();
  await expect(row(t.waived)).toHaveAttribute('data-status', 'waived');

  // 2. The side panel and the page badge: the core's evaluation of the case with both records.
  const core = evaluateCase(after, rules, today);
  const shown = await panel.$$eval('li[data-requirement]', (items) =>
    items.map((li) => `${(li as HTMLElement).dataset.requirement}:${(li as HTMLElement).dataset.status}`),
  );
  expect(shown.sort()).toEqual(
    core.checklist
      .filter((c) => c.status !== 'not-applicable')
      .map((c) => `${c.requirement}:${c.status}`)
      .sort(),
  );
  await expect.poll(() => badgeText(page)).toContain(expectedBadge(missingCount(after)));
  // The register list's row of the case shows the same badge (the demo case is on its first page).
  await page.goto(demo('/rejestr'));
  await expect
    .poll(() => shadowText(page, `tr[data-id="${id}"] standardy-badge`).catch(() => ''))
    .toContain(expectedBadge(missingCount(after)));

  // 3. The supervisor's dashboard with the demo register imported and this browser's records.
  await page.goto(demo('/eksport'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Rejestr spraw – CSV/ }).click(),
  ]);
  const csvPath = join(dir, 'rejestr.csv');
  await download.saveAs(csvPath);
  const mapping = RegisterMapping.parse(DEMO_REGISTER_MAPPING);
  const imported = importRegister(await readTable(readFileSync(csvPath), mapping), mapping, rules, today);
  const withRecords = imported.records.map((r) =>
    r.id === id
      ? {
          ...r,
          tools: [...r.tools, { tool: t.done, doneOn: today }],
          waived: [...r.waived, after.waived.at(-1)!],
        }
      : r,
  );
  const team = buildAudit(withRecords, rules, today).check.completeness.team;
  const registerOnly = buildAudit(imported.records, rules, today).check.completeness.team;
  expect(team.done).toBeGreaterThan(registerOnly.done);

  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await dash.getByTestId('register-file').setInputFiles(csvPath);
  await dash.getByRole('button', { name: new RegExp(`^Importuj ${imported.records.length} spraw`) }).click();
  await expect(dash.locator('#import-done')).toBeVisible();
  const completeness = dash.getByTestId('team-completeness');
  await expect(completeness).toContainText(`${team.done} z ${team.due}`);
  await expect(completeness).toContainText(formatPercent('pl', team.share));
  let list = await checklistOf(dash, id);
  expect(list[t.done]).toBe('done');
  expect(list[t.waived]).toBe('waived');
  const { done, due } = core.documentation;
  await expect(dash.locator(`#cases-table tr[data-case="${id}"] td.num`)).toHaveText(
    due ? `${formatPercent('pl', done / due, 0)} (${done} z ${due})` : 'nic jeszcze nie wymagane',
  );

  // 4. Without this browser's records the register alone shows the gaps ...
  await dash.getByLabel(/Zapisy z tej przeglądarki/).uncheck();
  await expect(completeness).toContainText(`${registerOnly.done} z ${registerOnly.due}`);
  list = await checklistOf(dash, id);
  expect(list[t.done]).toBe('missing');

  // ... and the worker's export file, loaded as a team's records file, brings the same picture back.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const [exported] = await Promise.all([
    options.waitForEvent('download'),
    options.locator('#data-export').click(),
  ]);
  const recordsPath = join(dir, 'zapisy-pracownika.json');
  await exported.saveAs(recordsPath);
  await dash.bringToFront();
  await dash.locator('#zapisy input[type="file"][multiple]').setInputFiles(recordsPath);
  const summary = dash.locator('tr[data-file="zapisy-pracownika.json"]');
  // Every case the worker's browser saw (the case page and the register's first page) is in the register,
  // and the file agrees with it on stage and status.
  const cells = summary.locator('td');
  await expect(cells.nth(1)).toHaveText(
    await cells
      .nth(0)
      .textContent()
      .then((x) => x ?? '?'),
  );
  await expect(cells.nth(4)).toHaveText('0');
  await dash.getByRole('button', { name: 'Importuj 1 plik' }).click();
  await expect(dash.locator('#records-files li')).toHaveCount(1);
  await expect(completeness).toContainText(`${team.done} z ${team.due}`);
  list = await checklistOf(dash, id);
  expect(list[t.done]).toBe('done');
  expect(list[t.waived]).toBe('waived');
});
