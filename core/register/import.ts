import { fromPlDate, isIsoDate } from '../dates.ts';
import { errorText, shownValue } from '../errors.ts';
import type { ErrorCode, LocalizedParams } from '../errors.ts';
import { pseudonymousIdProblem } from '../pseudonymous.ts';
import { appliesTo } from '../engine/rules.ts';
import type { Rules } from '../engine/rules.ts';
import type { CaseRecord } from '../schema/case-record.ts';
import type { Localized, SocialWorkStandardId, StageId } from '../schema/common.ts';
import { SOCIAL_WORK_STANDARD_IDS, STAGE_IDS } from '../schema/common.ts';
import type { DocumentTarget, RegisterMapping } from './mapping.ts';
import type { Table } from './read-table.ts';

/**
 * A row that could not be read (or was read with something ignored). The message never holds the cell's
 * text unless it looks like a code (core/errors.ts `shownValue`): a stray `;` can shift a client's name
 * into any column, and the dashboard stores these issues.
 */
export interface RowIssue {
  /** Stable code from core/errors.ts (`register.unknown-category`, …). */
  code: string;
  /** The row number as in the file (header = 1). */
  row: number;
  column?: string;
  message: Localized;
}

export interface RegisterImport {
  records: CaseRecord[];
  /** Rows that could not be read: skipped, the rest still imports. */
  errors: RowIssue[];
  /** Rows imported with something ignored (e.g. an unknown document label). */
  warnings: RowIssue[];
  rowsRead: number;
  /** Mapped columns missing from the header: nothing can be imported when a required one is missing. */
  missingColumns: string[];
}

const REQUIRED = ['caseId', 'standard', 'socialWorker', 'openedOn', 'stage'] as const;

const STATUS_DEFAULTS: Record<string, 'active' | 'suspended' | 'closed'> = {
  aktywna: 'active',
  aktywny: 'active',
  'w toku': 'active',
  active: 'active',
  zawieszona: 'suspended',
  zawieszony: 'suspended',
  suspended: 'suspended',
  zamknięta: 'closed',
  zamknięty: 'closed',
  zakończona: 'closed',
  closed: 'closed',
};

const isDigit = (c: number) => c >= 48 && c <= 57;
const isSeparator = (c: string) =>
  c === ' ' || c === '\t' || c === ':' || c === '(' || c === '–' || c === '-';

/**
 * A document item of a register's documents column, "Label (dd.mm.rrrr)" or "Label: d.m.rrrr" or just
 * "Label": the label and the date text, when the item ends with one (scanned by hand: registers repeat it
 * for every document of every row).
 */
export function splitDocument(text: string): { label: string; date?: string } {
  let end = text.length;
  if (text.charCodeAt(end - 1) === 41 /* ) */) end--;
  // Backwards from the end: rrrr, '.', mm, '.', dd — and no digit before the day.
  let i = digitsBefore(text, end, 4, 4);
  if (i > 0 && text.charCodeAt(i - 1) === 46 /* . */) i = digitsBefore(text, i - 1, 1, 2);
  else i = -1;
  if (i > 0 && text.charCodeAt(i - 1) === 46) i = digitsBefore(text, i - 1, 1, 2);
  else i = -1;
  if (i < 0 || (i > 0 && isDigit(text.charCodeAt(i - 1)))) return { label: text };
  const date = text.slice(i, end);
  while (i > 0 && isSeparator(text[i - 1]!)) i--;
  return { label: text.slice(0, i), date };
}

/** Where a run of `min`–`max` digits ending at `end` starts, or -1. */
function digitsBefore(text: string, end: number, min: number, max: number): number {
  if (end < 0) return -1;
  let i = end;
  while (i > 0 && end - i < max && isDigit(text.charCodeAt(i - 1))) i--;
  return end - i >= min ? i : -1;
}

/** Lower-case, single spaces, no surrounding space: how register labels are matched. */
export function normalise(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim();
}

function lookup<T>(table: Record<string, T>): Map<string, T> {
  return new Map(Object.entries(table).map(([k, v]) => [normalise(k), v]));
}

/**
 * Register rows to case records through the mapping. Only mapped columns are read (names never enter),
 * a row that cannot be read is listed with its number and reason, and the rest still imports.
 */
