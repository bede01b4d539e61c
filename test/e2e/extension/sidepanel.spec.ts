import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from '@playwright/test';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { CaseRecord, evaluateCase } from '../../../core/index.ts';
import type { RecordsFileV2 } from '../../../core/index.ts';
import { convertToPdf, pdfText } from '../../support/libreoffice.ts';
import { CHROMIUM_ARGS, demo, isLocal } from './env.ts';
import { expect, expectedSite, shadowText, test } from './fixtures.ts';
import { tabShowing } from './helpers.ts';
import { CHROMIUM } from '../../support/chromium.ts';

const { site, rules, today, evaluation } = expectedSite();

/** A case with a missing obligatory tool of its current stage that the panel can tick. */
function caseWithMissingTool(skip = 0): { id: string; requirement: string; missing: number } {
  const found = site.cases
    .map((c) => c.record)
    .filter((r) => r.state.status === 'active')
    .flatMap((r) => {
      const e = evaluateCase(r, rules, today);
      const item = e.checklist.find((c) => c.status === 'missing' && c.mode === 'all-of' && c.class !== 'FS');
      return item ? [{ id: r.id, requirement: item.requirement, missing: evaluation(r.id).missing }] : [];
    });
  return found[skip]!;
}

/** The id of the tab showing `url`, as the background knows it (what the content script reported). */
async function openCase(page: Page, background: Worker, id: string) {
  const url = demo(`/sprawy/${encodeURIComponent(id)}`);
  await page.goto(url);
  await expect.poll(() => shadowText(page, 'h1 standardy-badge').catch(() => '')).toContain('Etap');
  return tabShowing(background, page.url());
}

async function openPanel(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await expect(panel.locator('h1')).toContainText('Sprawa');
  return panel;
}

const statusOf = (panel: Page, requirement: string) =>
  panel.locator(`li[data-requirement="${requirement}"]`).getAttribute('data-status');

async function tickDone(panel: Page, requirement: string) {
  const row = panel.locator(`li[data-requirement="${requirement}"]`);
  await row.getByRole('button', { name: 'Wykonano…' }).click();
  await row.getByRole('button', { name: 'Zapisz' }).click();
  await expect(row).toHaveAttribute('data-status', 'done');
}

const badgeText = (page: Page) => shadowText(page, 'h1 standardy-badge').catch(() => '');
const expectedBadge = (missing: number) => (missing ? `Braki: ${missing}` : 'Komplet');

