import * as z from 'zod';
import { IsoDate, KebabId, StageId, parseCaseFile, stageOrder } from '../../core/index.ts';
import type { CaseRecord, InputError, Rules, SocialWorkStandardId } from '../../core/index.ts';
import { recordFromFacts } from './evaluate.ts';
import type { CaseFacts } from './facts.ts';

/**
 * The standard's own record of a case (IndexedDB table `records`, key [system+caseId]): what the worker
 * records in the side panel and the host system does not hold. Pseudonymous ids and the standard's facts
 * only, in the core's case-record shapes. Evaluated together with what the adapter read (`mergedRecord`).
 */
type Entry<K extends keyof CaseRecord> =
  NonNullable<CaseRecord[K]> extends (infer T)[] ? T : NonNullable<CaseRecord[K]>;

/** The case's identity as last known (from the host, or from an imported file): enough to evaluate alone. */
export interface CaseBase {
  standard: SocialWorkStandardId;
  socialWorker: string;
  benefitsWorker?: string;
  subGroup?: string;
  openedOn: string;
}

export interface OwnRecord {
  system: string;
  caseId: string;
  /** Incremented by every change; each change is applied in one transaction in the background. */
  rev: number;
  changedOn: string;
  base?: CaseBase;
  stageChanges: Entry<'stageHistory'>[];
  crisis: boolean;
  state?: CaseRecord['state'];
  tools: Entry<'tools'>[];
  waived: Entry<'waived'>[];
  updateNotes: Entry<'updateNotes'>[];
  agreement?: Entry<'agreement'>;
  evaluations: Entry<'evaluations'>[];
  benefitsInformation: Entry<'benefitsInformation'>[];
}

const Text = z.string().trim().min(1).max(2000);

/** One change from the side panel; validated at the boundary, applied atomically by the background. */
export const RecordChange = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('tool-done'), tool: KebabId, on: IsoDate }),
  z.strictObject({ kind: z.literal('tool-waived'), tool: KebabId, on: IsoDate, reason: Text }),
  z.strictObject({ kind: z.literal('tool-undo'), tool: KebabId }),
  z.strictObject({ kind: z.literal('stage'), stage: StageId, on: IsoDate, justification: Text.optional() }),
  z.strictObject({
    kind: z.literal('note'),
    on: IsoDate,
    noSignificantChange: z.boolean(),
    summary: z.string().trim().max(20000).optional(),
  }),
  z.strictObject({ kind: z.literal('crisis'), crisis: z.boolean() }),
  z.strictObject({ kind: z.literal('suspend'), on: IsoDate, reason: Text }),
  z.strictObject({
    kind: z.literal('close'),
    on: IsoDate,
    reason: z.enum(['goals-achieved', 'client-withdrew', 'moved', 'transferred', 'died', 'other']),
    note: z.string().trim().max(2000).optional(),
  }),
  z.strictObject({ kind: z.literal('resume') }),
  z.strictObject({
    kind: z.literal('agreement'),
    signedOn: IsoDate,
    from: IsoDate,
    to: IsoDate,
    reviewDates: z.array(IsoDate).max(50),
    crisisVariant: z.boolean(),
  }),
  z.strictObject({ kind: z.literal('evaluation'), on: IsoDate, evaluation: z.enum(['periodic', 'final']) }),
  z.strictObject({
    kind: z.literal('benefits-info'),
    on: IsoDate,
    form: z.enum(['opinion', 'certificate', 'information']),
    clientInformedOn: IsoDate.optional(),
  }),
  z.strictObject({
    kind: z.literal('client-informed'),
    index: z.number().int().nonnegative(),
    on: IsoDate,
  }),
]);
export type RecordChange = z.infer<typeof RecordChange>;

export function emptyRecord(system: string, caseId: string, today: string): OwnRecord {
  return {
    system,
    caseId,
    rev: 0,
    changedOn: today,
    stageChanges: [],
    crisis: false,
    tools: [],
    waived: [],
    updateNotes: [],
    evaluations: [],
    benefitsInformation: [],
  };
}

