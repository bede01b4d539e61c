import { describe, expect, it } from 'vitest';
import type { CaseEntry } from '../cases/entries.ts';
import { WITHHELD_TEXT } from '../cases/entries.ts';
import type { HostCase } from '../cases/sources.ts';
import {
  PULL_FILTER_SOURCE,
  SUPPORTED_KEYWORDS,
  compactSchema,
  designDoc,
  pullFilterCases,
  securityDoc,
  teamDocumentSchema,
  validateDocUpdateSource,
} from './design.ts';
import { entryDoc, hostDoc } from './documents.ts';
import type { CaseWorkers } from './documents.ts';

type Validate = (
  newDoc: unknown,
  oldDoc: unknown,
  userCtx: { name: string | null; roles: string[] },
  secObj: unknown,
) => void;

/** The validate function exactly as CouchDB gets it: source text, evaluated on its own. */
function compile(source: string): Validate {
  return new Function(`return (${source});`)() as Validate;
}
const validate = compile(validateDocUpdateSource({ shareFreeText: false }));
const withText = compile(validateDocUpdateSource({ shareFreeText: true }));

const SYSTEM = 'http://127.0.0.1:4310';
const worker = (name: string) => ({ name, roles: ['worker'] });
/** What the validate function answers: null when the write is allowed, else the reason's code. */
function verdict(fn: Validate, doc: unknown, user: { name: string | null; roles: string[] }, old?: unknown) {
  try {
    fn(doc, old ?? null, user, securityDoc());
    return null;
  } catch (e) {
    const forbidden = (e as { forbidden?: string }).forbidden;
    if (forbidden === undefined) throw e;
    return forbidden.split(':')[0];
  }
}

const tool: CaseEntry = {
  id: '3f1c7a52-0b7e-4a5e-9d7d-1b3c5e7f9a11',
  caseId: 'OPS/7',
  kind: 'tool',
  tool: 'oo-recognition-interview',
  action: 'waived',
  reason: 'Klient Jan Kowalski odmówił',
  on: '2026-03-02',
  origin: 'worker',
  by: 'PS-01',
  at: '2026-03-02T10:15:00.000Z',
};
const workers = { socialWorker: 'PS-01', benefitsWorker: 'PB-01' };
const doc = (e: CaseEntry = tool, w: CaseWorkers = workers, share = false) =>
  entryDoc(e, SYSTEM, w, { author: 'PS-01', shareFreeText: share });

const host: HostCase = {
  caseId: 'OPS/7',
  standard: 'sw-older',
  socialWorker: 'PS-01',
  benefitsWorker: 'PB-01',
  stage: '1b',
  status: 'active',
  seenOn: '2026-03-02',
};

describe('validate_doc_update: who may write what', () => {
  it('the social worker writes their own entry on their case (free text withheld)', () => {
    const d = doc();
    expect(d.entry).toMatchObject({ reason: WITHHELD_TEXT });
    expect(verdict(validate, d, worker('PS-01'))).toBeNull();
  });

  it('the benefits worker of the case writes their own entry too', () => {
    const e = { ...tool, id: 'b-1', by: 'PB-01' };
    expect(verdict(validate, doc(e), worker('PB-01'))).toBeNull();
  });

  it('a worker who is neither worker of the case is refused (403 not-case-worker)', () => {
    const e = { ...tool, id: 'c-1', by: 'PS-02' };
    expect(verdict(validate, doc(e), worker('PS-02'))).toBe('not-case-worker');
  });

  it('an entry authored by someone else is refused, even on one’s own case', () => {
    expect(verdict(validate, doc(), worker('PB-01'))).toBe('not-author');
  });

  it('a supervisor, an anonymous user and a user without a role write nothing', () => {
    expect(verdict(validate, doc(), { name: 'SUP-1', roles: ['supervisor'] })).toBe('not-worker');
    expect(verdict(validate, doc(), { name: null, roles: [] })).toBe('not-worker');
    expect(verdict(validate, doc(), { name: 'PS-01', roles: [] })).toBe('not-worker');
  });

  it('admins and the IT role may write anything (repairs)', () => {
    expect(verdict(validate, { _id: 'x', anything: 1 }, { name: 'admin', roles: ['_admin'] })).toBeNull();
    expect(verdict(validate, { _id: 'x', anything: 1 }, { name: 'it-1', roles: ['it'] })).toBeNull();
  });

  it('an entry never changes once written, and is never deleted by a worker', () => {
    const d = doc();
    expect(verdict(validate, { ...d, _rev: '1-a' }, worker('PS-01'), d)).toBe('immutable');
    expect(verdict(validate, { _id: d._id, _rev: '2-b', _deleted: true }, worker('PS-01'), d)).toBe(
      'immutable',
    );
  });

  it('free text leaves only when the centre shares it', () => {
    const shared = doc(tool, workers, true);
    expect(shared.entry).toMatchObject({ reason: tool.kind === 'tool' ? tool.reason : '' });
    expect(verdict(validate, shared, worker('PS-01'))).toBe('free-text');
    expect(verdict(withText, shared, worker('PS-01'))).toBeNull();
  });

  it('the document’s id, case and entry must agree', () => {
    expect(verdict(validate, { ...doc(), _id: 'other-id' }, worker('PS-01'))).toBe('id');
    expect(verdict(validate, { ...doc(), caseId: 'OPS/8' }, worker('PS-01'))).toBe('id');
  });
});

