import { describe, expect, it } from 'vitest';
import { ContactRecord } from '../schema/case-record.ts';
import { Policy } from '../schema/policy.ts';
import type { PolicyInput } from '../schema/policy.ts';
import { caseloadByWorker, caseloadFromCounts } from './caseload.ts';
import { compileRules } from './rules.ts';
import { makeCase } from './testing.ts';

function cases(worker: string, n: number, extra: object = {}) {
  return Array.from({ length: n }, (_, i) =>
    makeCase({ id: `${worker}/${i}`, socialWorker: worker, ...extra }),
  );
}
function load(records: ReturnType<typeof makeCase>[], policy: PolicyInput = {}) {
  return caseloadByWorker(records, compileRules(Policy.parse(policy)));
}
const codeFor = (records: ReturnType<typeof makeCase>[], worker: string, policy: PolicyInput = {}) =>
  load(records, policy)
    .findings.filter((f) => f.workerId === worker)
    .map((f) => [f.code, f.severity]);

describe('caseload-near-limit / caseload-over-limit / caseload-over-statutory', () => {
  it('17 is fine, 18 (⌈90 % of 20⌉) to 20 is near (info), 21 is over (warning)', () => {
    expect(codeFor(cases('A', 17), 'A')).toEqual([]);
    expect(codeFor(cases('A', 18), 'A')).toEqual([['caseload-near-limit', 'info']]);
    expect(codeFor(cases('A', 20), 'A')).toEqual([['caseload-near-limit', 'info']]);
    expect(codeFor(cases('A', 21), 'A')).toEqual([['caseload-over-limit', 'warning']]);
  });

  it('above the statutory 50: only the highest finding, an error', () => {
    expect(codeFor(cases('A', 50), 'A')).toEqual([['caseload-over-limit', 'warning']]);
    expect(codeFor(cases('A', 51), 'A')).toEqual([['caseload-over-statutory', 'error']]);
  });

  it('only active cases count: suspended shown apart, closed and one-off contacts never', () => {
    const records = [
      ...cases('A', 17),
      ...cases('A', 3, { state: { status: 'suspended', since: '2026-01-06', reason: 'x' } }).map((c, i) => ({
        ...c,
        id: `s${i}`,
      })),
      ...cases('A', 5, { state: { status: 'closed', on: '2026-01-06', reason: 'moved' } }).map((c, i) => ({
        ...c,
        id: `c${i}`,
      })),
    ];
    const contact = ContactRecord.parse({
      kind: 'contact',
      id: 'K1',
      date: '2026-01-06',
      worker: 'A',
      topic: 'other',
    });
    const r = caseloadByWorker([...records, contact], compileRules());
    expect(r.rows.find((x) => x.worker === 'A')).toMatchObject({ active: 17, suspended: 3, status: 'ok' });
    expect(r.findings).toEqual([]);
  });

  it("a benefits worker's count comes from the cases' benefitsWorker; norm 80, near from 72", () => {
    const at = (n: number) =>
      cases('S', n, { benefitsWorker: 'B' }).map((c, i) => ({ ...c, socialWorker: `S${i % 5}` }));
    expect(codeFor(at(71), 'B')).toEqual([]);
    expect(codeFor(at(72), 'B')).toEqual([['caseload-near-limit', 'info']]);
    expect(codeFor(at(81), 'B')).toEqual([['caseload-over-limit', 'warning']]);
    expect(load(at(81)).rows.find((r) => r.worker === 'B')).toMatchObject({
      role: 'benefits-worker',
      norm: 80,
      active: 81,
    });
  });

  it("limits scale with the worker's FTE", () => {
    const policy = { workers: [{ id: 'A', role: 'social-worker' as const, fte: 0.5 }] };
    // norm 10, near from 9, statutory 25
    expect(codeFor(cases('A', 8), 'A', policy)).toEqual([]);
    expect(codeFor(cases('A', 9), 'A', policy)).toEqual([['caseload-near-limit', 'info']]);
    expect(codeFor(cases('A', 11), 'A', policy)).toEqual([['caseload-over-limit', 'warning']]);
    expect(codeFor(cases('A', 26), 'A', policy)).toEqual([['caseload-over-statutory', 'error']]);
  });

  it('a worker from the policy with no cases is listed with 0', () => {
    const r = load([], { workers: [{ id: 'Z', role: 'social-worker' }] });
    expect(r.rows).toMatchObject([{ worker: 'Z', active: 0, status: 'ok' }]);
  });

  it('the policy changes the norms', () => {
    expect(codeFor(cases('A', 16), 'A', { caseload: { socialWorker: 15 } })).toEqual([
      ['caseload-over-limit', 'warning'],
    ]);
  });
});

describe('caseloadFromCounts (a host’s own count, no records)', () => {
  const rules = compileRules();
  it('the same norms and findings as counting the records', () => {
    const c = caseloadFromCounts(
      [{ worker: 'PS-9', role: 'social-worker', active: 19, suspended: 2 }],
      rules,
    );
    expect(c.rows[0]).toMatchObject({
      worker: 'PS-9',
      active: 19,
      suspended: 2,
      norm: 20,
      nearFrom: 18,
      status: 'near',
    });
    expect(c.findings.map((f) => f.code)).toEqual(['caseload-near-limit']);
  });
  it('a benefits worker over 80', () => {
    const c = caseloadFromCounts(
      [{ worker: 'PDS-9', role: 'benefits-worker', active: 81, suspended: 0 }],
      rules,
    );
    expect(c.rows[0]!.status).toBe('over');
  });
});
