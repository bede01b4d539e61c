import * as z from 'zod';
import { parseCaseFile, parseWith } from '../input.ts';
import type { InputError, Parsed } from '../input.ts';
import type { Rules } from '../engine/rules.ts';
import { IsoDate, PseudonymousId, SocialWorkStandardId, StageId } from '../schema/common.ts';
import { inputError } from '../errors.ts';
import type { ErrorCode } from '../errors.ts';
import { CaseEntry } from './entries.ts';
import type { HostCase, RecordSource } from './sources.ts';

/**
 * A worker's records file — what the extension exports, what a supervisor loads into the dashboard or
 * passes to `standardy audit --records`: per host system, what the host showed of each case (with the
 * dates each fact holds from) and the worker's own dated entries, each with its origin. Restoring it gives
 * back exactly the facts and dates it holds. Ids and the standard's facts only, never names.
 *
 * formatVersion 1 (before entries): per system a whole case-record file; read as an import dated its
 * export day, so any later dated change from the host or a worker wins over it.
 */
export const HostCaseSchema = z.strictObject({
  caseId: PseudonymousId,
  standard: SocialWorkStandardId.optional(),
  socialWorker: PseudonymousId.optional(),
  benefitsWorker: PseudonymousId.optional(),
  openedOn: IsoDate.optional(),
  stage: StageId.optional(),
  stageSince: IsoDate.optional(),
  status: z.enum(['active', 'suspended', 'closed']).optional(),
  statusOn: IsoDate.optional(),
  firstSeenOn: IsoDate.optional(),
  seenOn: IsoDate,
  detail: z
    .strictObject({
      seenOn: IsoDate,
      stage: StageId.optional(),
      stageSince: IsoDate.optional(),
      stageHistory: z.array(z.strictObject({ stage: StageId, enteredOn: IsoDate })).optional(),
      documents: z.array(
        z.strictObject({ tool: z.string().min(1).max(80), on: IsoDate, status: z.enum(['done', 'waived']) }),
      ),
    })
    .optional(),
});

const System = z.string().url().max(300);

export const RecordsFileV2 = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal('standardy-records'),
  formatVersion: z.literal(2),
  exportedOn: IsoDate,
  /** The worker whose browser exported it, when known. */
  worker: PseudonymousId.optional(),
  systems: z.array(
    z.strictObject({
      system: System,
      host: z.array(HostCaseSchema).default([]),
      entries: z.array(CaseEntry).default([]),
    }),
  ),
});
export type RecordsFileV2 = z.infer<typeof RecordsFileV2>;

const RecordsFileV1 = z.strictObject({
  format: z.literal('standardy-records'),
  formatVersion: z.literal(1),
  exportedOn: IsoDate,
  systems: z.array(z.strictObject({ system: System, cases: z.unknown() })),
});

/** One system's facts from a records file, ready for `buildCases`. */
export interface SystemRecords {
  /** The host system's origin (cases are kept apart per system). */
  system: string;
  host: HostCase[];
  entries: CaseEntry[];
  /** Whole records (formatVersion 1), as imports dated the export day. */
  records: RecordSource[];
}

export interface RecordsFile {
  formatVersion: 1 | 2;
  exportedOn: string;
  worker?: string;
  systems: SystemRecords[];
}

const fail = (path: string, key: ErrorCode, params: Record<string, string> = {}): InputError =>
  inputError(key, params, undefined, path);

/**
 * A records file (either version), checked against the standard and `today`: known tools, no future
 * dates, unique entry ids. All or nothing: errors name their path and nothing is returned half-read.
 */
export function parseRecordsFile(
  data: unknown,
  options: { rules: Rules; today: string },
): Parsed<RecordsFile> {
  const version = (data as { formatVersion?: unknown } | null)?.formatVersion;
  if (version === 1) return parseV1(data, options);
  const parsed = parseWith(RecordsFileV2, data);
  if (!parsed.ok) return parsed;
  const { rules, today } = options;
  const errors: InputError[] = [];
  const future = (path: string, date: string | undefined) => {
    if (date !== undefined && date > today) errors.push(fail(path, 'input.date-future', { today }));
  };
  const ids = new Set<string>();
  parsed.value.systems.forEach((s, i) => {
    s.host.forEach((h, j) => {
      const at = `systems[${i}].host[${j}]`;
      future(`${at}.seenOn`, h.seenOn);
      h.detail?.documents.forEach((d, k) => {
        if (!rules.tools.has(d.tool))
          errors.push(fail(`${at}.detail.documents[${k}].tool`, 'input.unknown-tool', { tool: d.tool }));
        future(`${at}.detail.documents[${k}].on`, d.on);
      });
    });
    s.entries.forEach((e, j) => {
      const at = `systems[${i}].entries[${j}]`;
      future(`${at}.on`, e.on);
      if (e.kind === 'tool' && !rules.tools.has(e.tool))
        errors.push(fail(`${at}.tool`, 'input.unknown-tool', { tool: e.tool }));
      const key = `${s.system}|${e.id}`;
      if (ids.has(key)) errors.push(fail(`${at}.id`, 'input.duplicate-entry', { id: e.id }));
      ids.add(key);
    });
  });
  if (errors.length) return { ok: false, errors };
  const v = parsed.value;
  return {
    ok: true,
    value: {
      formatVersion: 2,
      exportedOn: v.exportedOn,
      ...(v.worker !== undefined ? { worker: v.worker } : {}),
      systems: v.systems.map((s) => ({
        system: new URL(s.system).origin,
        host: s.host as HostCase[],
        entries: s.entries,
        records: [],
      })),
    },
  };
}

function parseV1(data: unknown, options: { rules: Rules; today: string }): Parsed<RecordsFile> {
  const envelope = parseWith(RecordsFileV1, data);
  if (!envelope.ok) return envelope;
  const errors: InputError[] = [];
  const systems: SystemRecords[] = [];
  envelope.value.systems.forEach((s, i) => {
    const file = parseCaseFile(s.cases, options);
    if (!file.ok) {
      for (const e of file.errors)
        errors.push({ ...e, path: `systems[${i}].cases${e.path ? `.${e.path}` : ''}` });
      return;
    }
    const records: RecordSource[] = [];
    for (const r of file.value.records)
      if (r.kind === 'case') records.push({ record: r, origin: 'import', asOf: envelope.value.exportedOn });
    systems.push({ system: new URL(s.system).origin, host: [], entries: [], records });
  });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { formatVersion: 1, exportedOn: envelope.value.exportedOn, systems } };
}
