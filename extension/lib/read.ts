import { fromPlDate, isIsoDate } from '../../core/dates.ts';
import { isPseudonymousId } from '../../core/pseudonymous.ts';
import type { SocialWorkStandardId, StageId } from '../../core/schema/common.ts';
import type { Adapter, CaseFields, Extract, Page, Vocabulary } from '../adapters/schema.ts';
import type { CaseRead, CaseStatus, DocumentRead, ListRead, SignedInWorker, WorkerRole } from './facts.ts';

/**
 * Reads a host page through an adapter: pure DOM reads (querySelector, textContent, getAttribute), no
 * writes, no HTML parsing. Everything read is text; ids that are not pseudonymous are dropped.
 */

export function normalize(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function key(text: string): string {
  return normalize(text).toLowerCase();
}

type Lookup<T> = ReadonlyMap<string, T>;
export interface CompiledVocabulary {
  categories: Lookup<SocialWorkStandardId>;
  stages: Lookup<StageId>;
  statuses: Lookup<CaseStatus>;
  documents: Lookup<Vocabulary['documents'][string]>;
  documentStatuses: Lookup<'done' | 'waived' | 'draft'>;
  roles: Lookup<WorkerRole>;
}

const vocabularies = new WeakMap<Vocabulary, CompiledVocabulary>();
/** Host labels compared case-insensitively with whitespace collapsed. */
export function compileVocabulary(v: Vocabulary): CompiledVocabulary {
  let c = vocabularies.get(v);
  if (c) return c;
  const lookup = <T>(r: Record<string, T> | undefined) =>
    new Map(Object.entries(r ?? {}).map(([k, val]) => [key(k), val]));
  c = {
    categories: lookup(v.categories),
    stages: lookup(v.stages),
    statuses: lookup(v.statuses),
    documents: lookup(v.documents),
    documentStatuses: lookup(v.documentStatuses),
    roles: lookup(v.roles),
  };
  vocabularies.set(v, c);
  return c;
}

const LABEL_CELLS = 'th, td, dt, label';

/** The element that holds the value beside a label: th/td → next cell, dt → its dd, label[for] → field. */
function besideLabel(scope: ParentNode, labels: readonly string[]): Element | null {
  const wanted = labels.map((l) => key(l).replace(/:$/, ''));
  for (const el of scope.querySelectorAll(LABEL_CELLS)) {
    const text = key(el.textContent).replace(/\s*:$/, '');
    if (!wanted.includes(text)) continue;
    if (el.tagName === 'LABEL') {
      const id = el.getAttribute('for');
      const field = id ? el.ownerDocument.getElementById(id) : null;
      if (field) return field;
    }
    let next = el.nextElementSibling;
    if (el.tagName === 'DT') while (next && next.tagName !== 'DD') next = next.nextElementSibling;
    if (next) return next;
  }
  return null;
}

export function locate(scope: Element | Document, ex: Extract): Element | null {
  let base: Element | null = 'documentElement' in scope ? scope.documentElement : scope;
  if (ex.label !== undefined) base = besideLabel(scope, typeof ex.label === 'string' ? [ex.label] : ex.label);
  if (base && ex.selector !== undefined)
    base = ex.label !== undefined ? base.querySelector(ex.selector) : scope.querySelector(ex.selector);
  return base;
}

const FIELDS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

const patterns = new Map<string, RegExp>();
function pattern(source: string): RegExp {
  let re = patterns.get(source);
  if (!re) patterns.set(source, (re = new RegExp(source, 'u')));
  return re;
}

/** The value's text, normalised; undefined when the element or the pattern does not match. */
export function readText(scope: Element | Document, ex: Extract): string | undefined {
  const el = locate(scope, ex);
  if (!el) return undefined;
  let text: string;
  if (ex.attribute !== undefined) {
    const a = el.getAttribute(ex.attribute);
    if (a === null) return undefined;
    text = normalize(a);
  } else if (FIELDS.has(el.tagName)) text = normalize((el as HTMLInputElement).value);
  else text = normalize(el.textContent);
  if (ex.pattern !== undefined) {
    const m = pattern(ex.pattern).exec(text);
    if (!m) return undefined;
    text = normalize(m[1] ?? m[0]);
  }
  return text === '' ? undefined : text;
}

export function parseDate(text: string, format: Extract['date'] = 'dd.mm.rrrr'): string | undefined {
  if (format === 'rrrr-mm-dd') {
    const m = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
    return m && isIsoDate(m[0]) ? m[0] : undefined;
  }
  const sep = format === 'dd/mm/rrrr' ? '/' : '.';
  const m = new RegExp(`(\\d{1,2})\\${sep}(\\d{1,2})\\${sep}(\\d{4})`).exec(text);
  return m ? fromPlDate(`${m[1]}.${m[2]}.${m[3]}`) : undefined;
}

export function readDate(scope: Element | Document, ex: Extract): string | undefined {
  const text = readText(scope, ex);
  return text === undefined ? undefined : parseDate(text, ex.date);
}

/** A count such as "Znaleziono 1 234 sprawy" → 1234. */
export function readNumber(scope: Element | Document, ex: Extract): number | undefined {
  const text = readText(scope, ex);
  const m = text === undefined ? null : /\d[\d\s\u00a0]*/.exec(text);
  return m ? Number(m[0].replace(/[\s\u00a0]/g, '')) : undefined;
}

function readId(scope: Element | Document, ex: Extract | undefined): string | undefined {
  const text = ex && readText(scope, ex);
  return text !== undefined && isPseudonymousId(text) ? text : undefined;
}

function readMapped<T>(scope: Element, ex: Extract | undefined, map: Lookup<T>): T | undefined {
  const text = ex && readText(scope, ex);
  return text === undefined ? undefined : map.get(key(text));
}

export function readCase(
  scope: Element,
  fields: CaseFields,
  vocab: CompiledVocabulary,
): CaseRead | undefined {
  const caseId = readId(scope, fields.caseId);
  if (caseId === undefined) return undefined;
  const out: CaseRead = { caseId };
  const socialWorker = readId(scope, fields.socialWorker);
  if (socialWorker !== undefined) out.socialWorker = socialWorker;
  const benefitsWorker = readId(scope, fields.benefitsWorker);
  if (benefitsWorker !== undefined) out.benefitsWorker = benefitsWorker;
  const standard = readMapped(scope, fields.category, vocab.categories);
  if (standard !== undefined) out.standard = standard;
  const stage = readMapped(scope, fields.stage, vocab.stages);
  if (stage !== undefined) out.stage = stage;
  const status = readMapped(scope, fields.status, vocab.statuses);
  if (status !== undefined) out.status = status;
  const stageSince = fields.stageSince && readDate(scope, fields.stageSince);
  if (stageSince) out.stageSince = stageSince;
  const openedOn = fields.openedOn && readDate(scope, fields.openedOn);
  if (openedOn) out.openedOn = openedOn;
  return out;
}

export interface ReadRow {
  element: Element;
  read: CaseRead;
}

export type PageResult =
  { ok: true; rows: ReadRow[]; list?: ListRead; detail?: CaseRead } | { ok: false; problem: string };

/** Reads a list page; it does not match when rows or their case ids cannot be found (the host changed). */
export function readList(container: Element, page: Page, vocab: CompiledVocabulary): PageResult {
  if (!page.rows) return { ok: false, problem: 'rows' };
  const elements = container.querySelectorAll(page.rows);
  const total = page.total && readNumber(container, page.total);
  if (page.total && total === undefined) return { ok: false, problem: 'total' };
  if (elements.length === 0) {
    const empty = (page.empty !== undefined && container.querySelector(page.empty) !== null) || total === 0;
    return empty
      ? { ok: true, rows: [], list: { scope: page.scope, rows: [], total: 0 } }
      : { ok: false, problem: 'rows' };
  }
  const rows: ReadRow[] = [];
  for (const element of elements) {
    const read = readCase(element, page.fields, vocab);
    if (read) rows.push({ element, read });
  }
  if (rows.length === 0) return { ok: false, problem: 'fields.caseId' };
  const list: ListRead = { scope: page.scope, rows: rows.map((r) => r.read) };
  if (total !== undefined) list.total = total;
  const active = page.activeCount && readNumber(container, page.activeCount);
  if (active !== undefined) list.activeCount = active;
  return { ok: true, rows, list };
}

function resolveTool(
  entry: Vocabulary['documents'][string] | undefined,
  standard: SocialWorkStandardId | undefined,
): string | undefined {
  if (entry === undefined || typeof entry === 'string') return entry;
  return standard === undefined ? undefined : entry.byCategory[standard];
}

/** Reads a case detail page: the case, its stage history and its documents mapped to tools. */
export function readDetail(container: Element, page: Page, vocab: CompiledVocabulary): PageResult {
  const detail = readCase(container, page.fields, vocab);
  if (!detail) return { ok: false, problem: 'fields.caseId' };
  if (page.stageHistory) {
    const h = page.stageHistory;
    const history: { stage: StageId; enteredOn: string }[] = [];
    for (const item of container.querySelectorAll(h.items)) {
      const stage = readMapped(item, h.stage, vocab.stages);
      const enteredOn = readDate(item, h.date);
      if (stage && enteredOn) history.push({ stage, enteredOn });
    }
    if (history.length > 0) detail.stageHistory = history;
  }
  if (page.documents) {
    const d = page.documents;
    const documents: DocumentRead[] = [];
    for (const item of container.querySelectorAll(d.items)) {
      const name = readText(item, d.name);
      const tool =
        name === undefined ? undefined : resolveTool(vocab.documents.get(key(name)), detail.standard);
      const on = readDate(item, d.date);
      const status = d.status ? readMapped(item, d.status, vocab.documentStatuses) : 'done';
      if (tool && on && (status === 'done' || status === 'waived')) documents.push({ tool, on, status });
    }
    detail.documents = documents;
  }
  return { ok: true, rows: [], detail };
}

export function readSignedIn(
  doc: Document,
  adapter: Adapter,
  vocab: CompiledVocabulary,
): SignedInWorker | undefined {
  const s = adapter.signedInWorker;
  const id = s && readId(doc, s.id);
  if (!s || id === undefined) return undefined;
  const roleText = s.role && readText(doc, s.role);
  return { id, role: (roleText !== undefined && vocab.roles.get(key(roleText))) || 'social-worker' };
}
