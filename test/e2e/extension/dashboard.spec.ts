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
  formatPercent,
  gapsCsv,
  importRegister,
  importTimeUse,
  parsePolicy,
  readTable,
  RegisterMapping,
} from '../../../core/index.ts';
import type { Policy } from '../../../core/index.ts';
import { filterCases, NO_FILTERS } from '../../../extension/dashboard/model.ts';
import { activeCases } from '../../../extension/lib/i18n.ts';
import { buildSite, HOSTILE_NAME } from '../../../extension/demo-host/data.ts';
import { localToday } from '../../../extension/lib/today.ts';
import { convertToPdf, pdfText } from '../../support/libreoffice.ts';
import { demo, ROOT } from './env.ts';
import { expect, expectedSite, shadowText, test } from './fixtures.ts';

/** Axe with the WCAG 2.1 AA rules; anything moderate or worse fails (not only serious and critical). */
async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact !== 'minor' && v.impact !== null)
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Every row of a table has its cells exactly under the header's columns (no narrow strips). */
async function columnsAligned(page: Page, table: string): Promise<string[]> {
  return page.$eval(table, (t) => {
    const head = [...t.querySelectorAll('thead th')].map((c) => c.getBoundingClientRect());
    const problems: string[] = [];
    t.querySelectorAll('tbody tr').forEach((row, r) => {
      const cells = [...row.children].map((c) => c.getBoundingClientRect());
      if (cells.length !== head.length)
        problems.push(`row ${r}: ${cells.length} cells, ${head.length} columns`);
      cells.forEach((c, i) => {
        const h = head[i];
        if (h && (Math.abs(c.left - h.left) > 1 || Math.abs(c.width - h.width) > 1))
          problems.push(`row ${r} cell ${i}: ${c.left}+${c.width} under ${h.left}+${h.width}`);
      });
    });
    return problems;
  });
}

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
  const csvTable = await readTable(readFileSync(csvPath), mapping);
  const imported = importRegister(csvTable, mapping, rules, today);
  const cols = csvTable.header.length;
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
  // The file input speaks Polish: our own button and the chosen file's name, not "Choose File".
  const registerFile = dash.getByTestId('register-file');
  await expect(registerFile).toHaveAccessibleName('Wybierz plik rejestru (CSV lub XLSX)…');
  await expect(registerFile).toHaveAccessibleDescription('Nie wybrano pliku');
  await registerFile.setInputFiles(xlsxPath);
  await expect(registerFile).toHaveAccessibleDescription('Wybrano plik: rejestr.xlsx');
  // An XLSX has no encoding nor delimiter: none is named ("Odczytano: XLSX, —, separator —" no more).
  await expect(dash.locator('#import-detected')).toHaveText(
    `Odczytano arkusz Excel (XLSX): ${imported.rowsRead} wierszy danych, ${cols} kolumn.`,
  );
  await expect(dash.locator('#import-preview')).toContainText(`do importu: ${imported.records.length};`);

  // Then the CSV: UTF-8, `;`, the demo mapping prefilled.
  await dash.getByTestId('register-file').setInputFiles(csvPath);
  await expect(dash.locator('#import-detected')).toHaveText(
    `Odczytano plik CSV: kodowanie UTF-8, separator średnik (;); ${imported.rowsRead} wierszy danych, ${cols} kolumn.`,
  );
  await expect(dash.locator('#col-caseId')).toHaveValue('Nr sprawy');
  await expect(dash.locator('#import-preview')).toContainText(
    `Wierszy: ${imported.rowsRead}; do importu: ${imported.records.length}; pominięte (błędy): ${imported.errors.length};`,
  );
  await dash.getByRole('button', { name: `Importuj ${imported.records.length} spraw` }).click();
  await expect(dash.locator('#import-done')).toContainText(`Zaimportowano ${imported.records.length} spraw`);

  // The figures equal the core's audit of the same register.
  await expect(dash.getByTestId('team-completeness')).toContainText(
    formatPercent('pl', c.completeness.team.share),
  );
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
    // "23 aktywne sprawy", "25 aktywnych spraw": the numeral agrees.
    new RegExp(`\\(PS-01\\): ${ps01.active} ${activeCases('pl', ps01.active)}, norma 20 – ponad normę`),
  );
  const overdue = c.cases.flatMap((x) =>
    x.findings.filter((f) => f.code === 'stage-overdue' || f.code === 'agreement-review-overdue'),
  );
  if (overdue.length) await expect(dash.locator('#overdue-list li')).toHaveCount(overdue.length);

  // The reports are reachable from the top of the page, before anything is scrolled.
  const reportButton = dash.getByRole('button', { name: 'Pobierz raport (.docx)' });
  await expect(dash.locator('header #raporty')).toContainText('Pobierz listę braków (CSV)');
  expect((await reportButton.boundingBox())!.y).toBeLessThan(600);

  // The case table in pages of 25, with the whole count said.
  await expect(dash.locator('#cases-table tbody tr')).toHaveCount(25);
  await expect(dash.locator('#cases-pager')).toContainText(`Strona 1 z ${Math.ceil(c.cases.length / 25)}`);
  await dash.locator('#cases-pager').getByRole('button', { name: 'Następna strona' }).click();
  await expect(dash.locator('#cases-pager')).toContainText('(wiersze 26–50 z');
  await expect(dash.locator('#cases-table tbody tr').first()).toHaveAttribute(
    'data-case',
    c.cases[25]!.caseId,
  );

  // Filters and a drill-down to one case's checklist.
  const filtered = filterCases(c.cases, { ...NO_FILTERS, worker: 'PS-01', finding: 'tool-missing' });
  await dash.locator('#filter-worker').selectOption('PS-01');
  await dash.locator('#filter-finding').selectOption('tool-missing');
  await expect(dash.locator('#cases-count')).toHaveText(
    `Wybrano ${filtered.length} z ${c.cases.length} spraw.`,
  );
  const first = filtered[0]!;
  await dash.getByRole('button', { name: `Pokaż sprawę ${first.caseId}` }).click();
  await expect(dash.locator('#case-detail-h')).toHaveText(`Sprawa ${first.caseId}`);
  await expect(dash.locator('#case-checklist tbody tr')).toHaveCount(first.checklist.length);
  await expect(dash.locator('#case-checklist')).toContainText('brak');
  // One aligned table (each row under the header's columns), its kinds of tools explained beside it.
  expect(await columnsAligned(dash, '#case-checklist')).toEqual([]);
  expect((await dash.locator('#case-checklist').boundingBox())!.width).toBeGreaterThan(600);
  await expect(dash.locator('#case-detail .legend-box')).toContainText('OO');
  await expect(dash.locator('#case-detail .legend-box')).toContainText('obowiązkowe ogólne');
  // Where the status and the stage came from: the imported register.
  await expect(dash.locator('#case-provenance tr[data-fact="status"]')).toHaveAttribute(
    'data-origin',
    'import',
  );
  await expect(dash.locator('#case-provenance tr[data-fact="status"]')).toContainText('import (rejestr');
  await dash.screenshot({ path: join(ROOT, 'test-results/extension/dashboard-1280.png'), fullPage: true });
  // "Zamknij" closes the details (not "Zamknij sprawę": that would read as closing the case).
  await dash
    .locator('#case-detail')
    .getByRole('button', { name: `Zamknij szczegóły sprawy ${first.caseId}` })
    .click();
  await expect(dash.locator('#case-detail')).toHaveCount(0);

  // Time use: the pilot's categories, and the documentation-share finding from the policy.
  await dash.getByTestId('time-use-file').setInputFiles(timePath);
  await expect(dash.locator('#time-use-status')).toContainText(`Wczytano ${timeUse.length} wpisów`);
  const teamE = audit.workload!.socialWorkers.team.share['sw.E']!;
  await expect(dash.locator('#workload-sw-table tr[data-row="team"]')).toContainText(
    formatPercent('pl', teamE),
  );
  // The letters are explained beside their table.
  await expect(dash.getByTestId('workload-sw-legend')).toContainText('Przygotowanie dokumentacji');
  await expect(dash.getByTestId('workload-bw-legend')).toContainText('Ł');
  // Thirteen categories fit at 1280 px: no table scrolls sideways.
  for (const id of ['workload-sw', 'workload-bw'])
    expect(
      await dash
        .getByTestId(id)
        .locator('.scroll')
        .evaluate((e) => e.scrollWidth - e.clientWidth),
    ).toBe(0);
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

  // Axe (WCAG 2.1 AA, moderate and up) on the whole page with every section filled and a case open.
  await dash.getByRole('button', { name: `Pokaż sprawę ${first.caseId}` }).click();
  expect(await axeViolations(dash)).toEqual([]);
  // The page is no longer ~12,000 px long (with every section filled, the team server's section included).
  expect(await dash.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(9300);

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

test('with one remembered case or none the dashboard says "za mało danych", never "w normie" or a surplus', async ({
  context,
  page,
  extensionId,
}) => {
  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extensionId}/dashboard.html`);
  // Nothing loaded: no figures at all, and no staffing balance made of the policy's FTE alone.
  await expect(dash.locator('#przeglad')).toContainText('Brak spraw do analizy');
  await expect(dash.locator('#staffing-empty')).toContainText('za mało danych');
  await expect(dash.locator('#staffing')).not.toContainText('nadwyżka');
  await expect(dash.locator('#raporty')).toContainText('Raporty będą dostępne po wczytaniu spraw');
  expect(await axeViolations(dash)).toEqual([]);

  // One case opened in the system: this browser's records alone.
  const { site } = expectedSite();
  const one = site.cases.find((x) => x.record.state.status === 'active')!.record;
  await page.goto(demo(`/sprawy/${encodeURIComponent(one.id)}`));
  await expect.poll(() => shadowText(page, 'h1 standardy-badge').catch(() => '')).toContain('Etap');
  await dash.reload();
  await expect(dash.locator('#cases-total')).toContainText('Razem spraw w analizie: 1');
  await expect(dash.locator('#partial-data')).toContainText('dolną granicą');
  const card = dash.getByTestId('team-completeness');
  await expect(card).toContainText('za mało danych');
  await expect(card).not.toContainText('%');
  const row = dash.locator(`#workers-table tr[data-worker="${one.socialWorker}"]`);
  await expect(row.locator('td.status')).toHaveText('nieznane (dane niepełne)');
  await expect(row.locator('td').nth(1)).toHaveText('≥ 1');
  await expect(dash.locator('#workers-table')).not.toContainText('w normie');
  await expect(dash.locator('#staffing tr[data-role="social-worker"] td[data-balance]')).toHaveAttribute(
    'data-balance',
    'unknown',
  );
  await expect(dash.locator('#staffing')).not.toContainText('nadwyżka');
  // A condition "met" in the one case seen is not known for the centre; nothing inferred is claimed met.
  for (const text of await dash.locator('#conditions li.ok').allTextContents())
    expect(text).not.toContain('ustalono z danych spraw');
  await dash.screenshot({
    path: join(ROOT, 'test-results/extension/dashboard-one-case-1280.png'),
    fullPage: true,
  });
  expect(await axeViolations(dash)).toEqual([]);
});
