import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseloadByWorker } from '../../../core/index.ts';
import { HOSTILE_NAME } from '../../../extension/demo-host/data.ts';
import { demo, EXTENSION } from './env.ts';
import { expect, expectedSite, rowBadges, shadowText, test } from './fixtures.ts';

const { site, rules, evaluation } = expectedSite();

/** One case of each kind the badges must tell apart. */
function sampleCases(): string[] {
  const ids = site.cases.map((c) => c.record.id);
  const pick = (test: (e: ReturnType<typeof evaluation>) => boolean) =>
    ids.find((id) => test(evaluation(id)))!;
  return [
    ...new Set([
      pick((e) => e.missing > 1),
      pick((e) => e.missing === 0),
      pick((e) => e.overdue),
      pick((e) => e.missing === 1),
    ]),
  ];
}

test('badges on every register row agree with the core, and the banner flags the over-norm workers', async ({
  page,
}) => {
  const opened = sampleCases();
  for (const id of opened) {
    await page.goto(demo(`/sprawy/${id}`));
    const e = evaluation(id);
    const text = await expect
      .poll(() => shadowText(page, 'h1 standardy-badge').catch(() => ''))
      .toContain(`Etap ${e.stage}`)
      .then(() => shadowText(page, 'h1 standardy-badge'));
    expect(text).toContain(e.missing ? `Braki: ${e.missing}` : 'Komplet');
    expect(text.includes('Po terminie')).toBe(e.overdue);
  }

  await page.goto(demo('/rejestr?rozmiar=1000'));
  await expect(page.locator('standardy-badge')).toHaveCount(160);
  const badges = await rowBadges(page);
  for (const c of site.cases) {
    const id = c.record.id;
    const e = evaluation(id);
    const text = badges[id]!;
    expect(text, id).toContain(`Etap ${e.stage}`);
    if (opened.includes(id)) {
      expect(text, id).toContain(e.missing ? `Braki: ${e.missing}` : 'Komplet');
      expect(text.includes('Po terminie'), id).toBe(e.overdue);
    } else expect(text, id).toContain('Nie otwierano');
  }

  const core = caseloadByWorker(
    site.cases.map((c) => c.record),
    rules,
  ).rows.filter((r) => r.status !== 'ok');
  const flagged = await page.$$eval('standardy-banner', (b) =>
    Array.from(b[0]!.shadowRoot!.querySelectorAll('li')).map(
      (li) => `${li.dataset.worker}:${li.dataset.status}`,
    ),
  );
  expect(flagged).toEqual(core.map((r) => `${r.worker}:${r.status}`));
  expect(flagged).toEqual(expect.arrayContaining(['PS-01:over', 'PS-02:near', 'PDS-01:over']));
  expect(await shadowText(page, 'standardy-banner')).toContain('Policzono ze wszystkich 160 spraw');
});

test('a paginated register is counted from every page seen, across single-page navigation', async ({
  page,
}) => {
  await page.goto(demo('/rejestr'));
  await expect
    .poll(() => shadowText(page, 'standardy-banner').catch(() => ''))
    .toContain('Policzono z 50 z 160');
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  for (const n of [2, 3, 4]) {
    await page.locator('nav.stronicowanie a', { hasText: String(n) }).click();
    await expect(page).toHaveURL(new RegExp(`strona=${n}`));
    const first = site.cases[(n - 1) * 50]!.record.id;
    await expect(page.locator(`tr[data-id="${first}"] standardy-badge`)).toHaveCount(1);
  }
  // The URL changed without a reload.
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await expect
    .poll(() => shadowText(page, 'standardy-banner'))
    .toContain('Policzono ze wszystkich 160 spraw');
  const text = await shadowText(page, 'standardy-banner');
  expect(text).toContain('PS-01: 23 aktywne sprawy (norma 20) – ponad normę');
  expect(text).toContain('PDS-01: 86 aktywnych spraw (norma 80) – ponad normę');
  await page.goBack();
  await expect(page).toHaveURL(/strona=3/);
  await expect(page.locator(`tr[data-id="${site.cases[100]!.record.id}"] standardy-badge`)).toHaveCount(1);
});

test("the signed-in worker's banner counts from the host's own count", async ({ page }) => {
  const active = (id: string, field: 'socialWorker' | 'benefitsWorker' = 'socialWorker') =>
    site.cases.filter((c) => c.record[field] === id && c.record.state.status === 'active').length;
  await page.goto(demo('/moje?jako=PS-01'));
  await expect
    .poll(() => shadowText(page, 'standardy-banner').catch(() => ''))
    .toContain(`Masz ${active('PS-01')} aktywne sprawy (norma 20) – ponad normę.`);
  expect(await shadowText(page, 'standardy-banner')).toContain('Według licznika systemu');
  await page.goto(demo('/moje?jako=PS-02'));
  await expect.poll(() => shadowText(page, 'standardy-banner').catch(() => '')).toContain('blisko normy');
  await page.goto(demo('/moje?jako=PDS-01'));
  await expect
    .poll(() => shadowText(page, 'standardy-banner').catch(() => ''))
    .toContain(`Masz ${active('PDS-01', 'benefitsWorker')} aktywnych spraw (norma 80) – ponad normę.`);
  await page.goto(demo('/moje?jako=PS-03'));
  await expect(page.locator('table.rejestr standardy-badge').first()).toBeAttached();
  await page.waitForTimeout(300);
  await expect(page.locator('standardy-banner')).toHaveCount(0);
});

