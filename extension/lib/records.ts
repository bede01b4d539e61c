import * as z from 'zod';
import { IsoDate, KebabId, StageId, compareEntries, parseCaseFile, stageOrder } from '../../core/index.ts';
import type { BuiltCase, CaseEntry, CaseRecord, InputError, Rules } from '../../core/index.ts';
import type { StoredEntry } from './db.ts';

/**
 * The standard's own record of a case, as the worker keeps it in the side panel: each change becomes one or
 * more dated entries (core/cases/entries.ts) stored in the background's `entries` table and never
 * overwritten, so two tabs, two computers or two workers never lose each other's facts. The case is then
 * built by the core's `buildCase` from these entries and what the host showed.
 */

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
  /** The client was told on `on` about the information passed on `infoOn`. */
  z.strictObject({ kind: z.literal('client-informed'), infoOn: IsoDate, on: IsoDate }),
]);
export type RecordChange = z.infer<typeof RecordChange>;

/** An entry's own facts (the recorder adds id, case, origin, author and time). */
type EntryPayload = CaseEntry extends infer E
  ? E extends CaseEntry
    ? Omit<E, 'id' | 'caseId' | 'origin' | 'at' | 'by'>
    : never
  : never;

/** Who records and when: the worker signed in to the host (when the adapter reads it) and the moment. */
export interface Recorder {
  system: string;
  caseId: string;
  today: string;
  /** ISO date-time of the change. */
  at: string;
  by?: string;
  newId: () => string;
}

/** The entries one change adds. Dated changes keep their date; undated ones (crisis, resume, undo) hold from today. */
export function entriesForChange(change: RecordChange, who: Recorder): StoredEntry[] {
  const meta = (on: string) => ({
    id: who.newId(),
    system: who.system,
    caseId: who.caseId,
    origin: 'worker' as const,
    on,
    at: who.at,
    ...(who.by ? { by: who.by } : {}),
  });
  const one = (e: EntryPayload): StoredEntry[] => [{ ...meta(e.on), ...e } as StoredEntry];
  switch (change.kind) {
    case 'tool-done':
      return one({ kind: 'tool', tool: change.tool, action: 'done', on: change.on });
    case 'tool-waived':
      return one({ kind: 'tool', tool: change.tool, action: 'waived', on: change.on, reason: change.reason });
    case 'tool-undo':
      return one({ kind: 'tool', tool: change.tool, action: 'undone', on: who.today });
    case 'stage':
      return one({
        kind: 'stage',
        stage: change.stage,
        on: change.on,
        ...(change.justification ? { justification: change.justification } : {}),
      });
    case 'note':
      return one({
        kind: 'note',
        on: change.on,
        noSignificantChange: change.noSignificantChange,
        ...(change.summary ? { summary: change.summary } : {}),
      });
    case 'crisis':
      return one({ kind: 'crisis', crisis: change.crisis, on: who.today });
    case 'suspend':
      return one({ kind: 'status', status: 'suspended', on: change.on, reason: change.reason });
    case 'close':
      return one({
        kind: 'status',
        status: 'closed',
        on: change.on,
        closeReason: change.reason,
        ...(change.note ? { note: change.note } : {}),
      });
    case 'resume':
      return one({ kind: 'status', status: 'active', on: who.today });
    case 'agreement':
      return one({
        kind: 'agreement',
        on: change.signedOn,
        crisisVariant: change.crisisVariant,
        period: { from: change.from, to: change.to },
        reviewDates: [...new Set(change.reviewDates)].sort(),
      });
    case 'evaluation':
      return one({ kind: 'evaluation', on: change.on, evaluation: change.evaluation });
    case 'benefits-info':
      return [
        ...one({ kind: 'benefits-info', on: change.on, form: change.form }),
        ...(change.clientInformedOn
          ? one({ kind: 'client-informed', on: change.clientInformedOn, infoOn: change.on })
          : []),
      ];
    case 'client-informed':
      return one({ kind: 'client-informed', on: change.on, infoOn: change.infoOn });
  }
}

/** The case's identity as the host shows it now, kept with the worker's entries (they then build alone). */
export function identityEntry(built: BuiltCase, who: Recorder, hostSeenOn: string): StoredEntry {
  const r = built.record;
  return {
    id: who.newId(),
    system: who.system,
    caseId: who.caseId,
    origin: 'host',
    on: hostSeenOn,
    at: who.at,
    ...(who.by ? { by: who.by } : {}),
    kind: 'case',
    standard: r.standard,
    socialWorker: r.socialWorker,
    openedOn: r.openedOn,
    ...(r.benefitsWorker !== undefined ? { benefitsWorker: r.benefitsWorker } : {}),
    ...(r.subGroup !== undefined ? { subGroup: r.subGroup } : {}),
  };
}

/** The worker's latest identity entry already says what the host shows now. */
export function identityKnown(entries: readonly CaseEntry[], built: BuiltCase): boolean {
  const last = entries.filter((e) => e.kind === 'case').at(-1);
  if (!last || last.kind !== 'case') return false;
  const r = built.record;
  return (
    last.standard === r.standard &&
    last.socialWorker === r.socialWorker &&
    last.benefitsWorker === r.benefitsWorker &&
    last.openedOn === r.openedOn
  );
}

/** Tools the worker's own entries make done or waived (and so the side panel may undo). */
export function toolsRecordedByWorker(entries: readonly CaseEntry[]): string[] {
  const state = new Map<string, boolean>();
  for (const e of [...entries].sort(compareEntries))
    if (e.kind === 'tool' && e.origin === 'worker') state.set(e.tool, e.action !== 'undone');
  return [...state].filter(([, on]) => on).map(([tool]) => tool);
}

/** A change that moves out of the standard order (not the next stage) needs a justification. */
export function needsJustification(
  current: CaseRecord['stageHistory'][number]['stage'],
  target: string,
): boolean {
  return stageOrder(target as typeof current) !== stageOrder(current) + 1;
}

/** The core's checks of a case file, on one record: errors with paths inside the record. */
export function checkRecord(record: CaseRecord, rules: Rules, today: string): InputError[] {
  const parsed = parseCaseFile({ formatVersion: 1, records: [record] }, { rules, today });
  if (parsed.ok) return [];
  return parsed.errors.map((e) => ({ ...e, path: e.path.replace(/^records\[0\]\.?/, '') }));
}

/** The day a closed case closed (from whichever source set the status last), when it is closed. */
export function closedOn(built: BuiltCase | undefined): string | undefined {
  const state = built?.record.state;
  return state?.status === 'closed' ? state.on : undefined;
}