describe('validate_doc_update: the published schema', () => {
  it('a field outside the schema is refused, with its path', () => {
    const d = { ...doc(), clientName: 'Jan Kowalski' };
    expect(verdict(validate, d, worker('PS-01'))).toBe('schema');
    try {
      validate(d, null, worker('PS-01'), {});
    } catch (e) {
      expect((e as { forbidden: string }).forbidden).toContain('clientName (additionalProperties)');
    }
    const nested = { ...doc(), entry: { ...doc().entry, surname: 'Kowalski' } };
    try {
      validate(nested, null, worker('PS-01'), {});
      expect.unreachable();
    } catch (e) {
      expect((e as { forbidden: string }).forbidden).toContain('entry.surname (additionalProperties)');
    }
  });

  it('values are checked too: a name in an id field, an unknown kind, a bad date', () => {
    expect(verdict(validate, { ...doc(), caseId: 'Jan Kowalski' }, worker('PS-01'))).toBe('schema');
    const kind = { ...doc(), entry: { ...doc().entry, kind: 'gossip' } };
    expect(verdict(validate, kind, worker('PS-01'))).toBe('schema');
    const date = { ...doc(), entry: { ...doc().entry, on: '2.03.2026' } };
    expect(verdict(validate, date, worker('PS-01'))).toBe('schema');
    expect(verdict(validate, { ...doc(), type: 'note' }, worker('PS-01'))).toBe('schema');
  });

  it('a replicated write (with _revisions) passes', () => {
    const d = { ...doc(), _rev: '1-abc', _revisions: { start: 1, ids: ['abc'] } };
    expect(verdict(validate, d, worker('PS-01'))).toBeNull();
  });

  it('every keyword of the published schema is one the function checks', () => {
    const seen = new Set<string>();
    const walk = (s: unknown): void => {
      if (Array.isArray(s)) return s.forEach(walk);
      if (!s || typeof s !== 'object') return;
      for (const [k, v] of Object.entries(s)) {
        seen.add(k);
        if (k === 'properties') Object.values(v as object).forEach(walk);
        else if (k !== 'const' && k !== 'enum') walk(v);
      }
    };
    walk(compactSchema(teamDocumentSchema()));
    expect([...seen].filter((k) => !(SUPPORTED_KEYWORDS as readonly string[]).includes(k))).toEqual([]);
  });
});

describe('validate_doc_update: host documents', () => {
  it('a worker writes their own reading of their case’s host page', () => {
    expect(verdict(validate, hostDoc(host, SYSTEM, 'PS-01'), worker('PS-01'))).toBeNull();
  });

  it('another worker’s reading, or one under another id, is refused', () => {
    expect(verdict(validate, hostDoc(host, SYSTEM, 'PS-01'), worker('PB-01'))).toBe('not-author');
    const d = { ...hostDoc(host, SYSTEM, 'PS-01'), _id: 'host:PS-01:elsewhere' };
    expect(verdict(validate, d, worker('PS-01'))).toBe('not-author');
  });

  it('a reading of a case that is not theirs is refused', () => {
    const other = { ...host, socialWorker: 'PS-03', benefitsWorker: undefined };
    expect(verdict(validate, hostDoc(other, SYSTEM, 'PS-01'), worker('PS-01'))).toBe('not-case-worker');
  });

  it('the workers named outside must be the host’s own', () => {
    const d = { ...hostDoc(host, SYSTEM, 'PS-01'), benefitsWorker: 'PS-01' };
    expect(verdict(validate, d, worker('PS-01'))).toBe('id');
  });

  it('a worker may delete a revision of their own host document (a resolved conflict), no one else’s', () => {
    const id = hostDoc(host, SYSTEM, 'PS-01')._id;
    expect(verdict(validate, { _id: id, _rev: '2-x', _deleted: true }, worker('PS-01'))).toBeNull();
    expect(verdict(validate, { _id: id, _rev: '2-x', _deleted: true }, worker('PB-01'))).toBe('immutable');
  });
});

describe('the pull filter and the database set-up', () => {
  const filter = new Function(`return (${PULL_FILTER_SOURCE});`)() as (
    doc: unknown,
    req: { query: Record<string, string> },
  ) => boolean;

  it('selects the worker’s cases, their own documents and the cases they name', () => {
    const mine = doc();
    const other = doc({ ...tool, id: 'x-2', caseId: 'OPS/9', by: 'PS-03' }, { socialWorker: 'PS-03' });
    expect(filter(mine, { query: { worker: 'PB-01' } })).toBe(true);
    expect(filter(other, { query: { worker: 'PB-01' } })).toBe(false);
    const cases = pullFilterCases([{ system: SYSTEM, caseId: 'OPS/9' }]);
    expect(filter(other, { query: { worker: 'PB-01', cases } })).toBe(true);
    expect(filter(other, { query: { worker: 'PB-01', cases: `${SYSTEM} OPS/99` } })).toBe(false);
    expect(filter({ _id: '_design/standardy' }, { query: { worker: 'PB-01' } })).toBe(false);
    expect(filter({ _id: 'host:PB-01:x', _deleted: true }, { query: { worker: 'PB-01' } })).toBe(true);
  });

  it('members by role (worker, supervisor), admins by the IT role; the design doc carries both functions', () => {
    expect(securityDoc()).toEqual({
      admins: { names: [], roles: ['it'] },
      members: { names: [], roles: ['worker', 'supervisor'] },
    });
    const d = designDoc({ shareFreeText: false });
    expect(d._id).toBe('_design/standardy');
    expect(d.validate_doc_update).toMatch(/^function \(newDoc, oldDoc, userCtx, secObj\)/);
    expect(d.filters.mine).toBe(PULL_FILTER_SOURCE);
  });
});