test('the checklist matches the core; a ticked tool updates the badge and survives a reload and a restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'standardy-e2e-restart-'));
  const requests: string[] = [];
  const launch = async () => {
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    context.on('request', (r) => requests.push(r.url()));
    await context.route('**/*', (route) =>
      isLocal(route.request().url()) ? route.continue() : route.abort(),
    );
    const background = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    return { context, background, extensionId: new URL(background.url()).host };
  };
  try {
    const target = caseWithMissingTool();
    let { context, background, extensionId } = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    let tabId = await openCase(page, background, target.id);
    await expect.poll(() => badgeText(page)).toContain(expectedBadge(target.missing));

    const panel = await openPanel(context, extensionId, tabId);
    // Every requirement of the case, with the status the core gives the same case.
    const core = evaluateCase(site.byId.get(target.id)!.record, rules, today);
    const shown = await panel.$$eval('li[data-requirement]', (items) =>
      items.map((li) => `${(li as HTMLElement).dataset.requirement}:${(li as HTMLElement).dataset.status}`),
    );
    expect(shown.sort()).toEqual(
      core.checklist
        .filter((c) => c.status !== 'not-applicable')
        .map((c) => `${c.requirement}:${c.status}`)
        .sort(),
    );
    await expect(panel.locator('li[data-code="tool-missing"]')).toHaveCount(target.missing);

    await tickDone(panel, target.requirement);
    await expect(panel.locator('li[data-code="tool-missing"]')).toHaveCount(target.missing - 1);
    await expect.poll(() => badgeText(page)).toContain(expectedBadge(target.missing - 1));
    await panel.reload();
    expect(await statusOf(panel, target.requirement)).toBe('done');

    await context.close();
    ({ context, background, extensionId } = await launch());
    const again = context.pages()[0] ?? (await context.newPage());
    tabId = await openCase(again, background, target.id);
    await expect.poll(() => badgeText(again)).toContain(expectedBadge(target.missing - 1));
    const panel2 = await openPanel(context, extensionId, tabId);
    expect(await statusOf(panel2, target.requirement)).toBe('done');
    await context.close();
    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('two tabs editing the same case lose no update', async ({ context, page, background, extensionId }) => {
  const target = caseWithMissingTool(1);
  const tabId = await openCase(page, background, target.id);
  const a = await openPanel(context, extensionId, tabId);
  const b = await openPanel(context, extensionId, tabId);
  // Both panels show the same state; each saves a change at the same moment (one click per panel: two
  // clicks racing inside one page can land on a button that the other's re-render just moved).
  await a.getByLabel('Krótki opis zmiany').fill('Rozmowa telefoniczna – z karty A');
  const rowB = b.locator(`li[data-requirement="${target.requirement}"]`);
  await rowB.getByRole('button', { name: 'Wykonano…' }).click();
  await Promise.all([
    a.getByRole('button', { name: 'Dodaj notatkę' }).click(),
    rowB.getByRole('button', { name: 'Zapisz' }).click(),
  ]);
  await expect(b.locator(`li[data-requirement="${target.requirement}"]`)).toContainText('wykonane');
  // B's next change is applied on top of A's note in the background: added to the record, never replacing it.
  await b.getByRole('button', { name: 'Brak istotnych zmian (dziś)' }).click();
  // Both panels come to show all three changes (each refreshes after its own save and on the other's),
  // before any reload: a reload could drop a message the page had not sent yet.
  for (const p of [a, b]) {
    await expect(p.getByText(/^Notatki: 2, ostatnia/)).toBeVisible();
    expect(await statusOf(p, target.requirement)).toBe('done');
  }
  for (const p of [a, b]) {
    await p.reload();
    await expect(p.getByText(/^Notatki: 2, ostatnia/)).toBeVisible();
    expect(await statusOf(p, target.requirement)).toBe('done');
  }
  await expect.poll(() => badgeText(page)).toContain(expectedBadge(target.missing - 1));
});

test('an invalid adapter or policy import shows the error with its path and changes nothing', async ({
  page,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const adapters = () => page.locator('#adapters li').allTextContents();
  await expect(page.locator('#adapters li')).toHaveCount(1);
  const before = await adapters();
  const broken = JSON.parse(readFileSync('extension/adapters/demo-opiekun.json', 'utf8')) as Record<
    string,
    unknown
  >;
  broken.id = 'zepsuty';
  (broken.pages as { container?: unknown }[])[0]!.container = 42;
  await page.locator('#adapter-json').fill(JSON.stringify(broken));
  await page.locator('#import').click();
  await expect(page.locator('#import-status')).toContainText('Adapter ma błędy');
  await expect(page.locator('#import-status')).toContainText('pages[0].container');
  expect(await adapters()).toEqual(before);

  await page.locator('#policy-json').fill(JSON.stringify({ inactivityDays: 30 }));
  await page.locator('#policy-import').click();
  await expect(page.locator('#policy-source')).toHaveAttribute('data-source', 'imported');
  await page
    .locator('#policy-json')
    .fill(JSON.stringify({ inactivityDays: -5, caseload: { socialWorker: 'dużo' } }));
  await page.locator('#policy-import').click();
  await expect(page.locator('#policy-status')).toContainText('obowiązuje dotychczasowa');
  await expect(page.locator('#policy-status')).toContainText('inactivityDays');
  await expect(page.locator('#policy-source')).toHaveAttribute('data-source', 'imported');
  await page.getByText('Polityka w mocy (JSON)').click();
  await expect(page.locator('#policy-view')).toContainText('"inactivityDays": 30');

  // The bundled adapter keeps working.
  await page.goto(demo('/rejestr'));
  await expect(page.locator('standardy-badge')).toHaveCount(50);
});

test('export → wipe → import restores the records; a corrupt file changes nothing', async ({
  context,
  page,
  background,
  extensionId,
}) => {
  const target = caseWithMissingTool(2);
  const tabId = await openCase(page, background, target.id);
  const panel = await openPanel(context, extensionId, tabId);
  await tickDone(panel, target.requirement);
  await panel.getByRole('button', { name: 'Brak istotnych zmian (dziś)' }).click();
  await expect(panel.getByText(/^Notatki: 1, ostatnia/)).toBeVisible();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.locator('#data-export').click(),
  ]);
  const file = join(mkdtempSync(join(tmpdir(), 'standardy-export-')), 'zapisy.json');
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as RecordsFileV2;
  expect(exported.formatVersion).toBe(2);
  const entries = exported.systems[0]!.entries.filter((e) => e.caseId === target.id);
  expect(entries.filter((e) => e.kind === 'note')).toHaveLength(1);
  expect(entries.filter((e) => e.kind === 'tool').map((e) => [e.origin, e.on])).toEqual([['worker', today]]);
  expect(exported.systems[0]!.host.map((h) => h.caseId)).toContain(target.id);
  // No client names from the host system in the file.
  expect(site.cases.some((c) => readFileSync(file, 'utf8').includes(c.client))).toBe(false);

  await options.locator('#data-wipe-confirm').check();
  await options.locator('#data-wipe').click();
  await expect(options.locator('#data-status')).toContainText('Usunięto wszystkie zapisy');
  // The host page is read again at once: the case is back as the system shows it, without our record.
  await panel.reload();
  await expect.poll(() => statusOf(panel, target.requirement)).toBe('missing');
  await expect(panel.getByText(/^Notatki:/)).toHaveCount(0);

  const corrupt = file.replace('zapisy.json', 'zepsuty.json');
  const bad = structuredClone(exported);
  bad.systems[0]!.entries[0]!.on = '2026-13-45';
  writeFileSync(corrupt, JSON.stringify(bad));
  await options.locator('#data-import').setInputFiles(corrupt);
  await expect(options.locator('#data-status')).toContainText('nic nie zmieniono');
  await expect(options.locator('#data-status')).toContainText('systems[0].entries[0].on');
  await panel.reload();
  expect(await statusOf(panel, target.requirement)).toBe('missing');

  await options.locator('#data-import').setInputFiles(file);
  const cases = new Set([
    ...exported.systems[0]!.host.map((h) => h.caseId),
    ...exported.systems[0]!.entries.map((e) => e.caseId),
  ]).size;
  await expect(options.locator('#data-status')).toContainText(`Zaimportowano ${cases} `);
  await panel.reload();
  expect(await statusOf(panel, target.requirement)).toBe('done');
  await expect(panel.getByText(/^Notatki: 1, ostatnia/)).toBeVisible();
  await page.reload();
  await expect.poll(() => badgeText(page)).toContain(expectedBadge(target.missing - 1));
});

test('a drafted agreement .docx opens in LibreOffice; the case packet is the core record', async ({
  context,
  page,
  background,
  extensionId,
}) => {
  const target = caseWithMissingTool();
  const tabId = await openCase(page, background, target.id);
  const panel = await openPanel(context, extensionId, tabId);
  const [download] = await Promise.all([
    panel.waitForEvent('download'),
    panel.locator('button[data-template="cooperation-agreement"]').click(),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'standardy-draft-'));
  const docx = join(dir, download.suggestedFilename());
  await download.saveAs(docx);
  expect(download.suggestedFilename()).toMatch(/^cooperation-agreement-.*\.docx$/);
  const text = pdfText(convertToPdf([docx], dir)[0]!);
  expect(text).toContain('Umowa współpracy');
  expect(text).toContain(target.id);
  expect(site.cases.some((c) => text.includes(c.client))).toBe(false);

  await panel.locator('#copy-packet').click();
  const packet = JSON.parse(await panel.locator('#packet-text').inputValue()) as { caseRecord: unknown };
  const parsed = CaseRecord.parse(packet.caseRecord);
  expect(parsed.id).toBe(target.id);
});

test('the panel says when no adapter matches and links to the options; the adapter test shows each selector', async ({
  context,
  page,
  background,
  extensionId,
}) => {
  await page.goto(demo('/rejestr'));
  await expect(page.locator('standardy-badge')).toHaveCount(50);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('#test-tab').selectOption({ label: demo('/rejestr') });
  await options.locator('#test-run').click();
  await expect(options.locator('#test-result tr[data-selector="rows"]')).toContainText('50');
  await expect(options.locator('#test-result')).toContainText('team-list');

  const tabId = await background.evaluate(async (u) => {
    const pages = ((await chrome.storage.session.get('tab-pages'))['tab-pages'] ?? {}) as Record<
      string,
      { url: string }
    >;
    return Number(Object.entries(pages).find(([, p]) => p.url === u)![0]);
  }, demo('/rejestr'));
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await expect(panel.locator('#panel-state')).toHaveAttribute('data-kind', 'no-case');

  await options.bringToFront();
  const enabled = options.locator('li[data-adapter="demo-opiekun"] input[type="checkbox"]');
  await enabled.click();
  await expect(enabled).not.toBeChecked();
  await page.reload();
  await page.waitForTimeout(800);
  await expect(page.locator('standardy-badge')).toHaveCount(0);
  await panel.reload();
  await expect(panel.locator('#panel-state')).toHaveAttribute('data-kind', 'no-adapter');
  await expect(panel.locator('#panel-state')).toContainText('Żaden adapter nie pasuje');
  await expect(panel.getByRole('button', { name: 'Otwórz ustawienia' })).toBeVisible();
});

test('axe finds no serious or critical violations in the side panel and the options page', async ({
  context,
  page,
  background,
  extensionId,
}) => {
  const target = caseWithMissingTool();
  const tabId = await openCase(page, background, target.id);
  const panel = await openPanel(context, extensionId, tabId);
  await panel
    .locator(`li[data-requirement="${target.requirement}"]`)
    .getByRole('button', { name: 'Wykonano…' })
    .click();
  await panel.locator('details summary').first().click();
  const serious = async (p: Page) =>
    (await new AxeBuilder({ page: p }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(await serious(panel)).toEqual([]);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('h1')).toHaveText('standardy – ustawienia');
  expect(await serious(options)).toEqual([]);
});
