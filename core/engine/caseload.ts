import type { AnyRecord } from '../schema/case-record.ts';
import { UNKNOWN_WORKER } from '../cases/build.ts';
import { finding } from './finding.ts';
import type { Finding } from './finding.ts';
import type { Rules } from './rules.ts';

export type CaseloadStatus = 'ok' | 'near' | 'over' | 'over-statutory';

export interface CaseloadRow {
  worker: string;
  displayName?: string;
  role: 'social-worker' | 'benefits-worker';
  fte: number;
  active: number;
  /** Shown apart, never counted (docs/standard.md). */
  suspended: number;
  /** The norm scaled by FTE (20 / 80 per full time). */
  norm: number;
  /** Active cases from which the worker is near the norm: ⌈90 % of the norm⌉. */
  nearFrom: number;
  statutoryLimit?: number;
  status: CaseloadStatus;
}

export interface Caseload {
  rows: CaseloadRow[];
  findings: Finding[];
}

/** How many active and suspended cases a worker has in one role: what caseload is computed from. */
export interface CaseloadCount {
  worker: string;
  role: CaseloadRow['role'];
  active: number;
  suspended: number;
}

/**
 * docs/standard.md: caseload counts active cases only; a benefits worker's from the cases' `benefitsWorker`;
 * limits scale with FTE; one finding per worker, the highest that holds. One-off contacts never count.
 */
export function caseloadByWorker(records: readonly AnyRecord[], rules: Rules): Caseload {
  // One map per role (no key strings built per case: a register's 10,000 cases pass here).
  const counts = {
    'social-worker': new Map<string, CaseloadCount>(),
    'benefits-worker': new Map<string, CaseloadCount>(),
  };
  const bump = (worker: string, role: CaseloadRow['role'], status: string) => {
    let c = counts[role].get(worker);
    if (!c) counts[role].set(worker, (c = { worker, role, active: 0, suspended: 0 }));
    if (status === 'active') c.active++;
    else if (status === 'suspended') c.suspended++;
  };
  for (const w of rules.policy.workers) bump(w.id, w.role, 'none');
  for (const r of records) {
    if (r.kind !== 'case') continue;
    // A case whose worker no source named counts toward no one's caseload (core/cases/build.ts).
    if (r.socialWorker !== UNKNOWN_WORKER) bump(r.socialWorker, 'social-worker', r.state.status);
    if (r.benefitsWorker !== undefined) bump(r.benefitsWorker, 'benefits-worker', r.state.status);
  }
  return caseloadFromCounts(
    [...counts['social-worker'].values(), ...counts['benefits-worker'].values()],
    rules,
  );
}

/**
 * Caseload from counts alone (a host's own count of a worker's active cases, cases remembered without
 * their records): the norms, FTE scaling and findings of `caseloadByWorker`, which counts and calls this.
 */
export function caseloadFromCounts(counts: readonly CaseloadCount[], rules: Rules): Caseload {
  const norms = rules.policy.caseload;
  const rows: CaseloadRow[] = [];
  const findings: Finding[] = [];
  for (const c of counts) {
    const worker = c.worker;
    const policyWorker = rules.workers.get(worker);
    const fte = policyWorker?.role === c.role ? policyWorker.fte : 1;
    const norm = (c.role === 'social-worker' ? norms.socialWorker : norms.benefitsWorker) * fte;
    const nearFrom = Math.ceil(norm * norms.nearShare - 1e-9);
    const statutoryLimit = c.role === 'social-worker' ? norms.statutorySocialWorker * fte : undefined;
    let status: CaseloadStatus = 'ok';
    if (statutoryLimit !== undefined && c.active > statutoryLimit) status = 'over-statutory';
    else if (c.active > norm) status = 'over';
    else if (c.active >= nearFrom) status = 'near';
    const row: CaseloadRow = {
      worker,
      role: c.role,
      fte,
      active: c.active,
      suspended: c.suspended,
      norm,
      nearFrom,
      status,
    };
    if (policyWorker?.displayName) row.displayName = policyWorker.displayName;
    if (statutoryLimit !== undefined) row.statutoryLimit = statutoryLimit;
    rows.push(row);
    const label = policyWorker?.displayName ? `${policyWorker.displayName} (${worker})` : worker;
    const params = { worker: label, count: c.active, norm: fmt(norm), limit: fmt(statutoryLimit ?? 0) };
    if (status === 'over-statutory')
      findings.push(
        finding(
          'caseload-over-statutory',
          rules.severities['caseload-over-statutory'],
          { workerId: worker },
          params,
        ),
      );
    else if (status === 'over')
      findings.push(
        finding('caseload-over-limit', rules.severities['caseload-over-limit'], { workerId: worker }, params),
      );
    else if (status === 'near')
      findings.push(
        finding('caseload-near-limit', rules.severities['caseload-near-limit'], { workerId: worker }, params),
      );
  }
  rows.sort((a, b) =>
    a.role === b.role ? a.worker.localeCompare(b.worker) : a.role === 'social-worker' ? -1 : 1,
  );
  return { rows, findings };
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
