import type { CaseRecord, CaseState } from '../schema/case-record.ts';
import type { SocialWorkStandardId, StageId } from '../schema/common.ts';
import { compareEntries } from './order.ts';
import type { CaseEntry, EntryOf, Origin } from './entries.ts';
import { HOST_SUSPENSION_REASON, HOST_WAIVER_REASON, hostEntries, recordEntries } from './sources.ts';
import type { HostCase, RecordSource } from './sources.ts';

/**
 * One record per case (docs/rules.md, "One record per case"): every source of a case — the host as an
 * adapter read it, register rows and older backups, the workers' own entries — folded into the one
 * `CaseRecord` the engine evaluates. Every surface (badge, side panel, retention, dashboard, `check`,
 * `audit`) builds its cases here, so they show the same picture.
 *
 * Precedence: entries are applied in order of their date (`on`); on the same day, by origin
 * (import < host < worker), then by the time recorded (`at`), then by id — so a newer dated fact wins and
 * equal dates resolve the same way everywhere. Single-valued facts (status, crisis, agreement, identity
 * field by field) take the last entry; stages, evaluations, notes and benefits information accumulate; a
 * tool is done from its earliest done entry, waived by its latest waiver, and an `undone` entry withdraws
 * the earlier entries of that tool from the same origin and author.
 */

export interface CaseSources {
  host?: HostCase;
  records?: readonly RecordSource[];
  entries?: readonly CaseEntry[];
}

/** Where a single-valued fact came from. */
export interface Provenance {
  origin: Origin;
  on: string;
  by?: string;
}

export interface BuiltCase {
  record: CaseRecord;
  /** A source told which tools are done: the host's case page, a whole record, or the workers' entries. */
  toolsKnown: boolean;
  provenance: { status: Provenance; stage: Provenance; standard: Provenance; socialWorker: Provenance };
}

const prov = (e: CaseEntry): Provenance => ({ origin: e.origin, on: e.on, ...(e.by ? { by: e.by } : {}) });

/**
 * The social worker of a case no source named (an adapter that cannot read the worker column): shown as
 * such, never counted toward anyone's caseload (core/engine/caseload.ts).
 */
export const UNKNOWN_WORKER = 'nieznany';

/**
 * The case as of `today` from all its sources, or undefined while no source tells its category and a
 * stage. Entries dated after `today` wait for their day (they are kept, not applied).
 */
export function buildCase(caseId: string, sources: CaseSources, today: string): BuiltCase | undefined {
  const records = sources.records ?? [];
  const own = sources.entries ?? [];
  const toolsKnown = sources.host?.detail !== undefined || records.length > 0 || own.length > 0;
  // One whole record and nothing else: the fold would give it back unchanged (tested), so skip the work
  // (a 10,000-row register import builds every case here).
  if (records.length === 1 && !sources.host && own.length === 0 && records[0]!.record.id === caseId)
    return single(records[0]!);
  const all: CaseEntry[] = [];
  for (const src of records) for (const e of recordEntries(src)) all.push(e);
  for (const e of own) if (e.caseId === caseId && e.on <= today) all.push(e);
  if (sources.host) for (const e of hostEntries(sources.host, all)) all.push(e);
  return foldEntries(caseId, all, today, toolsKnown);
}

function single(src: RecordSource): BuiltCase {
  const r = src.record;
  const last = r.stageHistory[r.stageHistory.length - 1]!;
  const statusOn =
    r.state.status === 'active' ? r.openedOn : r.state.status === 'suspended' ? r.state.since : r.state.on;
  return {
    record: r,
    toolsKnown: true,
    provenance: {
      status: { origin: src.origin, on: statusOn },
      stage: { origin: src.origin, on: last.enteredOn },
      standard: { origin: src.origin, on: src.asOf },
      socialWorker: { origin: src.origin, on: src.asOf },
    },
  };
}

