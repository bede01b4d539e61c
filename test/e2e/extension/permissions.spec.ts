import { execFileSync } from 'node:child_process';
import { demo } from './env.ts';
import { expect, rowBadges, test } from './fixtures.ts';

// The permission prompt is native UI: it needs a headed browser under Xvfb, accepted with xdotool.
test.use({ headed: true });
test.skip(!process.env.DISPLAY, 'needs a display (npm run test:e2e runs under xvfb-run)');

test('granting a second origin registers the content script there and badges appear', async ({
  page,
  extensionId,
  background,
}) => {
  const other = demo('', '127.0.0.2');
  await page.goto(`${other}/rejestr`);
  await page.waitForTimeout(1500);
  await expect(page.locator('[data-standardy]')).toHaveCount(0);

  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.locator('#origin').fill(other);
  await page.locator('#grant').click();
  // Let the native prompt open, then accept it from the keyboard.
  await page.waitForTimeout(1500);
  execFileSync('xdotool', ['key', 'Tab', 'Return']);
  await expect(page.locator(`#systems li[data-origin="${other}"]`)).toContainText('dostęp udzielony');
  await expect
    .poll(() =>
      background.evaluate(async () =>
        (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []),
      ),
    )
    .toEqual(['http://127.0.0.2/*']);

  await page.goto(`${other}/rejestr`);
  await expect(page.locator('standardy-badge')).toHaveCount(50);
  expect(Object.values(await rowBadges(page)).every((t) => t.startsWith('Etap '))).toBe(true);
});
