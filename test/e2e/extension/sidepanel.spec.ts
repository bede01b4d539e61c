import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from '@playwright/test';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { addDays, CaseRecord, evaluateCase, plDate } from '../../../core/index.ts';
import type { RecordsFileV2 } from '../../../core/index.ts';
import { draftFileName } from '../../../extension/sidepanel/Drafts.tsx';
import { MONTHS } from '../../../extension/ui/messages.ts';
import { convertToPdf, pdfText } from '../../support/libreoffice.ts';
import { CHROMIUM_ARGS, demo, isLocal, ROOT } from './env.ts';
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
  // A Polish file name from the document's name and the case number, no `/` (2026/PS/0023 → 2026-PS-0023).
  expect(download.suggestedFilename()).toBe(`umowa-wspolpracy-${target.id.replace(/\//g, '-')}.docx`);
  expect(draftFileName('cooperation-agreement', '2026/PS/0023')).toBe('umowa-wspolpracy-2026-PS-0023.docx');
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
  // The page by what it is, not by its id; the selectors in words beside their keys.
  await expect(options.locator('#test-result [data-page="team-list"]')).toHaveText(
    'Rozpoznana strona: lista spraw zespołu',
  );
  await expect(options.locator('#test-result tr[data-selector="rows"]')).toContainText('wiersze spraw');

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

/** Axe with the WCAG 2.1 AA rules; anything moderate or worse fails. */
async function axeViolations(p: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page: p })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact !== 'minor' && v.impact !== null)
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('axe (WCAG 2.1 AA, moderate and up) finds nothing in the side panel, its calendar and the options page', async ({
  context,
  page,
  background,
  extensionId,
}) => {
  const target = caseWithMissingTool();
  const tabId = await openCase(page, background, target.id);
  const panel = await openPanel(context, extensionId, tabId);
  const row = panel.locator(`li[data-requirement="${target.requirement}"]`);
  await row.getByRole('button', { name: 'Wykonano…' }).click();
  await panel.locator('details summary').first().click();
  expect(await axeViolations(panel)).toEqual([]);
  // The calendar open, and a date field showing its error.
  await row.getByRole('button', { name: 'Wybierz z kalendarza: Data' }).click();
  await expect(panel.getByRole('dialog', { name: 'Kalendarz: Data' })).toBeVisible();
  expect(await axeViolations(panel)).toEqual([]);
  await panel.keyboard.press('Escape');
  await row.getByLabel('Data', { exact: true }).fill('31.02.2026');
  await row.getByLabel('Data', { exact: true }).blur();
  await expect(row.getByText('Takiego dnia nie ma w kalendarzu.')).toBeVisible();
  expect(await axeViolations(panel)).toEqual([]);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('h1')).toHaveText('standardy – ustawienia');
  expect(await axeViolations(options)).toEqual([]);
  await options.screenshot({ path: join(ROOT, 'test-results/extension/options-1280.png'), fullPage: true });
});

test('dates are dd.mm.rrrr whatever the browser: typed and checked, or chosen in a Polish calendar', async ({
  context,
  page,
  background,
  extensionId,
}) => {
  const target = caseWithMissingTool(3);
  const tabId = await openCase(page, background, target.id);
  const panel = await openPanel(context, extensionId, tabId);
  // No native date input: its format and its picker follow the browser's locale, not the extension's.
  await expect(panel.locator('input[type="date"]')).toHaveCount(0);
  const row = panel.locator(`li[data-requirement="${target.requirement}"]`);
  await row.getByRole('button', { name: 'Wykonano…' }).click();
  const field = row.getByLabel('Data', { exact: true });
  await expect(field).toHaveValue(plDate(today));

  // A date that does not exist, then the US order: refused beside the field and on saving, nothing saved.
  await field.fill('31.02.2026');
  await field.blur();
  await expect(row.getByText('Takiego dnia nie ma w kalendarzu.')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await row.getByRole('button', { name: 'Zapisz' }).click();
  await expect(row.getByRole('alert')).toContainText('Data: Takiego dnia nie ma w kalendarzu.');
  expect(await statusOf(panel, target.requirement)).toBe('missing');
  await field.fill(plDate(addDays(today, 1)));
  await expect(row.getByText(`Data nie może być późniejsza niż ${plDate(today)}.`)).toBeVisible();

  // The calendar: Polish month names, Monday first, the keyboard moves the day; Enter picks it.
  await row.getByRole('button', { name: 'Wybierz z kalendarza: Data' }).click();
  const calendar = panel.getByRole('dialog', { name: 'Kalendarz: Data' });
  const month = MONTHS.pl.nominative[Number(today.slice(5, 7)) - 1]!;
  await expect(calendar).toContainText(`${month} ${today.slice(0, 4)}`);
  await expect(calendar.locator('th').first()).toHaveText('pn');
  await expect(calendar.locator(`button[data-day="${today}"]`)).toBeFocused();
  await panel.keyboard.press('ArrowLeft');
  await panel.keyboard.press('ArrowUp');
  const picked = addDays(today, -8);
  await expect(calendar.locator(`button[data-day="${picked}"]`)).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect(calendar).toHaveCount(0);
  await expect(field).toHaveValue(plDate(picked));
  await expect(field).toBeFocused();
  await row.getByRole('button', { name: 'Zapisz' }).click();
  await expect(row).toHaveAttribute('data-status', 'done');
  await expect(row).toContainText(`wykonane ${plDate(picked)}`);
});

test('at 380 px the side panel has no horizontal scroll and the stage choice is not cut', async ({
  context,
  page,
  background,
  extensionId,
}) => {
  const target = caseWithMissingTool();
  const tabId = await openCase(page, background, target.id);
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 380, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await expect(panel.locator('h1')).toContainText('Sprawa');
  const overflow = () =>
    panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBe(0);
  // Every stage's full name is inside the panel (radio buttons wrap; a drop-down cut them at ~45 signs).
  const stages = panel.locator('#stage-choice label');
  await expect(stages).toHaveCount(7);
  for (const box of await stages.evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().toJSON())))
    expect(box.right).toBeLessThanOrEqual(380);
  await expect(stages.nth(4)).toContainText(
    '3 – Opracowanie planu działania i budowa indywidualnego pakietu usług',
  );
  // The calendar fits too.
  const row = panel.locator(`li[data-requirement="${target.requirement}"]`);
  await row.getByRole('button', { name: 'Wykonano…' }).click();
  await row.getByRole('button', { name: 'Wybierz z kalendarza: Data' }).click();
  const calendar = await panel.getByRole('dialog').boundingBox();
  expect(calendar!.x + calendar!.width).toBeLessThanOrEqual(380);
  expect(await overflow()).toBe(0);
  await panel.screenshot({
    path: join(ROOT, 'test-results/extension/sidepanel-380-calendar.png'),
    clip: { x: 0, y: calendar!.y - 120, width: 380, height: calendar!.height + 140 },
  });
  await panel.keyboard.press('Escape');
  await panel.screenshot({ path: join(ROOT, 'test-results/extension/sidepanel-380.png'), fullPage: true });
  await panel.setViewportSize({ width: 1280, height: 900 });
  await panel.screenshot({ path: join(ROOT, 'test-results/extension/sidepanel-1280.png'), fullPage: true });
});

