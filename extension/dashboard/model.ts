import { normalise, splitDocument } from '../../core/index.ts';
import type {
  CaseEvaluation,
  CaseloadRow,
  CaseRecord,
  CheckReport,
  StaffingLine,
  FindingCode,
  RegisterMapping,
  SocialWorkStandardId,
  StageId,
  Table,
} from '../../core/index.ts';

/**
 * The dashboard's pure pieces: which cases enter the analysis, filtering, and what a register file holds
 * for the mapping step. No DOM, no storage: tested without a browser.
 */

export interface CaseFilters {
  /** Part of a case number, as typed (case and spaces ignored). */
  caseId: string;
  worker: string;
  standard: SocialWorkStandardId | '';
  stage: StageId | '';
  status: CaseRecord['state']['status'] | '';
  /** A finding code, `any` for cases with any finding, or '' for all. */
  finding: FindingCode | 'any' | '';
}

export const NO_FILTERS: CaseFilters = {
  caseId: '',
  worker: '',
  standard: '',
  stage: '',
  status: '',
  finding: '',
};

export function filterCases(cases: readonly CaseEvaluation[], f: CaseFilters): CaseEvaluation[] {
  const id = f.caseId.replace(/\s+/g, '').toLowerCase();
  return cases.filter(
    (c) =>
      (id === '' || c.caseId.toLowerCase().includes(id)) &&
      (f.worker === '' || c.socialWorker === f.worker) &&
      (f.standard === '' || c.standard === f.standard) &&
      (f.stage === '' || c.stage === f.stage) &&
      (f.status === '' || c.status === f.status) &&
      (f.finding === '' ||
        (f.finding === 'any' ? c.findings.length > 0 : c.findings.some((x) => x.code === f.finding))),
  );
}

export const OVERDUE_CODES: readonly FindingCode[] = ['stage-overdue', 'agreement-review-overdue'];

/** Overdue stages and agreement reviews, oldest case id first. */
export function overdueFindings(check: CheckReport) {
  return check.cases.flatMap((c) =>
    c.findings
      .filter((f) => OVERDUE_CODES.includes(f.code))
      .map((f) => ({ ...f, caseId: c.caseId, worker: c.socialWorker })),
  );
}

/** Share of the obligatory documentation done in one case (1 when nothing is due yet). */
export function caseShare(c: CaseEvaluation): number {
  return c.documentation.due === 0 ? 1 : c.documentation.done / c.documentation.due;
}

/**
 * Fewer obligatory tools due than this and a share says nothing: one remembered case with one tool done
 * is not "100 %" of a team's documentation. Below it the dashboard says "za mało danych" and the counts.
 */
export const MIN_DUE_FOR_SHARE = 10;

export function shareKnown(due: number): boolean {
  return due >= MIN_DUE_FOR_SHARE;
}

/**
 * Whether the analysis holds every case of the centre: only a register export lists them all. Without it
 * (this browser's records, workers' files) each worker's count is a lower bound.
 */
export function completeData(sources: { register: boolean }): boolean {
  return sources.register;
}

export type ShownCaseloadStatus = CaseloadRow['status'] | 'unknown' | 'at-least-near';

/**
 * A worker's caseload status as far as the data can tell: from a lower bound, "over the norm" still holds,
 * "near" means at least near, and "within the norm" is not known.
 */
export function shownCaseloadStatus(
  row: Pick<CaseloadRow, 'status'>,
  complete: boolean,
): ShownCaseloadStatus {
  if (complete) return row.status;
  if (row.status === 'ok') return 'unknown';
  if (row.status === 'near') return 'at-least-near';
  return row.status;
}

export type ShownBalance =
  | { kind: 'short' | 'short-at-least' | 'surplus'; fte: number }
  | { kind: 'balanced' | 'unknown' | 'no-cases' };

/**
 * A role's staffing balance as far as the data can tell: with no cases nothing is known; from a lower
 * bound of the cases only a shortage is certain.
 */
