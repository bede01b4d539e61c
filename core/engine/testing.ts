// Test helpers (imported by *.test.ts only): build schema-valid records tersely.
import { CaseRecord } from '../schema/case-record.ts';
import type { CaseRecordInput } from '../schema/case-record.ts';
import { Policy } from '../schema/policy.ts';
import type { PolicyInput } from '../schema/policy.ts';
import { evaluateCase } from './evaluate-case.ts';
import { compileRules } from './rules.ts';

export const ALL_1A_TO_1C = [
  { tool: 'oo-record-card', doneOn: '2026-01-05' },
  { tool: 'oo-recognition-interview', doneOn: '2026-01-06' },
  { tool: 'os-interview-family-children', doneOn: '2026-01-20' },
  { tool: 'oo-assessment-questionnaire', doneOn: '2026-02-01' },
];

export function makeCase(overrides: Partial<CaseRecordInput> = {}): CaseRecord {
  return CaseRecord.parse({
    kind: 'case',
    id: 'T/1',
    standard: 'sw-family-children',
    socialWorker: 'PS-1',
    openedOn: '2026-01-05',
    stageHistory: [{ stage: '1a', enteredOn: '2026-01-05' }],
    ...overrides,
  });
}

export function evaluate(record: CaseRecord, today: string, policy: PolicyInput = {}) {
  return evaluateCase(record, compileRules(Policy.parse(policy)), today);
}

export function codes(record: CaseRecord, today: string, policy: PolicyInput = {}) {
  return evaluate(record, today, policy).findings.map((f) => f.code);
}

export function findingsOf(code: string, record: CaseRecord, today: string, policy: PolicyInput = {}) {
  return evaluate(record, today, policy).findings.filter((f) => f.code === code);
}
