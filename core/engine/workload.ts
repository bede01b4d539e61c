import { TIME_USE_CATEGORIES } from '../data/time-use-categories.ts';
import type { TimeUseEntry } from '../schema/time-use.ts';
import { finding } from './finding.ts';
import type { Finding } from './finding.ts';
import type { Rules } from './rules.ts';

type Role = 'social-worker' | 'benefits-worker';

export interface WorkloadRow {
  worker: string;
  hours: Record<string, number>;
  total: number;
  /** Share of the worker's recorded hours per category, 0–1 (as in the Toruń tables). */
  share: Record<string, number>;
}

export interface WorkloadTable {
  role: Role;
  categories: string[];
  workers: WorkloadRow[];
  team: Omit<WorkloadRow, 'worker'>;
  /** Toruń pilot baseline (docs/standard.md §6): unemployed (OBOP) and families with children (RZD). */
  baseline: { obop: Omit<WorkloadRow, 'worker'>; rzd: Omit<WorkloadRow, 'worker'> };
}

export interface Workload {
  socialWorkers: WorkloadTable;
  benefitsWorkers: WorkloadTable;
  findings: Finding[];
}

/** Time-use entries to the pilot-style tables, and the documentation-share finding (docs/standard.md). */
export function workloadAnalysis(entries: readonly TimeUseEntry[], rules: Rules): Workload {
  const socialWorkers = table('social-worker', entries);
  const benefitsWorkers = table('benefits-worker', entries);
  const threshold = rules.policy.documentationShareThreshold;
  const documentation = TIME_USE_CATEGORIES.filter((c) => c.documentation).map((c) => c.id);
  const findings: Finding[] = [];
  for (const row of socialWorkers.workers) {
    const share = documentation.reduce((s, id) => s + (row.share[id] ?? 0), 0);
    if (row.total > 0 && share > threshold)
      findings.push(
        finding(
          'documentation-share-high',
          rules.severities['documentation-share-high'],
          { workerId: row.worker },
          { worker: row.worker, share: percent(share), threshold: percent(threshold) },
        ),
      );
  }
  return { socialWorkers, benefitsWorkers, findings };
}

function table(role: Role, entries: readonly TimeUseEntry[]): WorkloadTable {
  const cats = TIME_USE_CATEGORIES.filter((c) => c.role === role);
  const ids = cats.map((c) => c.id);
  const prefix = role === 'social-worker' ? 'sw.' : 'bw.';
  const byWorker = new Map<string, Record<string, number>>();
  for (const e of entries) {
    if (!e.category.startsWith(prefix)) continue;
    let hours = byWorker.get(e.worker);
    if (!hours) byWorker.set(e.worker, (hours = {}));
    hours[e.category] = (hours[e.category] ?? 0) + e.hours;
  }
  const workers = [...byWorker]
    .map(([worker, hours]) => ({ worker, ...row(ids, hours) }))
    .sort((a, b) => a.worker.localeCompare(b.worker));
  const teamHours: Record<string, number> = {};
  for (const w of workers) for (const id of ids) teamHours[id] = (teamHours[id] ?? 0) + (w.hours[id] ?? 0);
  return {
    role,
    categories: ids,
    workers,
    team: row(ids, teamHours),
    baseline: {
      obop: row(ids, Object.fromEntries(cats.map((c) => [c.id, c.torun.obopHours]))),
      rzd: row(ids, Object.fromEntries(cats.map((c) => [c.id, c.torun.rzdHours]))),
    },
  };
}

function row(ids: string[], hours: Record<string, number>): Omit<WorkloadRow, 'worker'> {
  const full: Record<string, number> = {};
  let total = 0;
  for (const id of ids) {
    full[id] = hours[id] ?? 0;
    total += full[id];
  }
  const share: Record<string, number> = {};
  for (const id of ids) share[id] = total === 0 ? 0 : full[id]! / total;
  return { hours: full, total, share };
}

function percent(x: number): string {
  return (Math.round(x * 1000) / 10).toString();
}