/** Fold entries of one case (any sources, any order) into its record. */
export function foldEntries(
  caseId: string,
  input: readonly CaseEntry[],
  today: string,
  toolsKnown = true,
): BuiltCase | undefined {
  const entries = input.filter((e) => e.on <= today).sort(compareEntries);
  const withdrawn = withdrawnTools(entries);

  let standard: { value: SocialWorkStandardId; from: CaseEntry } | undefined;
  let socialWorker: { value: string; from: CaseEntry } | undefined;
  let benefitsWorker: string | undefined;
  let subGroup: string | undefined;
  let openedOn: string | undefined;
  let status: EntryOf<'status'> | undefined;
  let crisis = false;
  let agreement: EntryOf<'agreement'> | undefined;
  const stages: EntryOf<'stage'>[] = [];
  const done = new Map<string, string>();
  const waived = new Map<string, { on: string; reason: string }>();
  const notes: CaseRecord['updateNotes'] = [];
  const evaluations = new Map<string, CaseRecord['evaluations'][number]>();
  const infos = new Map<string, CaseRecord['benefitsInformation'][number]>();
  const informed: EntryOf<'client-informed'>[] = [];

  for (const e of entries) {
    switch (e.kind) {
      case 'case':
        if (e.standard !== undefined) standard = { value: e.standard, from: e };
        if (e.socialWorker !== undefined) socialWorker = { value: e.socialWorker, from: e };
        if (e.benefitsWorker !== undefined) benefitsWorker = e.benefitsWorker;
        if (e.subGroup !== undefined) subGroup = e.subGroup;
        if (e.openedOn !== undefined) openedOn = e.openedOn;
        break;
      case 'stage':
        stages.push(e);
        break;
      case 'status':
        status = e;
        break;
      case 'crisis':
        crisis = e.crisis;
        break;
      case 'tool': {
        if (e.action === 'undone' || withdrawn.has(e)) break;
        if (e.action === 'done') {
          const prev = done.get(e.tool);
          if (prev === undefined || e.on < prev) done.set(e.tool, e.on);
        } else waived.set(e.tool, { on: e.on, reason: e.reason ?? HOST_WAIVER_REASON });
        break;
      }
      case 'note': {
        const note = {
          date: e.on,
          noSignificantChange: e.noSignificantChange,
          ...(e.summary !== undefined ? { summary: e.summary } : {}),
        };
        // Every note is its own entry (two on one day are two notes); the same entry twice is deduplicated
        // by id where sources overlap (teamCases).
        notes.push(note);
        break;
      }
      case 'agreement':
        agreement = e;
        break;
      case 'evaluation':
        evaluations.set(`${e.on}|${e.evaluation}`, { date: e.on, kind: e.evaluation });
        break;
      case 'benefits-info':
        if (!infos.has(`${e.on}|${e.form}`)) infos.set(`${e.on}|${e.form}`, { date: e.on, form: e.form });
        break;
      case 'client-informed':
        informed.push(e);
        break;
    }
  }
  if (!standard || stages.length === 0) return undefined;

  // The client was told about every piece of information of that day (the latest telling wins).
  for (const e of informed)
    for (const info of infos.values()) if (info.date === e.infoOn) info.clientInformedOn = e.on;

  const stageHistory = mergeStages(stages);
  const first = stageHistory[0]!.enteredOn;
  const opened = openedOn === undefined || first < openedOn ? first : openedOn;
  const lastStage = stages.filter((s) => s.stage === stageHistory[stageHistory.length - 1]!.stage).at(-1)!;
  const record: CaseRecord = {
    kind: 'case',
    id: caseId,
    standard: standard.value,
    ...(subGroup !== undefined ? { subGroup } : {}),
    socialWorker: socialWorker?.value ?? UNKNOWN_WORKER,
    ...(benefitsWorker !== undefined ? { benefitsWorker } : {}),
    openedOn: opened,
    stageHistory,
    state: stateOf(status),
    crisis,
    tools: [...done].map(([tool, doneOn]) => ({ tool, doneOn })),
    waived: [...waived].map(([tool, w]) => ({ tool, on: w.on, reason: w.reason })),
    updateNotes: notes,
    evaluations: [...evaluations.values()],
    benefitsInformation: [...infos.values()],
  };
  if (agreement)
    record.agreement = {
      signedOn: agreement.on,
      crisisVariant: agreement.crisisVariant,
      period: { ...agreement.period },
      reviewDates: [...new Set(agreement.reviewDates)].sort(),
    };
  return {
    record,
    toolsKnown,
    provenance: {
      status: status ? prov(status) : { origin: lastStage.origin, on: opened },
      stage: prov(lastStage),
      standard: prov(standard.from),
      socialWorker: socialWorker ? prov(socialWorker.from) : { origin: lastStage.origin, on: opened },
    },
  };
}