/** Apply one change to a copy of the record (pure: the background wraps it in a transaction). */
export function applyChange(prev: OwnRecord, change: RecordChange, today: string): OwnRecord {
  const r: OwnRecord = structuredClone(prev);
  r.rev = prev.rev + 1;
  r.changedOn = today;
  switch (change.kind) {
    case 'tool-done':
      r.waived = r.waived.filter((w) => w.tool !== change.tool);
      if (!r.tools.some((t) => t.tool === change.tool && t.doneOn === change.on))
        r.tools.push({ tool: change.tool, doneOn: change.on });
      break;
    case 'tool-waived':
      r.waived = r.waived.filter((w) => w.tool !== change.tool);
      r.waived.push({ tool: change.tool, on: change.on, reason: change.reason });
      break;
    case 'tool-undo':
      r.tools = r.tools.filter((t) => t.tool !== change.tool);
      r.waived = r.waived.filter((w) => w.tool !== change.tool);
      break;
    case 'stage':
      r.stageChanges.push({
        stage: change.stage,
        enteredOn: change.on,
        ...(change.justification ? { justification: change.justification } : {}),
      });
      break;
    case 'note':
      r.updateNotes.push({
        date: change.on,
        noSignificantChange: change.noSignificantChange,
        ...(change.summary ? { summary: change.summary } : {}),
      });
      break;
    case 'crisis':
      r.crisis = change.crisis;
      break;
    case 'suspend':
      r.state = { status: 'suspended', since: change.on, reason: change.reason };
      break;
    case 'close':
      r.state = {
        status: 'closed',
        on: change.on,
        reason: change.reason,
        ...(change.note ? { note: change.note } : {}),
      };
      break;
    case 'resume':
      r.state = { status: 'active' };
      break;
    case 'agreement':
      r.agreement = {
        signedOn: change.signedOn,
        crisisVariant: change.crisisVariant,
        period: { from: change.from, to: change.to },
        reviewDates: [...new Set(change.reviewDates)].sort(),
      };
      break;
    case 'evaluation':
      r.evaluations.push({ date: change.on, kind: change.evaluation });
      break;
    case 'benefits-info':
      r.benefitsInformation.push({
        date: change.on,
        form: change.form,
        ...(change.clientInformedOn ? { clientInformedOn: change.clientInformedOn } : {}),
      });
      break;
    case 'client-informed': {
      const entry = r.benefitsInformation[change.index];
      if (!entry) throw new RangeError(`benefitsInformation[${change.index}] does not exist`);
      entry.clientInformedOn = change.on;
      break;
    }
  }
  return r;
}

