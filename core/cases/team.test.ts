import { describe, expect, it } from 'vitest';
import { makeCase } from '../engine/testing.ts';
import { CaseEntry } from './entries.ts';
import type { HostCase } from './sources.ts';
import { teamCase, teamCases } from './team.ts';

const TODAY = '2026-06-30';
const registerRow = (id: string) =>
  makeCase({ id, stageHistory: [{ stage: '2', enteredOn: '2026-03-01' }], socialWorker: 'PS-1' });
const register = { records: [registerRow('T/1'), registerRow('T/2')], asOf: '2026-06-15' };

describe('teamCase: one case of the team, with where its facts came from', () => {
  it('a register row alone: every fact from the import, the record as teamCases builds it', () => {
    const one = teamCase({ register }, 'T/2', TODAY)!;
    expect(one.record).toEqual(teamCases({ register }, TODAY).records.find((r) => r.id === 'T/2'));
    expect(one.provenance.status.origin).toBe('import');
    expect(one.provenance.stage).toEqual({ origin: 'import', on: '2026-03-01' });
  });

  it('the host closed the case after the import: the status is the host’s, the stage the import’s', () => {
    const host: HostCase = {
      caseId: 'T/1',
      standard: 'sw-family-children',
      socialWorker: 'PS-1',
      stage: '2',
      status: 'closed',
      statusOn: '2026-06-20',
      seenOn: '2026-06-20',
    };
    const input = { register, shared: { host: [host], entries: [] } };
    const one = teamCase(input, 'T/1', TODAY)!;
    expect(one.record).toEqual(teamCases(input, TODAY).records.find((r) => r.id === 'T/1'));
    expect(one.record.state.status).toBe('closed');
    expect(one.provenance.status).toEqual({ origin: 'host', on: '2026-06-20' });
    expect(one.provenance.stage.origin).toBe('import');
  });

  it('a worker moved the stage: the stage is the worker’s, with the author', () => {
    const entry = CaseEntry.parse({
      id: 'w:1',
      caseId: 'T/1',
      origin: 'worker',
      by: 'PS-1',
      kind: 'stage',
      stage: '3',
      on: '2026-06-25',
    });
    const one = teamCase({ register, shared: { host: [], entries: [entry] } }, 'T/1', TODAY)!;
    expect(one.record.stageHistory.at(-1)!.stage).toBe('3');
    expect(one.provenance.stage).toEqual({ origin: 'worker', on: '2026-06-25', by: 'PS-1' });
  });

  it('a case no source holds: undefined', () => {
    expect(teamCase({ register }, 'T/9', TODAY)).toBeUndefined();
  });
});