test('a case opened in an iframe preview gets its badge there, and its row learns its tools', async ({
  page,
}) => {
  await page.goto(demo('/rejestr'));
  const id = site.cases
    .slice(0, 50)
    .map((c) => c.record.id)
    .find((x) => evaluation(x).missing > 0)!;
  const e = evaluation(id);
  const row = page.locator(`tr[data-id="${id}"]`);
  await expect.poll(() => rowBadges(page).then((b) => b[id])).toContain('Nie otwierano');
  await row.getByRole('button', { name: 'Podgląd' }).click();
  const frame = page.frameLocator('#podglad iframe');
  await expect(frame.locator('h1 standardy-badge')).toBeAttached();
  const inFrame = page.frames().find((f) => f.url().includes('widok=ramka'))!;
  await expect.poll(() => shadowText(inFrame, 'h1 standardy-badge')).toContain(`Braki: ${e.missing}`);
  await expect.poll(() => rowBadges(page).then((b) => b[id])).toContain(`Braki: ${e.missing}`);
});

test('an adapter that no longer matches shows one plain notice; the host page keeps working', async ({
  page,
}) => {
  await page.goto(demo('/rejestr?uklad=nowy'));
  await expect(page.locator('standardy-notice')).toHaveCount(1);
  expect(await shadowText(page, 'standardy-notice')).toContain('nakładka nie pasuje do tej strony');
  await expect(page.locator('standardy-badge')).toHaveCount(0);
  await page.locator('#eksport').click();
  await expect(page.locator('#eksport-wynik')).toHaveText('Wyeksportowano 50 wierszy');

  await page.goto(demo(`/sprawy/${site.cases[0]!.record.id}?uklad=nowy`));
  await expect(page.locator('standardy-notice')).toHaveCount(1);
  await page.locator('#tresc-notatki').fill('Rozmowa telefoniczna');
  await page.getByRole('button', { name: 'Zapisz notatkę' }).click();
  await expect(page.locator('.notatki li')).toHaveText('Zapisano notatkę: Rozmowa telefoniczna');
  expect(page.url()).toContain('uklad=nowy');
});

test('hostile markup in host data stays text, in the host page and beside our badges', async ({ page }) => {
  const hostile = site.cases.find((c) => c.client === HOSTILE_NAME)!.record.id;
  await page.goto(demo('/rejestr'));
  const row = page.locator(`tr[data-id="${hostile}"]`);
  await expect(row.locator('standardy-badge')).toHaveCount(1);
  await expect(row.locator('td.klient')).toHaveText(HOSTILE_NAME);
  await page.goto(demo(`/sprawy/${hostile}`));
  await expect(page.locator('h1 standardy-badge')).toHaveCount(1);
  await expect(page.locator('dl.osoby dd').first()).toHaveText(HOSTILE_NAME);
  const images = await page.evaluate(() => {
    const all = [...document.querySelectorAll('img')];
    for (const host of document.querySelectorAll('[data-standardy]'))
      all.push(...host.shadowRoot!.querySelectorAll('img'));
    return all.length;
  });
  expect(images).toBe(0);
});

test('nothing happens on a page no adapter covers', async ({ page }) => {
  await page.goto(demo('/pomoc'));
  await page.waitForTimeout(1500);
  await expect(page.locator('[data-standardy]')).toHaveCount(0);
});

test('English as the second locale; badges and the banner are keyboard reachable and not colour-only', async ({
  page,
  extensionId,
}) => {
  await page.goto(demo('/moje?jako=PS-01'));
  const firstLink = page.locator('table.rejestr td.sygn a').first();
  await expect(page.locator('table.rejestr standardy-badge').first()).toBeAttached();
  await firstLink.focus();
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const host = document.activeElement;
    return { tag: host?.tagName, label: host?.shadowRoot?.activeElement?.getAttribute('aria-label') };
  });
  expect(focused.tag).toBe('STANDARDY-BADGE');
  expect(focused.label).toMatch(/^standardy: Etap /);
  // Every part carries a word; a symbol repeats what colour shows.
  expect(await shadowText(page, 'table.rejestr standardy-badge')).toMatch(
    /(✓ Komplet|\? Nie otwierano|⚠ Braki)/,
  );

  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.locator('#lang').selectOption('en');
  await expect(page.locator('h1')).toHaveText('standardy – settings');
  await page.goto(demo('/moje?jako=PS-01'));
  await expect
    .poll(() => shadowText(page, 'standardy-banner').catch(() => ''))
    .toContain('You have 23 active cases (norm 20)');
  expect(await shadowText(page, 'table.rejestr standardy-badge')).toContain('Stage ');
  await page.locator('standardy-banner').getByRole('button', { name: 'Hide' }).click();
  await expect(page.locator('standardy-banner')).toBeHidden();
});

test('no host access at install except the demo origins', async () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8')) as {
    host_permissions?: string[];
    optional_host_permissions: string[];
    content_scripts: { matches: string[] }[];
  };
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.content_scripts.flatMap((c) => c.matches)).toEqual([
    'http://127.0.0.1/*',
    'http://localhost/*',
  ]);
  expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
});