/** A change that moves out of the standard order (not the next stage) needs a justification. */
export function needsJustification(
  current: CaseRecord['stageHistory'][number]['stage'],
  target: string,
): boolean {
  return stageOrder(target as typeof current) !== stageOrder(current) + 1;
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Stage history of both sources in date order (stable: the host's entry first on the same day). */
function mergeHistory(
  host: CaseRecord['stageHistory'],
  own: OwnRecord['stageChanges'],
): CaseRecord['stageHistory'] {
  const all = [...host, ...own].map((h, i) => ({ h, i }));
  all.sort((a, b) => (a.h.enteredOn === b.h.enteredOn ? a.i - b.i : a.h.enteredOn < b.h.enteredOn ? -1 : 1));
  const out: CaseRecord['stageHistory'] = [];
  for (const { h } of all) {
    const same = out.find((x) => x.stage === h.stage && x.enteredOn === h.enteredOn);
    if (same) {
      if (h.justification && !same.justification) same.justification = h.justification;
    } else out.push({ ...h });
  }
  return out;
}

/**
 * The case the core evaluates: what the host showed (its detail page) together with the standard's own
 * record. Undefined while neither the host's detail page nor an imported record tells the case's category.
 */
export function mergedRecord(
  facts: CaseFacts | undefined,
  own: OwnRecord | undefined,
  today: string,
): CaseRecord | undefined {
  const host = facts ? recordFromFacts(facts, today) : undefined;
  if (host && facts?.status === 'closed' && facts.closedSince && host.state.status === 'closed')
    host.state = { ...host.state, on: facts.closedSince };
  if (!host && !(own?.base && own.stageChanges.length)) return undefined;
  const base: CaseBase = host
    ? {
        standard: host.standard,
        socialWorker: host.socialWorker,
        openedOn: host.openedOn,
        ...(host.benefitsWorker !== undefined ? { benefitsWorker: host.benefitsWorker } : {}),
        ...(own?.base?.subGroup !== undefined ? { subGroup: own.base.subGroup } : {}),
      }
    : own!.base!;
  const stageHistory = mergeHistory(host?.stageHistory ?? [], own?.stageChanges ?? []);
  const record: CaseRecord = {
    kind: 'case',
    id: facts?.caseId ?? own!.caseId,
    standard: base.standard,
    ...(base.subGroup !== undefined ? { subGroup: base.subGroup } : {}),
    socialWorker: base.socialWorker,
    ...(base.benefitsWorker !== undefined ? { benefitsWorker: base.benefitsWorker } : {}),
    openedOn: [base.openedOn, stageHistory[0]!.enteredOn].sort()[0]!,
    stageHistory,
    state: own?.state ?? host?.state ?? { status: 'active' },
    crisis: own?.crisis ?? false,
    tools: uniqueBy([...(host?.tools ?? []), ...(own?.tools ?? [])], (t) => `${t.tool}|${t.doneOn}`),
    waived: uniqueBy([...(own?.waived ?? []), ...(host?.waived ?? [])], (w) => w.tool),
    updateNotes: own?.updateNotes ?? [],
    evaluations: own?.evaluations ?? [],
    benefitsInformation: own?.benefitsInformation ?? [],
  };
  if (own?.agreement) record.agreement = own.agreement;
  return record;
}

export function baseOf(r: CaseRecord): CaseBase {
  return {
    standard: r.standard,
    socialWorker: r.socialWorker,
    openedOn: r.openedOn,
    ...(r.benefitsWorker !== undefined ? { benefitsWorker: r.benefitsWorker } : {}),
    ...(r.subGroup !== undefined ? { subGroup: r.subGroup } : {}),
  };
}

/** An imported case (core format) as the standard's own record: the whole record, so it evaluates alone. */
export function ownFromCaseRecord(system: string, r: CaseRecord, today: string): OwnRecord {
  const own: OwnRecord = {
    system,
    caseId: r.id,
    rev: 0,
    changedOn: today,
    base: baseOf(r),
    stageChanges: r.stageHistory.map((h) => ({ ...h })),
    crisis: r.crisis,
    state: r.state,
    tools: r.tools.map((t) => ({ ...t })),
    waived: r.waived.map((w) => ({ ...w })),
    updateNotes: r.updateNotes.map((n) => ({ ...n })),
    evaluations: r.evaluations.map((e) => ({ ...e })),
    benefitsInformation: r.benefitsInformation.map((b) => ({ ...b })),
  };
  if (r.agreement) own.agreement = structuredClone(r.agreement);
  return own;
}

/** Two own records of one case as one (an import into a profile that already has records): nothing lost. */
export function unionOwn(a: OwnRecord, b: OwnRecord): OwnRecord {
  const out: OwnRecord = {
    ...a,
    rev: Math.max(a.rev, b.rev) + 1,
    changedOn: a.changedOn > b.changedOn ? a.changedOn : b.changedOn,
    stageChanges: mergeHistory(a.stageChanges, b.stageChanges),
    crisis: b.crisis || a.crisis,
    tools: uniqueBy([...a.tools, ...b.tools], (t) => `${t.tool}|${t.doneOn}`),
    waived: uniqueBy([...b.waived, ...a.waived], (w) => w.tool),
    updateNotes: uniqueBy([...a.updateNotes, ...b.updateNotes], (n) => JSON.stringify(n)),
    evaluations: uniqueBy([...a.evaluations, ...b.evaluations], (e) => `${e.date}|${e.kind}`),
    benefitsInformation: uniqueBy([...a.benefitsInformation, ...b.benefitsInformation], (x) =>
      JSON.stringify(x),
    ),
  };
  const base = b.base ?? a.base;
  if (base) out.base = base;
  const state = b.state ?? a.state;
  if (state) out.state = state;
  const agreement = b.agreement ?? a.agreement;
  if (agreement) out.agreement = agreement;
  return out;
}

/** The core's checks of a case file, on one record: errors with paths inside the record. */
export function checkRecord(record: CaseRecord, rules: Rules, today: string): InputError[] {
  const parsed = parseCaseFile({ formatVersion: 1, records: [record] }, { rules, today });
  if (parsed.ok) return [];
  return parsed.errors.map((e) => ({ ...e, path: e.path.replace(/^records\[0\]\.?/, '') }));
}

/** The day a case counts as closed for retention, when it is closed. */
export function closedOn(facts: CaseFacts | undefined, own: OwnRecord | undefined): string | undefined {
  // The worker's record of the state wins over the host's status.
  if (own?.state) return own.state.status === 'closed' ? own.state.on : undefined;
  if (facts?.status === 'closed') return facts.closedSince ?? facts.seenOn;
  return undefined;
}
