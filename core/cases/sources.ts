import type { CaseRecord } from '../schema/case-record.ts';
import type { SocialWorkStandardId, StageId } from '../schema/common.ts';
import type { CaseEntry, Origin } from './entries.ts';
import { compareEntries } from './order.ts';

/**
 * The sources a case can have, each turned into dated entries for `buildCase`: what an adapter read from
 * the host system (`HostCase`), a whole record of a register row or an older backup (`RecordSource`), and
 * the entries the workers recorded themselves.
 */

export interface HostDocument {
  tool: string;
  on: string;
  status: 'done' | 'waived';
}

/** What the host system showed of a case, with the dates each fact holds from (kept by the extension). */
export interface HostCase {
  caseId: string;
  standard?: SocialWorkStandardId;
  socialWorker?: string;
  benefitsWorker?: string;
  openedOn?: string;
  /** The stage the host shows now. */
  stage?: StageId;
  /** When the host says that stage was entered, or the first day the change was seen. */
  stageSince?: string;
  status?: 'active' | 'suspended' | 'closed';
  /** The host's own date of the status (e.g. its closing date), or the first day a change of status was seen. */
  statusOn?: string;
  /** The first day the case was seen at all. */
  firstSeenOn?: string;
  /** The last day a list row or the case page was read. */
  seenOn: string;
  /** Read from the case page only: until then the host's documents are unknown. */
  detail?: {
    seenOn: string;
    stageHistory?: { stage: StageId; enteredOn: string }[];
    documents: HostDocument[];
  };
}

/** A whole case record (a register row, a case file, an older backup) and the day it was true. */
export interface RecordSource {
  record: CaseRecord;
  origin: Origin;
  /** The day the source describes (the register's import day, a backup's export day). */
  asOf: string;
}

/** Reasons the host or a register gives no words for. */
export const HOST_SUSPENSION_REASON = '(wg systemu dziedzinowego)';
export const HOST_WAIVER_REASON = '(odstąpiono w systemie dziedzinowym)';

/**
 * The host's facts as entries: identity as last seen, stages with their dates, status, documents. A stage
 * or a status the host shows without a date of its own (a list row, first seen) yields to `others` — the
 * other sources' entries of the case — when they already date the same stage or status: only a source that
 * knows the date says when it began (docs/rules.md).
 */
export function hostEntries(h: HostCase, others: readonly CaseEntry[] = []): CaseEntry[] {
  const base = { caseId: h.caseId, origin: 'host' as const };
  const out: CaseEntry[] = [];
  let n = 0;
  const id = (kind: string) => `host:${kind}:${n++}`;
  const identity: CaseEntry = { ...base, id: id('case'), kind: 'case', on: h.seenOn };
  if (h.standard !== undefined) identity.standard = h.standard;
  if (h.socialWorker !== undefined) identity.socialWorker = h.socialWorker;
  if (h.benefitsWorker !== undefined) identity.benefitsWorker = h.benefitsWorker;
  if (h.openedOn !== undefined) identity.openedOn = h.openedOn;
  out.push(identity);

  const history = h.detail?.stageHistory ?? [];
  for (const s of history)
    out.push({ ...base, id: id('stage'), kind: 'stage', stage: s.stage, on: s.enteredOn });
  const lastShown = history.length ? history[history.length - 1]!.stage : undefined;
  const otherStages = others.filter((e) => e.kind === 'stage');
  const otherStage = latest(otherStages);
  if (h.stage !== undefined && (h.stage !== lastShown || h.stageSince !== undefined)) {
    if (h.stageSince !== undefined)
      out.push({ ...base, id: id('stage'), kind: 'stage', stage: h.stage, on: h.stageSince });
    else if (history.length || otherStages.length) {
      // Undated, after stages known from elsewhere: entered no later than the day it was seen — unless
      // another source dates this very stage as the latest.
      if (otherStage?.kind !== 'stage' || otherStage.stage !== h.stage || history.length)
        out.push({ ...base, id: id('stage'), kind: 'stage', stage: h.stage, on: h.seenOn });
    } else
      out.push({
        ...base,
        id: id('stage'),
        kind: 'stage',
        stage: h.stage,
        on: h.openedOn ?? h.firstSeenOn ?? h.seenOn,
      });
  }
  const otherStatus = latest(others.filter((e) => e.kind === 'status'));
  const undatedSame =
    h.statusOn === undefined && otherStatus?.kind === 'status' && otherStatus.status === h.status;
  if (h.status !== undefined && !undatedSame) {
    // docs/rules.md: a status the host has always shown holds from the opening (active) or the first day
    // it was seen (suspended, closed); an observed change holds from the day it was seen.
    const since =
      h.statusOn ??
      (h.status === 'active'
        ? (h.openedOn ?? history[0]?.enteredOn ?? h.firstSeenOn ?? h.seenOn)
        : (h.firstSeenOn ?? h.seenOn));
    const status: CaseEntry = { ...base, id: id('status'), kind: 'status', status: h.status, on: since };
    if (h.status === 'suspended') status.reason = HOST_SUSPENSION_REASON;
    if (h.status === 'closed') status.closeReason = 'other';
    out.push(status);
  }
  for (const d of h.detail?.documents ?? [])
    out.push({
      ...base,
      id: id('tool'),
      kind: 'tool',
      tool: d.tool,
      action: d.status,
      on: d.on,
      ...(d.status === 'waived' ? { reason: HOST_WAIVER_REASON } : {}),
    });
  return out;
}

