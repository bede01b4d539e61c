import { caseloadByWorker, evaluateCase } from '../../core/index.ts';
import type { CaseRecord, Rules, StageId } from '../../core/index.ts';
import type {
  CaseBadge,
  CaseFacts,
  CaseloadBanner,
  CaseloadWarning,
  CaseRead,
  ListRead,
  SignedInWorker,
} from './facts.ts';
import { mergedRecord } from './records.ts';
import type { OwnRecord } from './records.ts';

/**
 * The core's evaluation of what the overlay read (background only: it imports the core and zod). A case's
 * tools are known only from its detail page; a list row alone never claims the case is complete.
 */

/** The case record the core evaluates, from the remembered facts of a case whose detail page was read. */
export function recordFromFacts(f: CaseFacts, today: string): CaseRecord | undefined {
  const d = f.detail;
  const stage = d?.stage ?? f.stage;
  if (!d || !f.standard || !stage) return undefined;
  const history: { stage: StageId; enteredOn: string }[] = d.stageHistory?.length
    ? d.stageHistory
    : [{ stage, enteredOn: d.stageSince ?? f.openedOn ?? d.seenOn }];
  const status = f.status ?? 'active';
  return {
    kind: 'case',
    id: f.caseId,
    standard: f.standard,
    socialWorker: f.socialWorker ?? 'unknown',
    ...(f.benefitsWorker !== undefined ? { benefitsWorker: f.benefitsWorker } : {}),
    openedOn: f.openedOn ?? history[0]!.enteredOn,
    stageHistory: history,
    // Only the status matters to the findings shown (a stopped case's stage has no running clock).
    state:
      status === 'active'
        ? { status }
        : status === 'suspended'
          ? { status, since: today, reason: '(system)' }
          : { status, on: today, reason: 'other' },
    crisis: false,
    tools: d.documents.filter((x) => x.status === 'done').map((x) => ({ tool: x.tool, doneOn: x.on })),
    waived: d.documents
      .filter((x) => x.status === 'waived')
      .map((x) => ({ tool: x.tool, on: x.on, reason: '(odstąpiono w systemie)' })),
    updateNotes: [],
    evaluations: [],
    benefitsInformation: [],
  };
}

/** One badge: the stage from the page, the missing tools and the overdue marker from the core. */
export function badgeFor(
  shown: CaseRead,
  facts: CaseFacts | undefined,
  rules: Rules,
  today: string,
  withNames = false,
  own?: OwnRecord,
): CaseBadge {
  const stage = shown.stage ?? facts?.stage;
  const badge: CaseBadge = { caseId: shown.caseId, known: false, stale: false };
  if (stage !== undefined) badge.stage = stage;
  const status = own?.state?.status ?? shown.status ?? facts?.status;
  if (status !== undefined) badge.status = status;
  const host = facts && recordFromFacts(facts, today);
  // The standard's own record (side panel) is evaluated together with what the host showed.
  const record = own ? mergedRecord(facts, own, today) : host;
  if (!record) return badge;
  const detailStage = (host ?? record).stageHistory.at(-1)!.stage;
  if (shown.stage !== undefined && shown.stage !== detailStage) return { ...badge, stale: true };
  badge.stage = record.stageHistory.at(-1)!.stage;
  const evaluation = evaluateCase(record, rules, today);
  const missing = evaluation.findings.filter((x) => x.code === 'tool-missing');
  badge.known = true;
  badge.missing = missing.length;
  badge.overdue = evaluation.findings.some((x) => x.code === 'stage-overdue');
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

/** caseloadByWorker reads only the workers and the state of a record; the rest is a placeholder. */
function caseloadRecord(
  caseId: string,
  socialWorker: string,
  benefitsWorker: string | undefined,
  status: CaseFacts['status'],
): CaseRecord {
  return {
    kind: 'case',
    id: caseId,
    standard: 'sw-family-children',
    socialWorker,
    ...(benefitsWorker !== undefined ? { benefitsWorker } : {}),
    openedOn: '2000-01-01',
    stageHistory: [{ stage: '1a', enteredOn: '2000-01-01' }],
    state:
      status === 'suspended'
        ? { status, since: '2000-01-01', reason: '-' }
        : status === 'closed'
          ? { status, on: '2000-01-01', reason: 'other' }
          : { status: 'active' },
    crisis: false,
    tools: [],
    waived: [],
    updateNotes: [],
    evaluations: [],
    benefitsInformation: [],
  };
}

function warningsOf(
  records: CaseRecord[],
  rules: Rules,
  source: CaseloadWarning['source'],
  lowerBound: boolean,
): CaseloadWarning[] {
  const out: CaseloadWarning[] = [];
  for (const row of caseloadByWorker(records, rules).rows) {
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

/**
 * The caseload banner of a list page, never counted from the rows on screen alone: from the host's own
 * count of the signed-in worker's active cases, else from every remembered case of the system. While
 * not every case of the register was seen, counts are lower bounds (they can prove "over", never "ok").
 */
export function caseloadBannerFor(
  list: ListRead,
  signedIn: SignedInWorker | undefined,
  remembered: readonly CaseFacts[],
  registerTotal: number | undefined,
  rules: Rules,
): CaseloadBanner | undefined {
  const roleField = (role: SignedInWorker['role']) =>
    role === 'benefits-worker' ? 'benefitsWorker' : 'socialWorker';
  if (list.scope === 'own') {
    if (!signedIn) return undefined;
    const self = signedIn.id;
    let warnings: CaseloadWarning[];
    if (list.activeCount !== undefined) {
      const records = Array.from({ length: list.activeCount }, (_, i) =>
        signedIn.role === 'benefits-worker'
          ? caseloadRecord(`#${i}`, 'placeholder', self, 'active')
          : caseloadRecord(`#${i}`, self, undefined, 'active'),
      );
      warnings = warningsOf(records, rules, 'host-count', false);
    } else {
      const mine = remembered.filter((f) => f[roleField(signedIn.role)] === self);
      const lowerBound = list.total === undefined || mine.length < list.total;
      warnings = warningsOf(
        mine.map((f) => caseloadRecord(f.caseId, f.socialWorker ?? 'unknown', f.benefitsWorker, f.status)),
        rules,
        'remembered',
        lowerBound,
      );
    }
    warnings = warnings.filter((w) => w.worker === self && w.role === signedIn.role);
    return warnings.length ? { warnings, self } : undefined;
  }
  const total = list.total ?? registerTotal;
  const lowerBound = total === undefined || remembered.length < total;
  const records = remembered
    .filter((f) => f.socialWorker !== undefined)
    .map((f) => caseloadRecord(f.caseId, f.socialWorker!, f.benefitsWorker, f.status));
  const warnings = warningsOf(records, rules, 'remembered', lowerBound);
  const banner: CaseloadBanner = { warnings };
  if (total !== undefined) banner.coverage = { seen: Math.min(remembered.length, total), total };
  return warnings.length || lowerBound ? banner : undefined;
}