test('the agreement section agrees with the host: an agreement the system shows is not "Brak zapisanej umowy"', async ({
  context,
  page,
  background,
  extensionId,
}) => {
  const withAgreement = site.cases
    .map((c) => c.record)
    .find((r) => r.agreement && r.state.status === 'active')!;
  const tabId = await openCase(page, background, withAgreement.id);
  const panel = await openPanel(context, extensionId, tabId);
  const state = panel.locator('#agreement-state');
  await expect(state).toHaveAttribute('data-state', 'done');
  await expect(state).toHaveText(
    `Umowa współpracy zawarta ${plDate(withAgreement.agreement!.signedOn)} – według systemu ośrodka.`,
  );
  await expect(panel.locator('#agreement')).not.toContainText('Brak zapisanej umowy');
  // The form asks for what is missing, starting from the system's signing date.
  await panel.locator('#agreement summary').click();
  await expect(panel.locator('#agreement').getByLabel('Data zawarcia', { exact: true })).toHaveValue(
    plDate(withAgreement.agreement!.signedOn),
  );
  // Where the status and the stage came from.
  await expect(panel.locator('#provenance')).toContainText('status – system ośrodka');

  // A case without one says so.
  const without = site.cases
    .map((c) => c.record)
    .find(
      (r) =>
        !r.agreement &&
        r.state.status === 'active' &&
        evaluateCase(r, rules, today).checklist.some(
          (i) => i.tools.includes('oo-cooperation-agreement') && i.status === 'missing',
        ),
    )!;
  await page.goto(demo(`/sprawy/${encodeURIComponent(without.id)}`));
  const other = await openPanel(context, extensionId, await tabShowing(background, page.url()));
  await expect(other.locator('#agreement-state')).toHaveAttribute('data-state', 'none');
});

test('retention lists the real closing date and who closed it; a host closing seen later is "najpóźniej"', async ({
  context,
  page,
  background,
  extensionId,
}) => {
  // A worker closes a case in the panel, dated three days ago.
  const target = caseWithMissingTool();
  const tabId = await openCase(page, background, target.id);
  const panel = await openPanel(context, extensionId, tabId);
  await panel.getByText('Zakończ sprawę').click();
  const close = panel.getByRole('form', { name: 'Zakończ sprawę' });
  await close.getByLabel('Data', { exact: true }).fill(plDate(addDays(today, -3)));
  await close.getByRole('button', { name: 'Zapisz' }).click();
  await expect(panel.locator('#case-summary')).toContainText('zakończona');
  // A case the host shows closed, first seen today: the day it closed is not known, only "at the latest".
  const closed = site.cases.find((c) => c.record.state.status === 'closed')!.record;
  await openCase(page, background, closed.id);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const mine = options.locator(`#retention-list tr[data-case="${target.id}"]`);
  await expect(mine).toHaveAttribute('data-closed-by', 'worker');
  await expect(mine.locator('td').nth(1)).toHaveText(plDate(addDays(today, -3)));
  await expect(mine.locator('td').nth(2)).toHaveText('pracownik (panel boczny)');
  const host = options.locator(`#retention-list tr[data-case="${closed.id}"]`);
  await expect(host).toHaveAttribute('data-closed-by', 'host');
  await expect(host.locator('td').nth(1)).toContainText(`najpóźniej ${plDate(today)}`);
  await expect(host.locator('td').nth(2)).toHaveText('system ośrodka');
  await options.locator('#retention-h').scrollIntoViewIfNeeded();
  await options.screenshot({ path: join(ROOT, 'test-results/extension/options-retention.png') });
});
