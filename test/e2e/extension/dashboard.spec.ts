import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import {
  buildAudit,
  compileRules,
  DEMO_REGISTER_MAPPING,
  demoDataset,
  gapsCsv,
  importRegister,
  importTimeUse,
  parsePolicy,
  readTable,
  RegisterMapping,
} from '../../../core/index.ts';
import type { Policy } from '../../../core/index.ts';
import { percent } from '../../../extension/dashboard/i18n.ts';
import { filterCases, NO_FILTERS } from '../../../extension/dashboard/model.ts';
import { buildSite, HOSTILE_NAME } from '../../../extension/demo-host/data.ts';
import { localToday } from '../../../extension/lib/today.ts';
import { convertToPdf, pdfText } from '../../support/libreoffice.ts';
import { demo } from './env.ts';
import { expect, test } from './fixtures.ts';

/** Save a download under a name of our own (LibreOffice names the PDF after the file). */
async function saved(download: Download, dir: string, name: string): Promise<string> {
  const path = join(dir, name);
  await download.saveAs(path);
  return path;
}

async function clickDownload(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download;
}

test('a supervisor goes from the register export to the report', async ({ context, page, extensionId }) => {
  test.setTimeout(90_000);
  const dir = mkdtempSync(join(tmpdir(), 'standardy-dashboard-'));
  const today = localToday();

  // The demo system's export page (over 127.0.0.1), as a supervisor downloads it.
  await page.goto(demo('/eksport'));
  const csvPath = await saved(
    await clickDownload(page, () => page.getByRole('link', { name: /Rejestr spraw – CSV/ }).click()),
    dir,
    'rejestr.csv',
  );
  const xlsxPath = await saved(
    await clickDownload(page, () => page.getByRole('link', { name: /Rejestr spraw – Excel/ }).click()),
    dir,
    'rejestr.xlsx',
  );
  const timePath = await saved(
    await clickDownload(page, () => page.getByRole('link', { name: /Ewidencja czasu pracy/ }).click()),
    dir,
    'czas-pracy.csv',
  );
  const clients = buildSite(today).cases.map((c) => c.client);
  expect(readFileSync(csvPath, 'utf8')).toContain(clients[0]!); // the export carries names, like a real one

  // What the core makes of the same register, with the demo centre's policy.
  const policy = (parsePolicy(demoDataset(today).policy) as { ok: true; value: Policy }).value;
  const rules = compileRules(policy);
  const mapping = RegisterMapping.parse(DEMO_REGISTER_MAPPING);
  const imported = importRegister(await readTable(readFileSync(csvPath), mapping), mapping, rules, today);
  const timeUse = importTimeUse(await readTable(readFileSync(timePath))).entries;
  const audit = buildAudit(imported.records, rules, today, timeUse);
  const c = audit.check;
  expect(imported.records.length).toBeGreaterThan(100);

  const dash = await context.newPage();
  const errors: string[] = [];
  dash.on('pageerror', (e) => errors.push(e.message));
  await dash.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await expect(dash.getByRole('heading', { level: 1 })).toHaveText('Pulpit koordynatora pracy socjalnej');
  // The policy in force (the same for every surface): the demo centre's, set from the dashboard.
  await dash.getByRole('button', { name: /polityki ośrodka demonstracyjnego/ }).click();
  await expect(dash.locator('#policy-in-force')).toHaveAttribute('data-source', 'imported');

  // XLSX first: detected and previewed with the same figures as the CSV.
  await dash.getByTestId('register-file').setInputFiles(xlsxPath);
  await expect(dash.locator('#import-detected')).toContainText('XLSX');
  await expect(dash.locator('#import-preview')).toContainText(`do importu: ${imported.records.length};`);

  // Then the CSV: UTF-8, `;`, the demo mapping prefilled.
  await dash.getByTestId('register-file').setInputFiles(csvPath);
  await expect(dash.locator('#import-detected')).toContainText('CSV, utf-8, separator ;');
  await expect(dash.locator('#col-caseId')).toHaveValue('Nr sprawy');
  await expect(dash.locator('#import-preview')).toContainText(
    `Wierszy: ${imported.rowsRead}; do importu: ${imported.records.length}; pominięte (błędy): ${imported.errors.length};`,
  );
  await dash.getByRole('button', { name: `Importuj ${imported.records.length} spraw` }).click();
  await expect(dash.locator('#import-done')).toContainText(`Zaimportowano ${imported.records.length} spraw`);

  // The figures equal the core's audit of the same register.
  await expect(dash.getByTestId('team-completeness')).toContainText(percent('pl', c.completeness.team.share));
  await expect(dash.getByTestId('team-completeness')).toContainText(
    `${c.completeness.team.done} z ${c.completeness.team.due}`,
  );
  await expect(dash.getByTestId('active-cases')).toContainText(String(c.summary.active));
  const ps01 = c.caseload.rows.find((r) => r.worker === 'PS-01' && r.role === 'social-worker')!;
  expect(ps01.status).toBe('over');
  const row = dash.locator('#workers-table tr[data-worker="PS-01"][data-role="social-worker"]');
  await expect(row.locator('td').nth(1)).toHaveText(String(ps01.active));
  await expect(row.locator('td.status')).toHaveText('ponad normę');
  const pds01 = c.caseload.rows.find((r) => r.worker === 'PDS-01')!;
  await expect(dash.locator('#workers-table tr[data-worker="PDS-01"] td.status')).toHaveText(
    pds01.status === 'over' ? 'ponad normę' : /./,
  );
  await expect(dash.getByTestId('chart-social-worker').locator('svg')).toHaveAccessibleName(
    new RegExp(`\\(PS-01\\): ${ps01.active} aktywnych spraw, norma 20 – ponad normę`),
  );
  const overdue = c.cases.flatMap((x) =>
    x.findings.filter((f) => f.code === 'stage-overdue' || f.code === 'agreement-review-overdue'),
  );
  if (overdue.length) await expect(dash.locator('#overdue-list li')).toHaveCount(overdue.length);

  // Filters and a drill-down to one case's checklist.
  const filtered = filterCases(c.cases, { ...NO_FILTERS, worker: 'PS-01', finding: 'tool-missing' });
  await dash.locator('#filter-worker').selectOption('PS-01');
  await dash.locator('#filter-finding').selectOption('tool-missing');
  await expect(dash.locator('#cases-count')).toHaveText(
    `Pokazano ${filtered.length} z ${c.cases.length} spraw.`,
  );
  const first = filtered[0]!;
  await dash.getByRole('button', { name: `Pokaż sprawę ${first.caseId}` }).click();
  await expect(dash.locator('#case-detail-h')).toHaveText(`Sprawa ${first.caseId}`);
  await expect(dash.locator('#case-checklist tbody tr')).toHaveCount(first.checklist.length);
  await expect(dash.locator('#case-checklist')).toContainText('brak');

  // Time use: the pilot's categories, and the documentation-share finding from the policy.
  await dash.getByTestId('time-use-file').setInputFiles(timePath);
  await expect(dash.locator('#time-use-status')).toContainText(`Wczytano ${timeUse.length} wpisów`);
  const teamE = audit.workload!.socialWorkers.team.share['sw.E']!;
  await expect(dash.locator('#workload-sw-table tr[data-row="team"]')).toContainText(percent('pl', teamE));
  for (const f of audit.workload!.findings)
    await expect(dash.locator('#workload-findings')).toContainText(f.message.pl);

  // The institution model: staffing from the policy's FTE, the coordinator the pilot asked for.
  await expect(dash.locator('#staffing tr[data-role="social-worker"]')).toContainText(
    String(audit.institution.staffing[0]!.activeCases),
  );
  const coordinator = audit.institution.positions.find((p) => p.role === 'social-work-coordinator')!;
  await expect(dash.locator('#positions')).toContainText(
    `${coordinator.name.pl} – ${coordinator.present ? 'jest' : 'brak'}`,
  );

  // Axe on the whole page with every section filled.
  const axe = await new AxeBuilder({ page: dash }).analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);

  // Reports: the gaps CSV equals the core's, the .docx opens in LibreOffice and holds no client name.
  const gaps = await saved(
    await clickDownload(dash, () => dash.getByRole('button', { name: 'Pobierz listę braków (CSV)' }).click()),
    dir,
    'braki.csv',
  );
  expect(readFileSync(gaps, 'utf8')).toBe(gapsCsv(audit));
  const docx = await saved(
    await clickDownload(dash, () => dash.getByRole('button', { name: 'Pobierz raport (.docx)' }).click()),
    dir,
    'raport.docx',
  );
  const [pdf] = convertToPdf([docx], dir);
  const text = pdfText(pdf!).replace(/\s+/g, ' ');
  expect(text).toContain('PS-01');
  // The report writes percentages the Polish way, with a (non-breaking) space: „84 %”.
  expect(text).toMatch(new RegExp(`\\b${Math.round(c.completeness.team.share * 100)}\\s%`));
  const leaked = [...clients, HOSTILE_NAME].filter((name) => text.includes(name));
  expect(leaked).toEqual([]);
  expect(errors).toEqual([]);
});