export function shownBalance(
  line: Pick<StaffingLine, 'balance'>,
  cases: number,
  complete: boolean,
): ShownBalance {
  if (cases === 0) return { kind: 'no-cases' };
  const fte = Math.round(Math.abs(line.balance) * 100) / 100;
  if (line.balance < 0 && fte > 0) return { kind: complete ? 'short' : 'short-at-least', fte };
  if (!complete) return { kind: 'unknown' };
  return fte > 0 ? { kind: 'surplus', fte } : { kind: 'balanced' };
}

/** The mapped column of a table, or undefined when the header lacks it. */
function columnIndex(table: Table, header: string | undefined): number | undefined {
  if (!header) return undefined;
  const i = table.header.findIndex((h) => normalise(h) === normalise(header));
  return i < 0 ? undefined : i;
}

/** The distinct values of a column (trimmed, first spelling kept), for mapping them onto the standard. */
export function distinctValues(table: Table, header: string | undefined, limit = 60): string[] {
  const i = columnIndex(table, header);
  if (i === undefined) return [];
  const seen = new Map<string, string>();
  for (const { cells } of table.rows) {
    const v = (cells[i] ?? '').trim();
    if (v !== '' && !seen.has(normalise(v))) seen.set(normalise(v), v);
    if (seen.size >= limit) break;
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'pl'));
}

/** Document labels of a "Label (dd.mm.rrrr); …" column, without their dates (as the import reads them). */
export function documentLabels(table: Table, header: string | undefined, limit = 80): string[] {
  const i = columnIndex(table, header);
  if (i === undefined) return [];
  const seen = new Map<string, string>();
  for (const { cells } of table.rows) {
    for (const item of (cells[i] ?? '').split(/[;\n]+/)) {
      const text = item.trim();
      if (text === '') continue;
      const label = splitDocument(text).label.trim();
      if (!seen.has(normalise(label))) seen.set(normalise(label), label);
    }
    if (seen.size >= limit) break;
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'pl'));
}

export type ValueKind = 'standard' | 'stage' | 'status' | 'documents';

/** The mapping's target for a host label (labels match case- and space-insensitively, as in the import). */
export function valueTarget(mapping: RegisterMapping, kind: ValueKind, label: string): string {
  const table = mapping.values[kind] as Record<string, string>;
  const key = Object.keys(table).find((k) => normalise(k) === normalise(label));
  return key === undefined ? '' : table[key]!;
}

/** A copy of the mapping with one host label mapped onto a target ('' removes it). */
export function withValue(
  mapping: RegisterMapping,
  kind: ValueKind,
  label: string,
  target: string,
): RegisterMapping {
  const table = { ...(mapping.values[kind] as Record<string, string>) };
  for (const k of Object.keys(table)) if (normalise(k) === normalise(label)) delete table[k];
  if (target !== '') table[label] = target;
  return { ...mapping, values: { ...mapping.values, [kind]: table } } as RegisterMapping;
}

export type ColumnKey = keyof RegisterMapping['columns'];

export const COLUMN_KEYS: readonly ColumnKey[] = [
  'caseId',
  'standard',
  'socialWorker',
  'benefitsWorker',
  'openedOn',
  'stage',
  'stageEnteredOn',
  'status',
  'statusDate',
  'statusReason',
  'crisis',
  'documents',
  'agreementFrom',
  'agreementTo',
  'reviewDates',
];

export const REQUIRED_COLUMNS: readonly ColumnKey[] = [
  'caseId',
  'standard',
  'socialWorker',
  'openedOn',
  'stage',
];

/** A copy of the mapping with one column set ('' unsets an optional one). */
export function withColumn(mapping: RegisterMapping, key: ColumnKey, header: string): RegisterMapping {
  const columns = { ...mapping.columns } as Record<string, string | undefined>;
  if (header === '' && !REQUIRED_COLUMNS.includes(key)) delete columns[key];
  else columns[key] = header;
  return { ...mapping, columns: columns as RegisterMapping['columns'] };
}

/** Start a mapping for a file no mapping knows yet: columns whose header equals a demo header are kept. */
export function hasColumn(table: Table, header: string | undefined): boolean {
  return columnIndex(table, header) !== undefined;
}

/** A file name safe to offer for download. */
export function downloadName(base: string, today: string, ext: string): string {
  return `${base}-${today}.${ext}`;
}
