import { checkCaseFile, demoDataset, plDate, teamCases } from '../../core/index.ts';
import type { CheckReport, Severity } from '../../core/index.ts';
import { table } from '../io.ts';
import type { Lang } from '../io.ts';
import { inputSource, loadCaseFile, loadRules, resolveToday } from '../load.ts';
import { parseArgs } from 'node:util';
import type { Command } from '../main.ts';
import { readTeamRecords, teamLine } from './team.ts';

export const runCheck: Command = async (args, io, lang) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      policy: { type: 'string' },
      today: { type: 'string' },
      json: { type: 'boolean' },
      demo: { type: 'boolean' },
      team: { type: 'string' },
      db: { type: 'string' },
    },
  });
  const today = resolveToday(values.today);
  // With --team the file (or the demo) is optional: the team's records alone are a case file too.
  const teamOnly = values.team !== undefined && !values.demo && positionals.length === 0;
  const file = teamOnly ? undefined : inputSource(positionals, values.demo);
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
  const pl = lang === 'pl';
  const s = report.summary;
  const lines: string[] = [];
  const inst = report.institution ? `${report.institution.name} · ` : '';
  lines.push(`${inst}${pl ? 'stan na' : 'as of'} ${plDate(report.today)}`);
  lines.push(
    pl
      ? `Sprawy: ${s.cases} (aktywne ${s.active}, zawieszone ${s.suspended}, zamknięte ${s.closed}) · kontakty jednorazowe: ${s.contacts}`
      : `Cases: ${s.cases} (active ${s.active}, suspended ${s.suspended}, closed ${s.closed}) · one-off contacts: ${s.contacts}`,
  );
  lines.push(
    pl
      ? `Ustalenia: błędy ${s.findings.error}, ostrzeżenia ${s.findings.warning}, informacje ${s.findings.info}`
      : `Findings: errors ${s.findings.error}, warnings ${s.findings.warning}, info ${s.findings.info}`,
  );
  lines.push('');

  const withFindings = report.cases.filter((c) => c.findings.length > 0);
  lines.push(
    pl ? `Ustalenia według spraw (${withFindings.length}):` : `Findings by case (${withFindings.length}):`,
  );
  for (const c of withFindings) {
    const state =
      c.status === 'active'
        ? ''
        : ` [${c.status === 'suspended' ? (pl ? 'zawieszona' : 'suspended') : pl ? 'zamknięta' : 'closed'}]`;
    lines.push(
      `  ${c.caseId}  ${c.standard}  ${pl ? 'etap' : 'stage'} ${c.stage}  ${c.socialWorker}${state}`,
    );
    for (const f of c.findings)
      lines.push(`    ${SEVERITY[f.severity][lang].padEnd(14)} ${f.code.padEnd(34)} ${f.message[lang]}`);
  }
  lines.push('');

  lines.push(
    pl
      ? 'Obciążenie pracowników (sprawy aktywne wobec normy):'
      : 'Caseload per worker (active cases against the norm):',
  );
  const header = pl
    ? ['Pracownik', 'Rola', 'Etat', 'Aktywne', 'Zawieszone', 'Norma', 'Stan']
    : ['Worker', 'Role', 'FTE', 'Active', 'Suspended', 'Norm', 'Status'];
  const rows = report.caseload.rows.map((r) => [
    r.displayName ? `${r.worker} ${r.displayName}` : r.worker,
    ROLE[r.role][lang],
    String(r.fte),
    String(r.active),
    String(r.suspended),
    String(r.norm),
    STATUS[r.status][lang],
  ]);
  for (const line of table([header, ...rows])) lines.push(`  ${line}`);
  for (const f of report.caseload.findings)
    lines.push(`  ${SEVERITY[f.severity][lang].padEnd(14)} ${f.message[lang]}`);
  lines.push('');

  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const t = report.completeness.team;
  lines.push(
    pl
      ? `Kompletność dokumentacji obowiązkowej (zespół): ${pct(t.share)} (${t.done} z ${t.due}); braki: ${report.completeness.gaps.length}`
      : `Obligatory documentation present (team): ${pct(t.share)} (${t.done} of ${t.due}); gaps: ${report.completeness.gaps.length}`,
  );
  for (const line of table(
    report.completeness.byWorker.map((w) => [w.worker, pct(w.share), `${w.done}/${w.due}`]),
  ))
    lines.push(`  ${line}`);
  return lines;
}
