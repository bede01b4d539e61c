import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { demoDataset } from '../../../core/index.ts';
import type { FakeWordDocument } from '../../../office-addin/fake-word/fake-word.ts';
import { readDocxFields } from '../../../templates/index.ts';
import { STAND_IN_DIR } from './global-setup.ts';
import { convertToPdf, pdfText } from '../../support/libreoffice.ts';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/**';
const caseRecord = demoDataset('2026-11-25').cases.records.find((r) => r.kind === 'case')!;

type Win = { __fakeWord: FakeWordDocument };

/** Nothing leaves 127.0.0.1; office.js is answered by `officeJs` (the fake Word, or nothing at all). */
async function open(page: Page, officeJs: 'fake-word' | 'offline' | 'no-host'): Promise<string[]> {
  const outside: string[] = [];
  await page.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => {
    outside.push(route.request().url());
    return route.abort();
  });
  if (officeJs === 'fake-word')
    await page.route(OFFICE_JS, (route) =>
      route.fulfill({ path: `${STAND_IN_DIR}/office-js-stand-in.js`, contentType: 'text/javascript' }),
    );
  if (officeJs === 'no-host')
    // What the real office.js does in a plain browser tab: onReady with no host.
    await page.route(OFFICE_JS, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: 'window.Office = { HostType: { Word: "Word" }, onReady: () => Promise.resolve({ host: null, platform: null }) };',
      }),
    );
  await page.goto('/index.html');
  return outside;
}

async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  // Fluent UI's focus sentinels (tabster `<i data-tabster-dummy aria-hidden tabindex=0>`) trip
  // aria-hidden-focus by design: they only forward focus (microsoft/tabster#288; Accessibility Insights
  // suppresses exactly these nodes). Only those nodes are dropped; any other node still fails.
  const bad = violations
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && n.html.includes('data-tabster-dummy'))),
    }))
    .filter((v) => v.nodes.length > 0 && (v.impact === 'serious' || v.impact === 'critical'));
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const fake = <T>(page: Page, fn: (doc: FakeWordDocument, arg: string) => T, arg = '') =>
  page.evaluate(
    ([src, a]) =>
      new Function('doc', 'arg', `return (${src})(doc, arg)`)((window as unknown as Win).__fakeWord, a),
    [fn.toString(), arg] as const,
  ) as Promise<T>;

