import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoDataset } from '../../../core/index.ts';
import { optionsMessages } from '../../../extension/entrypoints/options/i18n.ts';
import { localToday } from '../../../extension/lib/today.ts';
import { ROOT } from './env.ts';
import { expect, test } from './fixtures.ts';

// A records backup over Chromium's 64 MiB message limit imports through the options page in parts; one
// above the stated 256 MB limit is refused before it is read. The status line says each step.
test('a 70 MB backup imports in parts; a 300 MB one is refused with the limit', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'standardy-backup-'));
  const today = localToday();
  const records = demoDataset(today).cases.records.filter((r) => r.kind === 'case');
  const file = {
    format: 'standardy-records',
    formatVersion: 1,
    exportedOn: today,
    systems: [{ system: 'http://127.0.0.1:4310', cases: { formatVersion: 1, records } }],
  };
  // Whitespace between JSON tokens grows the file past 64 MiB without changing what it holds.
  const text = JSON.stringify(file, null, 2).replace('\n', '\n' + ' '.repeat(70 * 2 ** 20));
  const big = join(dir, 'zapisy-70mb.json');
  writeFileSync(big, text);
  const huge = join(dir, 'zapisy-300mb.json');
  writeFileSync(huge, '');
  truncateSync(huge, 300 * 2 ** 20);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const status = options.locator('#data-status');
  await options.locator('#data-import').setInputFiles(huge);
  await expect(status).toContainText('plik kopii ma 300 MB, więcej niż dopuszczalne 256 MB');
  await status.screenshot({ path: join(ROOT, 'test-results/extension/options-backup-refused.png') });

  await options.locator('#data-import').setInputFiles(big);
  await expect(status).toContainText(optionsMessages.t('pl', 'data-imported', { n: records.length }), {
    timeout: 150_000,
  });
  await options.locator('#data-h').scrollIntoViewIfNeeded();
  await options.screenshot({
    path: join(ROOT, 'test-results/extension/options-backup-import.png'),
    fullPage: true,
  });
  rmSync(dir, { recursive: true, force: true });
});
