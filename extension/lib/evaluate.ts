import { buildCase, caseloadFromCounts, evaluateCase } from '../../core/index.ts';
import type { CaseEntry, CaseloadCount, Rules } from '../../core/index.ts';
import type {
  CaseBadge,
  CaseFacts,
  CaseloadBanner,
  CaseloadWarning,
  CaseRead,
  CaseStatus,
  ListRead,
  SignedInWorker,
} from './facts.ts';
import { hostCase } from './case-sources.ts';

/**
 * The core's evaluation of what the overlay read (background only: it imports the core and zod). Every case
 * is built by the core's `buildCase` from what the host showed and the worker's own entries — the same
 * builder the side panel, the dashboard and the CLI use. A case's tools are known only from its case page
 * (or the worker's records); a list row alone never claims the case is complete.
 */

/** The stage the case page showed when it was last read. */
function detailStage(f: CaseFacts | undefined) {
  return f?.detail ? (f.detail.stage ?? f.detail.stageHistory?.at(-1)?.stage) : undefined;
}

/** One badge: the stage from the page, the missing tools and the overdue marker from the core. */
export function badgeFor(
  shown: CaseRead,
  facts: CaseFacts | undefined,
  rules: Rules,
  today: string,
  withNames = false,
  entries: readonly CaseEntry[] = [],
): CaseBadge {
  const badge: CaseBadge = { caseId: shown.caseId, known: false, stale: false };
  const built =
    facts || entries.length
      ? buildCase(shown.caseId, { ...(facts ? { host: hostCase(facts) } : {}), entries }, today)
      : undefined;
  const stage = built?.record.stageHistory.at(-1)!.stage ?? shown.stage ?? facts?.stage;
  if (stage !== undefined) badge.stage = stage;
  const status = built?.record.state.status ?? shown.status ?? facts?.status;
  if (status !== undefined) badge.status = status;
  if (!built) return badge;
  const seen = detailStage(facts);
  // The host moved the case on since its page was read: the tools of the new stage are not known yet.
  if (
    seen !== undefined &&
    shown.stage !== undefined &&
    shown.stage !== seen &&
    !entries.some((e) => e.kind === 'stage' && e.stage === shown.stage)
  )
    return { ...badge, stale: true };
  const evaluation = evaluateCase(built.record, rules, today);
  // A stage clock needs a dated stage: the case page's history, the host's own date or a seen change.
  const dated =
    facts?.detail !== undefined || facts?.stageSince !== undefined || entries.some((e) => e.kind === 'stage');
  if (dated) badge.overdue = evaluation.findings.some((x) => x.code === 'stage-overdue');
  if (!built.toolsKnown) return badge;
  const missing = evaluation.findings.filter((x) => x.code === 'tool-missing');
  badge.known = true;
  badge.missing = missing.length;
  if (withNames) {
    const names = (id: string) => {
      const item = evaluation.checklist.find((c) => c.requirement === id);
      const tools = (item?.tools ?? [id]).map((t) => rules.tools.get(t)?.name ?? { pl: t, en: t });
      return { pl: tools.map((x) => x.pl).join(' / '), en: tools.map((x) => x.en).join(' / ') };
    };
    badge.missingTools = missing.map((x) => names(x.tool ?? ''));
  }
  return badge;
}

function warningsOf(
  counts: CaseloadCount[],
  rules: Rules,
  source: CaseloadWarning['source'],
  lowerBound: boolean,
): CaseloadWarning[] {
  const out: CaseloadWarning[] = [];
  for (const row of caseloadFromCounts(counts, rules).rows) {
    if (row.status === 'ok') continue;
    out.push({
      worker: row.worker,
      role: row.role,
      active: row.active,
      norm: row.norm,
      status: row.status,
      source,
      lowerBound,
    });
  }
  return out;
}

/** Active and suspended cases per worker and role, from each case's workers and status. */
function countCases(
  cases: readonly { socialWorker?: string; benefitsWorker?: string; status: CaseStatus | undefined }[],
): CaseloadCount[] {
  const counts = new Map<string, CaseloadCount>();
  const bump = (worker: string, role: CaseloadCount['role'], status: CaseStatus | undefined) => {
    const key = `${role}\u0000${worker}`;
    let c = counts.get(key);
    if (!c) counts.set(key, (c = { worker, role, active: 0, suspended: 0 }));
    if (status === 'suspended') c.suspended++;
    else if (status !== 'closed') c.active++;
  };
  for (const c of cases) {
    if (c.socialWorker !== undefined) bump(c.socialWorker, 'social-worker', c.status);
    if (c.benefitsWorker !== undefined) bump(c.benefitsWorker, 'benefits-worker', c.status);
  }
  return [...counts.values()];
}

/**
 * The caseload banner of a list page, never counted from the rows on screen alone: from the host's own
 * count of the signed-in worker's active cases, else from every remembered case of the system (with the
 * status the case builder gives it: `statusOf`). While not every case of the register was seen, counts
 * are lower bounds (they can prove "over", never "ok").
 */
export function caseloadBannerFor(
  list: ListRead,
  signedIn: SignedInWorker | undefined,
  remembered: readonly CaseFacts[],
  registerTotal: number | undefined,
  rules: Rules,
  statusOf: (f: CaseFacts) => CaseStatus | undefined = (f) => f.status,
): CaseloadBanner | undefined {
  const cases = remembered.map((f) => ({
    ...(f.socialWorker !== undefined ? { socialWorker: f.socialWorker } : {}),
    ...(f.benefitsWorker !== undefined ? { benefitsWorker: f.benefitsWorker } : {}),
    status: statusOf(f),
  }));
  if (list.scope === 'own') {
    if (!signedIn) return undefined;
    const self = signedIn.id;
    let warnings: CaseloadWarning[];
    if (list.activeCount !== undefined) {
      const count = { worker: self, role: signedIn.role, active: list.activeCount, suspended: 0 };
      warnings = warningsOf([count], rules, 'host-count', false);
    } else {
      const field = signedIn.role === 'benefits-worker' ? 'benefitsWorker' : 'socialWorker';
      const mine = cases.filter((c) => c[field] === self);
      const lowerBound = list.total === undefined || mine.length < list.total;
      warnings = warningsOf(countCases(mine), rules, 'remembered', lowerBound);
    }
    warnings = warnings.filter((w) => w.worker === self && w.role === signedIn.role);
    return warnings.length ? { warnings, self } : undefined;
  }
  const total = list.total ?? registerTotal;
  const lowerBound = total === undefined || remembered.length < total;
  const warnings = warningsOf(countCases(cases), rules, 'remembered', lowerBound);
  const banner: CaseloadBanner = { warnings };
  if (total !== undefined) banner.coverage = { seen: Math.min(remembered.length, total), total };
  return warnings.length || lowerBound ? banner : undefined;
}