test('in Word: draft from a case packet → insert → check → update', async ({ page }) => {
  const outside = await open(page, 'fake-word');
  await expect(page.getByText('Połączono z Wordem')).toBeVisible();

  // Prefill from the case packet the extension copies ({caseRecord: …}).
  await page.locator('#packet').fill(JSON.stringify({ caseRecord }));
  await page.getByRole('button', { name: 'Wypełnij ze sprawy' }).click();
  await expect(page.locator('#f-caseId')).toHaveValue(caseRecord.id);

  // Inline errors as you type: a date that does not exist.
  await page.locator('#f-reviewDates').fill('2026-02-30');
  await expect(page.locator('#f-reviewDates')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/Popraw zaznaczone pola/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Wstaw w miejscu kursora' })).toBeDisabled();
  await page.locator('#f-periodFrom').fill('2026-06-01');
  await page.locator('#f-periodTo').fill('2026-12-31');
  await page.locator('#f-reviewDates').fill('2026-09-01');
  await expect(page.locator('#f-reviewDates')).not.toHaveAttribute('aria-invalid', 'true');
  await page.locator('#f-place').fill('Toruń');
  await page.locator('#f-clientName').fill('Anna Przykładowa');
  await page.locator('#f-generalGoal').fill('Samodzielne prowadzenie gospodarstwa domowego.');
  await expectAccessible(page);

  // Insert at the cursor: one Word.run, one sync; the user's paragraph stays first.
  await fake(page, (doc) => doc.resetCounters());
  await page.getByRole('button', { name: 'Wstaw w miejscu kursora' }).click();
  await expect(page.getByText('Wstawiono dokument „Umowa współpracy”.')).toBeVisible();
  expect(await fake(page, (doc) => [doc.syncs, doc.runs])).toEqual([1, 1]);
  expect(await fake(page, (doc) => doc.paragraphs()[0]!.text)).toBe(
    'Akapit napisany wcześniej przez użytkownika.',
  );
  expect(await fake(page, (doc) => doc.controlText('caseId'))).toBe(caseRecord.id);
  expect(await fake(page, (doc) => doc.controlText('place'))).toBe('Toruń');

  // Check: the client's address is missing; the click selects its control.
  await page.getByRole('tab', { name: 'Sprawdź' }).click();
  await fake(page, (doc) => doc.resetCounters());
  await page.getByRole('button', { name: 'Sprawdź otwarty dokument' }).click();
  await expect(page.getByText(/Dokument „Umowa współpracy”: brakuje \d+ wymaganych elementów/)).toBeVisible();
  expect(await fake(page, (doc) => doc.syncs)).toBe(1);
  await page.getByRole('button', { name: 'Pokaż w dokumencie: Klient – adres zamieszkania' }).click();
  await expect
    .poll(() => fake(page, (doc) => (doc.selected?.kind === 'control' ? doc.selected.tag : null)))
    .toBe('clientAddress');
  await expectAccessible(page);

  // The user types the address in Word; the check no longer lists it.
  await fake(page, (doc) => doc.userEdit('clientAddress', 'ul. Przykładowa 1, Toruń'));
  await page.getByRole('button', { name: 'Sprawdź otwarty dokument' }).click();
  await expect(
    page.getByRole('button', { name: 'Pokaż w dokumencie: Klient – adres zamieszkania' }),
  ).toHaveCount(0);

  // Update: change the place in the form; only its control changes, the user's address stays.
  await page.getByRole('tab', { name: 'Utwórz' }).click();
  await page.locator('#f-place').fill('Toruń-Podgórz');
  await fake(page, (doc) => doc.resetCounters());
  await page.getByRole('button', { name: 'Aktualizuj zmienione pola w dokumencie (1)' }).click();
  await expect(page.getByText('Zaktualizowano pola: place.')).toBeVisible();
  expect(await fake(page, (doc) => doc.controlText('place'))).toBe('Toruń-Podgórz');
  expect(await fake(page, (doc) => doc.controlText('clientAddress'))).toBe('ul. Przykładowa 1, Toruń');
  expect(await fake(page, (doc) => doc.syncs)).toBe(2);

  // A field whose control the user deleted is reported, not recreated.
  await fake(page, (doc) => doc.userDelete('clientName'));
  await page.locator('#f-clientName').fill('Anna Nowa');
  await page.getByRole('button', { name: /Aktualizuj zmienione pola/ }).click();
  await expect(page.getByText(/nie utworzono ich ponownie: clientName/)).toBeVisible();
  expect(await fake(page, (doc) => doc.controls('clientName').length)).toBe(0);
  expect(outside.filter((u) => !u.startsWith('https://appsforoffice.microsoft.com/'))).toEqual([]);
});

test('outside Word (office.js unreachable): the pane says so and downloads a .docx LibreOffice opens', async ({
  page,
}) => {
  await open(page, 'offline');
  await expect(page.getByText(/Otwarto poza Wordem/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Wstaw w miejscu kursora' })).toHaveCount(0);
  await page.locator('#f-caseId').fill('2026/PS/0042');
  await page.locator('#f-place').fill('Toruń');
  await expectAccessible(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Pobierz .docx' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('cooperation-agreement-2026_PS_0042.docx');
  const dir = mkdtempSync(join(tmpdir(), 'standardy-addin-'));
  const file = join(dir, 'umowa.docx');
  await download.saveAs(file);
  const fields = await readDocxFields(readFileSync(file));
  expect(fields.fields.caseId).toBe('2026/PS/0042');
  expect(fields.templateId).toBe('cooperation-agreement');

  const [pdf] = convertToPdf([file], dir);
  const text = pdfText(pdf!);
  expect(text).toContain('Umowa współpracy');
  expect(text).toContain('2026/PS/0042');
});

test('outside Word (office.js reports no host): the same download mode; the language can switch', async ({
  page,
}) => {
  await open(page, 'no-host');
  await expect(page.getByText(/Otwarto poza Wordem/)).toBeVisible();
  await page.getByRole('combobox', { name: 'Język' }).selectOption('en');
  await expect(page.getByText(/Opened outside Word/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download .docx' })).toBeVisible();
  await expectAccessible(page);
});
