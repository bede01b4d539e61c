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
const packet = JSON.stringify({ caseRecord }, null, 2);

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

/** axe with WCAG 2.0/2.1 A and AA rules, moderate impact and up. */
async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  // Fluent UI's focus sentinels (tabster `<i data-tabster-dummy aria-hidden tabindex=0>`) trip
  // aria-hidden-focus by design: they only forward focus (microsoft/tabster#288; Accessibility Insights
  // suppresses exactly these nodes). Only those nodes are dropped; any other node still fails.
  const bad = violations
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && n.html.includes('data-tabster-dummy'))),
    }))
    .filter((v) => v.nodes.length > 0 && ['moderate', 'serious', 'critical'].includes(v.impact ?? ''));
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The pane fits the task pane's width: no horizontal scroll, nothing cut off on the right. */
async function expectFits(page: Page, width = 320) {
  const { scroll, overflowing } = await page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    // Every visible element, so a cut-off drop-down or message bar is named, not just measured.
    const cut = [...document.querySelectorAll('body *')]
      .filter((e) => e.getClientRects().length > 0)
      .filter(
        (e) =>
          e.getBoundingClientRect().right > w + 0.5 ||
          e.getBoundingClientRect().left + e.scrollWidth > w + 0.5,
      )
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].slice(0, 2).join('.')}`);
    return { scroll: document.documentElement.scrollWidth, overflowing: cut };
  });
  expect(overflowing).toEqual([]);
  expect(scroll).toBeLessThanOrEqual(width);
}

const fake = <T>(page: Page, fn: (doc: FakeWordDocument, arg: string) => T, arg = '') =>
  page.evaluate(
    ([src, a]) =>
      new Function('doc', 'arg', `return (${src})(doc, arg)`)((window as unknown as Win).__fakeWord, a),
    [fn.toString(), arg] as const,
  ) as Promise<T>;

test.use({ viewport: { width: 320, height: 900 } });

test('in Word at 320 px: packet from the clipboard → insert → check → update', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const outside = await open(page, 'fake-word');
  await expect(page.getByText('Połączono z Wordem')).toBeVisible();
  await expectFits(page);

  // Nothing is red before anything is typed.
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
  await expect(page.getByText(/Brakuje \d+ wymaganych pól/)).toHaveCount(0);

  // Not JSON on the clipboard: a clear Polish error, the form untouched.
  await page.evaluate(() => navigator.clipboard.writeText('Jan Kowalski, ul. Polna 1'));
  await page.getByRole('button', { name: 'Wczytaj ze schowka' }).click();
  await expect(page.getByText(/To nie jest pakiet sprawy: tekst nie jest w formacie JSON/)).toBeVisible();
  await expectFits(page);

  // The packet the extension copies: the case's facts, never a worker id in a name field.
  await page.evaluate((text) => navigator.clipboard.writeText(text), packet);
  await page.getByRole('button', { name: 'Wczytaj ze schowka' }).click();
  await expect(page.getByText(`Wypełniono z pakietu sprawy ${caseRecord.id}`)).toBeVisible();
  await expect(page.locator('#f-caseId')).toHaveValue(caseRecord.id);
  await expect(page.locator('#f-workerName')).toHaveValue('');
  await expect(page.locator('#f-workerName')).not.toHaveValue(String(caseRecord.socialWorker));

  // A date that does not exist, typed as dd.mm.rrrr: the error shows once the field is left.
  await page.locator('#f-reviewDates').fill('30.02.2026');
  await expect(page.locator('#f-reviewDates')).not.toHaveAttribute('aria-invalid', 'true');
  await page.locator('#f-reviewDates').blur();
  await expect(page.getByText(/Jedna z dat jest niepoprawna/)).toBeVisible();
  await page.getByRole('button', { name: 'Wstaw w miejscu kursora' }).click();
  await expect(page.getByText(/Popraw 1 zaznaczone pole/)).toBeVisible();
  await expect(page.getByText('Wstawiono dokument')).toHaveCount(0);
  await expectFits(page);

  // Dates typed as dd.mm.rrrr in the Polish date picker; shown back the same way.
  await page.locator('#f-periodFrom').fill('01.06.2026');
  await page.locator('#f-periodFrom').press('Enter');
  await page.locator('#f-periodTo').fill('31.12.2026');
  await page.locator('#f-periodTo').press('Enter');
  await expect(page.locator('#f-periodFrom')).toHaveValue('01.06.2026');
  await page.locator('#f-reviewDates').fill('01.09.2026');
  await page.locator('#f-reviewDates').blur();
  await expect(page.getByText(/Jedna z dat jest niepoprawna/)).toHaveCount(0);
  await page.locator('#f-place').fill('Toruń');
  await page.locator('#f-clientName').fill('Anna Przykładowa');
  await page.locator('#f-workerName').fill('Ewa Szymańska');
  await page.locator('#f-generalGoal').fill('Samodzielne prowadzenie gospodarstwa domowego.');
  await expectAccessible(page);
  await expectFits(page);

  // The calendar speaks Polish whatever the browser's language, and starts the week on Monday.
  await page.locator('#f-drawnUpOn').click();
  await expect(
    page
      .getByRole('dialog')
      .getByText(/czerwiec|listopad|grudzień|styczeń/)
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('dialog').getByText('Pn', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');

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
  expect(await fake(page, (doc) => doc.controlText('periodFrom'))).toBe('01.06.2026');
  expect(await fake(page, (doc) => doc.tables().length)).toBeGreaterThan(3);

  // Check: the client's address is missing; the click selects its control. No command-line talk.
  await page.getByRole('tab', { name: 'Sprawdź' }).click();
  await expect(page.getByText(/standardy doc/)).toHaveCount(0);
  await fake(page, (doc) => doc.resetCounters());
  await page.getByRole('button', { name: 'Sprawdź otwarty dokument' }).click();
  await expect(page.getByText(/Dokument „Umowa współpracy”: brakuje \d+ wymaganych elementów/)).toBeVisible();
  expect(await fake(page, (doc) => doc.syncs)).toBe(1);
  await page.getByRole('button', { name: 'Pokaż w dokumencie: Klient – adres zamieszkania' }).click();
  await expect
    .poll(() => fake(page, (doc) => (doc.selected?.kind === 'control' ? doc.selected.tag : null)))
    .toBe('clientAddress');
  await expectAccessible(page);
  await expectFits(page);

  // The user types the address in Word; the check no longer lists it.
  await fake(page, (doc) => doc.userEdit('clientAddress', 'ul. Przykładowa 1, Toruń'));
  await page.getByRole('button', { name: 'Sprawdź otwarty dokument' }).click();
  await expect(
    page.getByRole('button', { name: 'Pokaż w dokumencie: Klient – adres zamieszkania' }),
  ).toHaveCount(0);

  // Update: change the place in the form; only its control changes; the message names the field in Polish.
  await page.getByRole('tab', { name: 'Utwórz' }).click();
  await page.locator('#f-place').fill('Toruń-Podgórz');
  await fake(page, (doc) => doc.resetCounters());
  await page.getByRole('button', { name: 'Aktualizuj zmienione pola w dokumencie (1)' }).click();
  await expect(page.getByText('Zaktualizowano pola: Miejscowość.')).toBeVisible();
  expect(await fake(page, (doc) => doc.controlText('place'))).toBe('Toruń-Podgórz');
  expect(await fake(page, (doc) => doc.controlText('clientAddress'))).toBe('ul. Przykładowa 1, Toruń');
  expect(await fake(page, (doc) => doc.syncs)).toBe(2);

  // A field whose control the user deleted is reported by its label, not recreated.
  await fake(page, (doc) => doc.userDelete('clientName'));
  await page.locator('#f-clientName').fill('Anna Nowa');
  await page.getByRole('button', { name: /Aktualizuj zmienione pola/ }).click();
  await expect(page.getByText(/nie utworzono ich ponownie: Klient – imię i nazwisko\./)).toBeVisible();
  expect(await fake(page, (doc) => doc.controls('clientName').length)).toBe(0);
  await expectFits(page);
  expect(outside.filter((u) => !u.startsWith('https://appsforoffice.microsoft.com/'))).toEqual([]);
});

test('outside Word: a packet file opens; the .docx downloads with a Polish name and LibreOffice opens it', async ({
  page,
}) => {
  await open(page, 'offline');
  await expect(page.getByText(/Otwarto poza Wordem/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Wstaw w miejscu kursora' })).toHaveCount(0);
  await expectFits(page);

  // An invalid packet file: what is wrong, with the place.
  await page.locator('#packet-file').setInputFiles({
    name: 'pakiet.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ caseRecord: { kind: 'case', id: 'X/1' } })),
  });
  await expect(page.getByText(/Pakiet sprawy jest niepoprawny \(\d+ błęd/)).toBeVisible();
  await page.locator('#packet-file').setInputFiles({
    name: 'pakiet.json',
    mimeType: 'application/json',
    buffer: Buffer.from(packet),
  });
  await expect(page.locator('#f-caseId')).toHaveValue(caseRecord.id);
  await page.locator('#f-caseId').fill('2026/PS/0042');
  await page.locator('#f-place').fill('Toruń');
  await expectAccessible(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Pobierz .docx' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('umowa-wspolpracy-2026-PS-0042.docx');
  const dir = mkdtempSync(join(tmpdir(), 'standardy-addin-'));
  const file = join(dir, 'umowa.docx');
  await download.saveAs(file);
  const fields = await readDocxFields(readFileSync(file));
  expect(fields.fields.caseId).toBe('2026/PS/0042');
  expect(fields.templateId).toBe('cooperation-agreement');

  const [pdf] = convertToPdf([file], dir);
  const text = pdfText(pdf!);
  expect(text).toContain('UMOWA WSPÓŁPRACY');
  expect(text).toContain('2026/PS/0042');

  // The check tab reads the same file: a button in Polish opens it (no browser „Choose File”).
  await page.getByRole('tab', { name: 'Sprawdź' }).click();
  await expect(page.getByRole('button', { name: 'Sprawdź plik .docx' })).toBeVisible();
  await page.locator('#check-file').setInputFiles(file);
  await expect(page.getByText(/Dokument „Umowa współpracy”: brakuje \d+ wymaganych elementów/)).toBeVisible();
  await page.locator('#check-file').setInputFiles({
    name: 'nie-docx.docx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('to nie jest plik Worda'),
  });
  await expect(page.getByText('Nie można odczytać pliku jako dokumentu Word (.docx).')).toBeVisible();
  await expectAccessible(page);
  await expectFits(page);
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
  await expectFits(page);
});
