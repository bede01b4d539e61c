import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.ts';
import { TOOLS } from '../data/tools.ts';
import { parseCaseFile } from '../input.ts';
import { isPseudonymousId } from '../pseudonymous.ts';
import { CaseRecord } from '../schema/case-record.ts';
import { SOCIAL_WORK_STANDARD_IDS, STAGE_IDS } from '../schema/common.ts';
import { CaseEvaluationOut } from '../schema/report.ts';
import { evaluateCase } from './evaluate-case.ts';
import { compileRules } from './rules.ts';

const day = (n: number) => addDays('2024-01-01', n);
const date = fc.integer({ min: 0, max: 900 }).map(day);
const toolId = fc.oneof(fc.constantFrom(...TOOLS.map((t) => t.id)), fc.constantFrom('oo-own-tool', 'fs-x'));

/** Any schema-valid case record (not necessarily consistent: the engine must cope). */
const caseRecord = fc
  .record({
    id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,20}$/).filter(isPseudonymousId),
    standard: fc.constantFrom(...SOCIAL_WORK_STANDARD_IDS),
    socialWorker: fc.constantFrom('PS-1', 'PS-2'),
    benefitsWorker: fc.option(fc.constantFrom('B-1', 'B-2'), { nil: undefined }),
    openedOn: date,
    stageHistory: fc.array(
      fc.record({
        stage: fc.constantFrom(...STAGE_IDS),
        enteredOn: date,
        justification: fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    state: fc.oneof(
      fc.constant({ status: 'active' as const }),
      fc.record({ status: fc.constant('suspended' as const), since: date, reason: fc.constant('x') }),
      fc.record({
        status: fc.constant('closed' as const),
        on: date,
        reason: fc.constantFrom('moved' as const, 'other' as const),
      }),
    ),
    crisis: fc.boolean(),
    tools: fc.array(fc.record({ tool: toolId, doneOn: date }), { maxLength: 12 }),
    waived: fc.array(fc.record({ tool: toolId, on: date, reason: fc.constant('n/d') }), { maxLength: 3 }),
    updateNotes: fc.array(fc.record({ date, noSignificantChange: fc.boolean() }), { maxLength: 3 }),
    agreement: fc.option(
      fc.record({
        signedOn: date,
        period: fc.record({ from: date, to: date }),
        reviewDates: fc.array(date, { maxLength: 5 }),
      }),
      { nil: undefined },
    ),
    evaluations: fc.array(fc.record({ date, kind: fc.constantFrom('periodic' as const, 'final' as const) }), {
      maxLength: 4,
    }),
    benefitsInformation: fc.array(
      fc.record({ date, clientInformedOn: fc.option(date, { nil: undefined }) }),
      { maxLength: 3 },
    ),
  })
  .map((r) => CaseRecord.parse(JSON.parse(JSON.stringify({ kind: 'case', ...r }))));

const policies = [
  compileRules(),
  compileRules(
    (() => {
      const p = compileRules().policy;
      return {
        ...p,
        bothDisabilityInterviews: true,
        inactivityDays: 5,
        timeFrames: { 'sw-older': { '1a': 3, '4': 10 } },
      };
    })(),
  ),
];

describe('evaluation properties', () => {
  it('never throws on any schema-valid record, and its output matches the published shape', () => {
    fc.assert(
      fc.property(caseRecord, date, fc.constantFrom(0, 1), (record, today, p) => {
        const result = evaluateCase(record, policies[p]!, today);
        expect(() => CaseEvaluationOut.parse(JSON.parse(JSON.stringify(result)))).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(caseRecord, date, (record, today) => {
        expect(evaluateCase(record, policies[0]!, today)).toEqual(
          evaluateCase(structuredClone(record), policies[0]!, today),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('every invalid record is rejected with a path', () => {
    const breakers: [string, (r: Record<string, unknown>) => void][] = [
      ['records[0].openedOn', (r) => (r.openedOn = '2025-02-30')],
      ['records[0].stageHistory', (r) => (r.stageHistory = [])],
      ['records[0].stageHistory[0].stage', (r) => ((r.stageHistory as { stage: string }[])[0]!.stage = '6')],
      ['records[0].socialWorker', (r) => delete r.socialWorker],
      ['records[0].id', (r) => (r.id = 'Anna Nowak')],
      ['records[0].crisis', (r) => (r.crisis = 'tak')],
      ['records[0].state.status', (r) => (r.state = { status: 'paused' })],
      ['records[0]', (r) => (r.pesel = '80010112345')],
    ];
    fc.assert(
      fc.property(caseRecord, fc.integer({ min: 0, max: breakers.length - 1 }), (record, b) => {
        const [path, breakIt] = breakers[b]!;
        const raw = JSON.parse(JSON.stringify(record));
        breakIt(raw);
        const r = parseCaseFile({ formatVersion: 1, records: [raw] }, { today: '2030-01-01' });
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.errors.map((e) => e.path)).toContain(path);
      }),
      { numRuns: 200 },
    );
  });
});