export function importRegister(
  table: Table,
  mapping: RegisterMapping,
  rules: Rules,
  today: string,
): RegisterImport {
  const headerIndex = new Map(table.header.map((h, i) => [normalise(h), i]));
  const col = (name: string | undefined) =>
    name === undefined ? undefined : headerIndex.get(normalise(name));
  const columns = mapping.columns;
  const missingColumns = Object.entries(columns)
    .filter(([, header]) => header !== undefined && col(header) === undefined)
    .map(([, header]) => header as string);
  for (const header of Object.keys(mapping.documentColumns))
    if (col(header) === undefined) missingColumns.push(header);
  const result: RegisterImport = {
    records: [],
    errors: [],
    warnings: [],
    rowsRead: table.rows.length,
    missingColumns,
  };
  if (REQUIRED.some((key) => col(columns[key]) === undefined)) return result;

  const standards = lookup<SocialWorkStandardId>(mapping.values.standard);
  for (const id of SOCIAL_WORK_STANDARD_IDS) standards.set(id, id);
  const stages = lookup<StageId>(mapping.values.stage);
  for (const id of STAGE_IDS) stages.set(id, id);
  const statuses = new Map([...lookup(STATUS_DEFAULTS), ...lookup(mapping.values.status)]);
  const documents = lookup<DocumentTarget>(mapping.values.documents);
  const crisisYes = new Set(mapping.values.crisisYes.map(normalise));
  const seen = new Map<string, number>();
  // Column positions resolved once, not per cell; labels normalised once each (a register repeats them).
  const indexOf = new Map<string, number>();
  for (const header of [...Object.values(columns), ...Object.keys(mapping.documentColumns)])
    if (header !== undefined && col(header) !== undefined) indexOf.set(header, col(header)!);
  const labels = new Map<string, string>();
  const norm = (text: string) => {
    let n = labels.get(text);
    if (n === undefined) labels.set(text, (n = normalise(text)));
    return n;
  };

  // One reader for all rows (closures made per row cost more than the rest of the import).
  let row = 0;
  let cells: string[] = [];
  const get = (header: string | undefined) => {
    const i = header === undefined ? undefined : indexOf.get(header);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const issue = (column: string | undefined, code: ErrorCode, params: LocalizedParams = {}): RowIssue => ({
    code,
    row,
    ...(column ? { column } : {}),
    message: errorText(code, params),
  });
  const fail = (column: string | undefined, code: ErrorCode, params?: LocalizedParams) =>
    result.errors.push(issue(column, code, params));
  const warn = (column: string | undefined, code: ErrorCode, params?: LocalizedParams) =>
    result.warnings.push(issue(column, code, params));
  // A register repeats a few hundred dates over thousands of rows: each parsed once, one string kept.
  const plDates = new Map<string, string | undefined>();
  const plDateOf = (text: string) => {
    if (plDates.has(text)) return plDates.get(text);
    const iso = fromPlDate(text);
    plDates.set(text, iso);
    return iso;
  };
  // Likewise the document items ("Umowa współpracy (12.03.2026)"): split and looked up once each.
  const documentItems = new Map<string, { target?: DocumentTarget; doneOn?: string }>();
  const documentItem = (text: string) => {
    let hit = documentItems.get(text);
    if (!hit) {
      const item = splitDocument(text);
      const target = documents.get(norm(item.label));
      hit = {};
      if (target) hit.target = target;
      if (item.date !== undefined) {
        const doneOn = plDateOf(item.date);
        if (doneOn) hit.doneOn = doneOn;
      }
      documentItems.set(text, hit);
    }
    return hit;
  };
  const date = (
    header: string | undefined,
    required: boolean,
    mayBeFuture = false,
  ): string | null | undefined => {
    const text = get(header);
    if (text === '') {
      if (required) fail(header, 'register.no-date');
      return required ? null : undefined;
    }
    const iso = mapping.dateFormat === 'dd.mm.yyyy' ? plDateOf(text) : isIsoDate(text) ? text : undefined;
    if (iso === undefined) {
      fail(header, 'register.invalid-date', { value: shownValue(text) });
      return null;
    }
    if (iso > today && !mayBeFuture) {
      fail(header, 'register.future-date', { value: shownValue(text) });
      return null;
    }
    return iso;
  };
  const specialistInterviews = new Map(
    SOCIAL_WORK_STANDARD_IDS.map((std) => [
      std,
      [...rules.tools.values()]
        .filter((t) => t.class === 'OS' && appliesTo(t.categories, std))
        .map((t) => t.id),
    ]),
  );
  const addDocument = (record: CaseRecord, target: DocumentTarget, doneOn: string) => {
    const standard = record.standard;
    if (target === 'periodic-evaluation' || target === 'final-evaluation')
      record.evaluations.push({ date: doneOn, kind: target === 'final-evaluation' ? 'final' : 'periodic' });
    else if (target === 'agreement') record.tools.push({ tool: 'oo-cooperation-agreement', doneOn });
    else if (target === 'specialist-interview') {
      for (const tool of specialistInterviews.get(standard)!) record.tools.push({ tool, doneOn });
    } else if (!rules.tools.has(target)) warn(undefined, 'register.mapping-unknown-tool', { tool: target });
    // docs/standard.md: another category's tool is kept (shown not-applicable), not an input error.
    else record.tools.push({ tool: target, doneOn });
  };

  for (const current of table.rows) {
    row = current.row;
    cells = current.cells;
    const errorsBefore = result.errors.length;
    const id = get(columns.caseId);
    const idProblem = id === '' ? undefined : pseudonymousIdProblem(id);
    if (id === '') fail(columns.caseId, 'register.no-case-id');
    else if (idProblem)
      fail(
        columns.caseId,
        idProblem === 'pesel' ? 'id.pesel' : idProblem === 'name' ? 'id.name' : 'register.case-id-invalid',
      );
    else if (seen.has(id)) fail(columns.caseId, 'register.duplicate-case', { id, first: seen.get(id) });
    const standardText = get(columns.standard);
    const standard = standards.get(norm(standardText));
    if (!standard) fail(columns.standard, 'register.unknown-category', { value: shownValue(standardText) });
    const stageText = get(columns.stage);
    const stage = stages.get(norm(stageText));
    if (!stage) fail(columns.stage, 'register.unknown-stage', { value: shownValue(stageText) });
    const socialWorker = get(columns.socialWorker);
    const workerProblem = pseudonymousIdProblem(socialWorker);
    if (workerProblem)
      fail(
        columns.socialWorker,
        workerProblem === 'pesel'
          ? 'id.pesel'
          : workerProblem === 'name'
            ? 'id.name'
            : 'register.no-worker-id',
      );
    const openedOn = date(columns.openedOn, true);
    const enteredOn = date(columns.stageEnteredOn, false) ?? openedOn;
    if (result.errors.length > errorsBefore || !standard || !stage || !openedOn || !enteredOn) continue;

    // Built complete (every default set) from checked pieces: no per-row schema parse on the hot path.
    const record: CaseRecord = {
      kind: 'case',
      id,
      standard,
      socialWorker,
      openedOn,
      stageHistory: [{ stage, enteredOn: enteredOn < openedOn ? openedOn : enteredOn }],
      state: { status: 'active' },
      crisis: columns.crisis ? crisisYes.has(norm(get(columns.crisis))) : false,
      tools: [],
      waived: [],
      updateNotes: [],
      evaluations: [],
      benefitsInformation: [],
    };
    const benefitsWorker = get(columns.benefitsWorker);
    if (benefitsWorker !== '' && !pseudonymousIdProblem(benefitsWorker))
      record.benefitsWorker = benefitsWorker;

    const statusText = get(columns.status);
    const status = statusText === '' ? 'active' : statuses.get(norm(statusText));
    if (!status) {
      fail(columns.status, 'register.unknown-status', { value: shownValue(statusText) });
      continue;
    }
    if (status !== 'active') {
      const statusOn = date(columns.statusDate, false);
      if (statusOn === null) continue;
      const on = statusOn ?? enteredOn;
      const reason = get(columns.statusReason) || (status === 'suspended' ? 'wg rejestru' : '');
      record.state =
        status === 'suspended'
          ? { status, since: on, reason }
          : { status, on, reason: 'other', ...(reason ? { note: reason } : {}) };
    }

    let rowFailed = false;
    if (columns.documents) {
      for (const part of get(columns.documents).split(/[;\n]+/)) {
        const text = part.trim();
        if (text === '') continue;
        const { target, doneOn } = documentItem(text);
        if (!target) {
          warn(columns.documents, 'register.unknown-document');
          continue;
        }
        if (!doneOn || doneOn > today) {
          warn(columns.documents, 'register.document-no-date');
          continue;
        }
        addDocument(record, target, doneOn);
      }
    }
    for (const [header, target] of Object.entries(mapping.documentColumns)) {
      const d = date(header, false);
      if (d === null) rowFailed = true;
      else if (d !== undefined) addDocument(record, target, d);
    }
    if (columns.agreementFrom) {
      const from = date(columns.agreementFrom, false);
      const to = date(columns.agreementTo, false, true);
      if (from === null || to === null) rowFailed = true;
      else if (from && to) {
        const reviewDates = get(columns.reviewDates)
          .split(/[;,\s]+/)
          .filter(Boolean)
          .map((t) => plDateOf(t) ?? '');
        if (reviewDates.some((r) => r === '')) {
          fail(columns.reviewDates, 'register.invalid-review-date');
          rowFailed = true;
        } else record.agreement = { signedOn: from, crisisVariant: false, period: { from, to }, reviewDates };
      }
    }
    if (rowFailed) continue;
    seen.set(id, row);
    result.records.push(record);
  }
  return result;
}
