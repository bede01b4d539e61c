import {
  demoDataset,
  formatNumber,
  formatPercent,
  TIME_USE_CATEGORIES,
  workloadAnalysis,
} from '../../core/index.ts';
import type { WorkloadReport, WorkloadTable } from '../../core/index.ts';
import { table } from '../io.ts';
import type { Lang } from '../io.ts';
import { parseCommandArgs } from '../args.ts';
import { inputSource, loadRules, loadTimeUse, resolveToday } from '../load.ts';
import type { Command } from '../main.ts';
import { cli } from '../messages.ts';

export const runWorkload: Command = async (args, io, lang) => {
  const { values, positionals } = parseCommandArgs('workload', args, {
    policy: { type: 'string' },
    json: { type: 'boolean' },
    demo: { type: 'boolean' },
    today: { type: 'string' },
  });
  const file = inputSource(positionals, values.demo, 'workload');
  const demo = values.demo ? demoDataset(resolveToday(values.today, 'workload')) : undefined;
  const rules = await loadRules(values.policy, demo);
  const sheet = await loadTimeUse(file, demo);
  const analysis = workloadAnalysis(sheet.entries, rules);
  const report: WorkloadReport = { tool: 'standardy', formatVersion: 1, ...analysis };
  if (sheet.period) report.period = sheet.period;
  if (values.json) io.out(JSON.stringify(report, null, 2));
  else for (const line of renderWorkload(report, lang)) io.out(line);
  return 0;
};

export function renderWorkload(report: WorkloadReport, lang: Lang): string[] {
  const pl = lang === 'pl';
  const lines: string[] = [];
  const section = (t: WorkloadTable, title: string) => {
    lines.push(title);
    const workers = t.workers.map((w) => w.worker);
    const header = [
      pl ? 'Kategoria' : 'Category',
      ...workers,
      pl ? 'Zespół' : 'Team',
      'Toruń OBOP',
      'Toruń RZD',
    ];
    const rows = t.categories.map((id) => {
      const cat = TIME_USE_CATEGORIES.find((c) => c.id === id)!;
      const cell = (h: number, s: number) => `${formatNumber(lang, h)} h ${formatPercent(lang, s, 0)}`;
      return [
        `${cat.letter} ${truncate(cat.name[lang], 38)}`,
        ...t.workers.map((w) => cell(w.hours[id]!, w.share[id]!)),
        cell(t.team.hours[id]!, t.team.share[id]!),
        cell(t.baseline.obop.hours[id]!, t.baseline.obop.share[id]!),
        cell(t.baseline.rzd.hours[id]!, t.baseline.rzd.share[id]!),
      ];
    });
    const totals = [
      pl ? 'Razem' : 'Total',
      ...t.workers.map((w) => `${formatNumber(lang, w.total)} h`),
      `${formatNumber(lang, t.team.total)} h`,
      `${formatNumber(lang, t.baseline.obop.total)} h`,
      `${formatNumber(lang, t.baseline.rzd.total)} h`,
    ];
    for (const line of table([header, ...rows, totals])) lines.push(`  ${line}`);
    lines.push('');
  };
  section(report.socialWorkers, cli.t(lang, 'workload.sw'));
  section(report.benefitsWorkers, cli.t(lang, 'workload.bw'));
  if (report.findings.length === 0) lines.push(cli.t(lang, 'workload.none'));
  for (const f of report.findings) lines.push(`! ${f.code}  ${f.message[lang]}`);
  return lines;
}

function truncate(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}
