import {
  checkCaseFile,
  demoDataset,
  formatNumber,
  formatPercent,
  STANDARDS,
  teamCases,
} from '../../core/index.ts';
import type { CheckReport, Severity } from '../../core/index.ts';
import { parseCommandArgs } from '../args.ts';
import { table } from '../io.ts';
import type { Lang } from '../io.ts';
import { inputSource, loadCaseFile, loadRules, resolveToday } from '../load.ts';
import type { Command } from '../main.ts';
import { cli } from '../messages.ts';
import { readTeamRecords, teamLine } from './team.ts';

export const runCheck: Command = async (args, io, lang) => {
  const { values, positionals } = parseCommandArgs('check', args, {
    policy: { type: 'string' },
    today: { type: 'string' },
    json: { type: 'boolean' },
    demo: { type: 'boolean' },
    team: { type: 'string' },
    db: { type: 'string' },
  });
  const today = resolveToday(values.today, 'check');
  // With --team the file (or the demo) is optional: the team's records alone are a case file too.
  const teamOnly = values.team !== undefined && !values.demo && positionals.length === 0;
  const file = teamOnly ? undefined : inputSource(positionals, values.demo, 'check');
  const demo = values.demo ? demoDataset(today) : undefined;
  const rules = await loadRules(values.policy, demo);
  let cases = teamOnly
    ? { formatVersion: 1 as const, records: [] }
    : await loadCaseFile(file, demo, rules, today);
  if (values.team !== undefined) {
    const server = await readTeamRecords(values.team, values.db, lang);
    (values.json ? io.err : io.out)(teamLine(server.summary, lang));
    const own = cases.records.filter((r) => r.kind === 'case');
    const built = teamCases({ register: { records: own, asOf: today }, shared: server.shared }, today);
    cases = { ...cases, records: [...cases.records.filter((r) => r.kind !== 'case'), ...built.records] };
  }
  const report = checkCaseFile(cases, rules, today);
  if (values.json) io.out(JSON.stringify(report, null, 2));
  else for (const line of renderCheck(report, lang)) io.out(line);
  return 0;
};

const SEVERITY: Record<Severity, Record<Lang, string>> = {
  error: { pl: '✖ błąd', en: '✖ error' },
  warning: { pl: '! ostrzeżenie', en: '! warning' },
  info: { pl: 'i informacja', en: 'i info' },
};

const ROLE = {
  'social-worker': { pl: 'pracownik socjalny', en: 'social worker' },
  'benefits-worker': { pl: 'pracownik ds. świadczeń', en: 'benefits worker' },
};

const STATUS = {
  ok: { pl: 'w normie', en: 'within norm' },
  near: { pl: 'blisko normy', en: 'near the norm' },
  over: { pl: 'PONAD NORMĘ', en: 'OVER THE NORM' },
  'over-statutory': { pl: 'PONAD LIMIT USTAWOWY', en: 'OVER THE STATUTORY LIMIT' },
};

export function renderCheck(report: CheckReport, lang: Lang): string[] {
  const s = report.summary;
  const lines: string[] = [];
  const inst = report.institution ? `${report.institution.name} · ` : '';
  lines.push(cli.t(lang, 'check.as-of', { inst, today: report.today }));
  lines.push(
    cli.t(lang, 'check.cases', {
      n: s.cases,
      active: s.active,
      suspended: s.suspended,
      closed: s.closed,
      contacts: s.contacts,
    }),
  );
  lines.push(cli.t(lang, 'check.findings', s.findings));
  lines.push('');

  // Names where a name exists: the standard's short name, the worker's display name from the policy.
  const standardName = new Map(STANDARDS.map((x) => [x.id, x.shortName[lang]]));
  const workerName = new Map(report.caseload.rows.map((r) => [r.worker, r.displayName]));
  const worker = (id: string) => (workerName.get(id) ? `${id} ${workerName.get(id)}` : id);
  const withFindings = report.cases.filter((c) => c.findings.length > 0);
  lines.push(cli.t(lang, 'check.by-case', { n: withFindings.length }));
  for (const c of withFindings) {
    const state =
      c.status === 'active' ? '' : cli.t(lang, c.status === 'suspended' ? 'check.suspended' : 'check.closed');
    lines.push(
      '  ' +
        cli.t(lang, 'check.case-line', {
          id: c.caseId,
          standard: standardName.get(c.standard) ?? c.standard,
          stage: c.stage,
          worker: worker(c.socialWorker),
          state,
        }),
    );
    for (const f of c.findings)
      lines.push(`    ${SEVERITY[f.severity][lang].padEnd(14)} ${f.code.padEnd(34)} ${f.message[lang]}`);
  }
  lines.push('');

  lines.push(cli.t(lang, 'check.caseload'));
  const header =
    lang === 'pl'
      ? ['Pracownik', 'Rola', 'Etat', 'Aktywne', 'Zawieszone', 'Norma', 'Stan']
      : ['Worker', 'Role', 'FTE', 'Active', 'Suspended', 'Norm', 'Status'];
  const rows = report.caseload.rows.map((r) => [
    worker(r.worker),
    ROLE[r.role][lang],
    formatNumber(lang, r.fte, 2),
    String(r.active),
    String(r.suspended),
    formatNumber(lang, r.norm, 1),
    STATUS[r.status][lang],
  ]);
  for (const line of table([header, ...rows])) lines.push(`  ${line}`);
  for (const f of report.caseload.findings)
    lines.push(`  ${SEVERITY[f.severity][lang].padEnd(14)} ${f.message[lang]}`);
  lines.push('');

  const t = report.completeness.team;
  lines.push(
    cli.t(lang, 'check.completeness', {
      share: formatPercent(lang, t.share, 0),
      done: t.done,
      due: t.due,
      gaps: report.completeness.gaps.length,
    }),
  );
  for (const line of table(
    report.completeness.byWorker.map((w) => [
      worker(w.worker),
      formatPercent(lang, w.share, 0),
      `${w.done}/${w.due}`,
    ]),
  ))
    lines.push(`  ${line}`);
  return lines;
}