/** Tool entries an `undone` withdraws: earlier ones of the same tool, origin and author. */
function withdrawnTools(sorted: readonly CaseEntry[]): Set<CaseEntry> {
  const out = new Set<CaseEntry>();
  const open = new Map<string, CaseEntry[]>();
  for (const e of sorted) {
    if (e.kind !== 'tool') continue;
    const key = `${e.tool}|${e.origin}|${e.by ?? ''}`;
    if (e.action === 'undone') {
      for (const x of open.get(key) ?? []) out.add(x);
      open.delete(key);
    } else {
      const list = open.get(key);
      if (list) list.push(e);
      else open.set(key, [e]);
    }
  }
  return out;
}

/** Stage entries (already in order) as a history: the same stage on the same day once, a justification kept. */
function mergeStages(stages: readonly EntryOf<'stage'>[]): CaseRecord['stageHistory'] {
  const out: CaseRecord['stageHistory'] = [];
  const seen = new Map<string, CaseRecord['stageHistory'][number]>();
  for (const s of stages) {
    const key = `${s.stage}|${s.on}`;
    const same = seen.get(key);
    if (same) {
      if (s.justification !== undefined && same.justification === undefined)
        same.justification = s.justification;
      continue;
    }
    const entry: { stage: StageId; enteredOn: string; justification?: string } = {
      stage: s.stage,
      enteredOn: s.on,
    };
    if (s.justification !== undefined) entry.justification = s.justification;
    seen.set(key, entry);
    out.push(entry);
  }
  return out;
}

function stateOf(e: EntryOf<'status'> | undefined): CaseState {
  if (!e || e.status === 'active') return { status: 'active' };
  if (e.status === 'suspended')
    return { status: 'suspended', since: e.on, reason: e.reason ?? HOST_SUSPENSION_REASON };
  return {
    status: 'closed',
    on: e.on,
    reason: e.closeReason ?? 'other',
    ...(e.note !== undefined ? { note: e.note } : {}),
  };
}

/** Every case of a set of sources, by case id: the register's rows, the host's cases, the entries. */
export function buildCases(
  sources: { host?: readonly HostCase[]; records?: readonly RecordSource[]; entries?: readonly CaseEntry[] },
  today: string,
): Map<string, BuiltCase> {
  const byCase = new Map<string, { host?: HostCase; records: RecordSource[]; entries: CaseEntry[] }>();
  const slot = (id: string) => {
    let s = byCase.get(id);
    if (!s) byCase.set(id, (s = { records: [], entries: [] }));
    return s;
  };
  for (const h of sources.host ?? []) slot(h.caseId).host = h;
  for (const r of sources.records ?? []) slot(r.record.id).records.push(r);
  for (const e of sources.entries ?? []) slot(e.caseId).entries.push(e);
  const out = new Map<string, BuiltCase>();
  for (const [id, s] of byCase) {
    const built = buildCase(id, s, today);
    if (built) out.set(id, built);
  }
  return out;
}