/** The entry applied last among `entries` (the builder's order: date, then origin). */
function latest(entries: readonly CaseEntry[]): CaseEntry | undefined {
  let out: CaseEntry | undefined;
  for (const e of entries) if (!out || compareEntries(out, e) < 0) out = e;
  return out;
}

/**
 * A whole record as entries of one origin. An active state has no date of its own: it holds from the
 * opening, so any later dated change of status from another source wins over it. A crisis flag that is
 * off is no fact at all (registers say "no" for "not flagged").
 */
export function recordEntries(src: RecordSource): CaseEntry[] {
  const r = src.record;
  const base = { caseId: r.id, origin: src.origin };
  const out: CaseEntry[] = [];
  let n = 0;
  const id = (kind: string) => `${src.origin}:${kind}:${n++}`;
  const identity: CaseEntry = {
    ...base,
    id: id('case'),
    kind: 'case',
    on: src.asOf,
    standard: r.standard,
    socialWorker: r.socialWorker,
    openedOn: r.openedOn,
  };
  if (r.subGroup !== undefined) identity.subGroup = r.subGroup;
  if (r.benefitsWorker !== undefined) identity.benefitsWorker = r.benefitsWorker;
  out.push(identity);
  for (const s of r.stageHistory)
    out.push({
      ...base,
      id: id('stage'),
      kind: 'stage',
      stage: s.stage,
      on: s.enteredOn,
      ...(s.justification !== undefined ? { justification: s.justification } : {}),
    });
  const state = r.state;
  if (state.status === 'active')
    out.push({ ...base, id: id('status'), kind: 'status', status: 'active', on: r.openedOn });
  else if (state.status === 'suspended')
    out.push({
      ...base,
      id: id('status'),
      kind: 'status',
      status: 'suspended',
      on: state.since,
      reason: state.reason,
    });
  else
    out.push({
      ...base,
      id: id('status'),
      kind: 'status',
      status: 'closed',
      on: state.on,
      closeReason: state.reason,
      ...(state.note !== undefined ? { note: state.note } : {}),
    });
  if (r.crisis)
    out.push({ ...base, id: id('crisis'), kind: 'crisis', crisis: true, on: r.stageHistory[0]!.enteredOn });
  for (const t of r.tools)
    out.push({ ...base, id: id('tool'), kind: 'tool', tool: t.tool, action: 'done', on: t.doneOn });
  for (const w of r.waived)
    out.push({
      ...base,
      id: id('tool'),
      kind: 'tool',
      tool: w.tool,
      action: 'waived',
      on: w.on,
      reason: w.reason,
    });
  for (const note of r.updateNotes)
    out.push({
      ...base,
      id: id('note'),
      kind: 'note',
      on: note.date,
      noSignificantChange: note.noSignificantChange,
      ...(note.summary !== undefined && note.summary !== '' ? { summary: note.summary } : {}),
    });
  if (r.agreement)
    out.push({
      ...base,
      id: id('agreement'),
      kind: 'agreement',
      on: r.agreement.signedOn,
      crisisVariant: r.agreement.crisisVariant,
      period: { ...r.agreement.period },
      reviewDates: [...r.agreement.reviewDates],
    });
  for (const e of r.evaluations)
    out.push({ ...base, id: id('evaluation'), kind: 'evaluation', on: e.date, evaluation: e.kind });
  for (const b of r.benefitsInformation) {
    out.push({ ...base, id: id('benefits-info'), kind: 'benefits-info', on: b.date, form: b.form });
    if (b.clientInformedOn !== undefined)
      out.push({
        ...base,
        id: id('client-informed'),
        kind: 'client-informed',
        on: b.clientInformedOn,
        infoOn: b.date,
      });
  }
  return out;
}
