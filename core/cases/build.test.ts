import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { demoDataset } from '../demo/demo-data.ts';
import { evaluateCase } from '../engine/evaluate-case.ts';
import { compileRules } from '../engine/rules.ts';
import { makeCase } from '../engine/testing.ts';
import { CaseRecord } from '../schema/case-record.ts';
import { UNKNOWN_WORKER, buildCase, foldEntries } from './build.ts';
import { CaseEntry } from './entries.ts';
import type { Origin } from './entries.ts';
import { recordEntries } from './sources.ts';
import type { HostCase } from './sources.ts';

const TODAY = '2026-06-30';
let seq = 0;
/** A worker's entry (the side panel's shape). */
function w(entry: Record<string, unknown>, by = 'PS-1'): CaseEntry {
  return CaseEntry.parse({ id: `w:${by}:${seq++}`, caseId: 'T/1', origin: 'worker', by, ...entry });
}

/** The host as an adapter read it: a family case at stage 2, its case page read. */
function host(over: Partial<HostCase> = {}): HostCase {
  return {
    caseId: 'T/1',
    standard: 'sw-family-children',
    socialWorker: 'PS-1',
    openedOn: '2026-01-05',
    stage: '2',
    status: 'active',
    firstSeenOn: '2026-03-01',
    seenOn: '2026-06-01',
    detail: {
      seenOn: '2026-06-01',
      stageHistory: [
        { stage: '1a', enteredOn: '2026-01-05' },
        { stage: '1b', enteredOn: '2026-01-20' },
        { stage: '1c', enteredOn: '2026-02-01' },
        { stage: '2', enteredOn: '2026-03-01' },
      ],
      documents: [{ tool: 'oo-recognition-interview', on: '2026-01-06', status: 'done' }],
    },
    ...over,
  };
}

/** A register row (import) of the same case. */
function register(over: Partial<z.input<typeof CaseRecord>> = {}, asOf = '2026-06-15') {
  return {
    record: makeCase({
      stageHistory: [{ stage: '2', enteredOn: '2026-03-01' }],
      tools: [{ tool: 'oo-record-card', doneOn: '2026-01-05' }],
      ...over,
    }),
    origin: 'import' as Origin,
    asOf,
  };
}

const built = (s: Parameters<typeof buildCase>[1], today = TODAY) => buildCase('T/1', s, today)!;
const status = (s: Parameters<typeof buildCase>[1], today = TODAY) => built(s, today).record.state.status;

describe('buildCase: what makes a case', () => {
  it('no category, worker or stage known yet: no case', () => {
    expect(buildCase('T/1', { host: { caseId: 'T/1', seenOn: TODAY } }, TODAY)).toBeUndefined();
    expect(
      buildCase('T/1', { entries: [w({ kind: 'note', on: TODAY, noSignificantChange: true })] }, TODAY),
    ).toBe(undefined);
  });

  it('a list row alone makes a case whose tools are not known', () => {
    const row: HostCase = {
      caseId: 'T/1',
      standard: 'sw-unemployed',
      socialWorker: 'PS-1',
      stage: '1b',
      seenOn: TODAY,
    };
    const b = built({ host: row });
    expect(b.toolsKnown).toBe(false);
    expect(b.record.stageHistory).toEqual([{ stage: '1b', enteredOn: TODAY }]);
  });

  it('the host, the register and the worker together: stages, tools and notes accumulate', () => {
    const b = built({
      host: host(),
      records: [register()],
      entries: [
        w({ kind: 'tool', tool: 'oo-assessment-questionnaire', action: 'done', on: '2026-02-02' }),
        w({ kind: 'stage', stage: '3', on: '2026-06-20' }),
        w({ kind: 'note', on: '2026-06-21', noSignificantChange: true }),
      ],
    });
    expect(b.toolsKnown).toBe(true);
    expect(b.record.stageHistory.map((s) => s.stage)).toEqual(['1a', '1b', '1c', '2', '3']);
    expect(b.record.tools.map((t) => t.tool).sort()).toEqual([
      'oo-assessment-questionnaire',
      'oo-recognition-interview',
      'oo-record-card',
    ]);
    expect(b.record.updateNotes).toEqual([{ date: '2026-06-21', noSignificantChange: true }]);
    expect(b.provenance.stage).toEqual({ origin: 'worker', on: '2026-06-20', by: 'PS-1' });
    expect(() => CaseRecord.parse(b.record)).not.toThrow();
  });
});

describe('buildCase: the newer dated fact wins, for every pair of sources', () => {
  it('host vs worker: the worker closes, the host later shows a change of status → the host', () => {
    const closed = w({ kind: 'status', status: 'closed', closeReason: 'moved', on: '2026-06-10' });
    expect(status({ host: host(), entries: [closed] })).toBe('closed');
    expect(status({ host: host({ status: 'suspended', statusOn: '2026-06-12' }), entries: [closed] })).toBe(
      'suspended',
    );
  });

  it('host vs worker: the host shows closed since a day, the worker resumes later → the worker', () => {
    const h = host({ status: 'closed', statusOn: '2026-06-01' });
    expect(status({ host: h })).toBe('closed');
    expect(status({ host: h, entries: [w({ kind: 'status', status: 'active', on: '2026-06-05' })] })).toBe(
      'active',
    );
  });

  it("host's status shown since always holds from the opening: any dated worker status is newer", () => {
    const e = w({ kind: 'status', status: 'suspended', reason: 'wyjazd', on: '2026-02-01' });
    expect(status({ host: host(), entries: [e] })).toBe('suspended');
  });

  it('import vs host: a register exported later than a host change wins; an older one does not', () => {
    const reg = register({ state: { status: 'closed', on: '2026-06-20', reason: 'moved' } });
    expect(status({ host: host({ status: 'suspended', statusOn: '2026-06-12' }), records: [reg] })).toBe(
      'closed',
    );
    const older = register({ state: { status: 'closed', on: '2026-06-05', reason: 'moved' } });
    expect(status({ host: host({ status: 'suspended', statusOn: '2026-06-12' }), records: [older] })).toBe(
      'suspended',
    );
  });

  it('import vs worker: the later of the two', () => {
    const reg = register({ state: { status: 'suspended', since: '2026-06-10', reason: 'x' } });
    expect(
      status({ records: [reg], entries: [w({ kind: 'status', status: 'active', on: '2026-06-11' })] }),
    ).toBe('active');
    expect(
      status({ records: [reg], entries: [w({ kind: 'status', status: 'active', on: '2026-06-09' })] }),
    ).toBe('suspended');
  });

  it('worker vs worker (two people, or one person on two computers): the later entry, both kept', () => {
    const a = w({ kind: 'crisis', crisis: true, on: '2026-06-10' }, 'PS-1');
    const b = w({ kind: 'crisis', crisis: false, on: '2026-06-12' }, 'PS-2');
    expect(built({ host: host(), entries: [a, b] }).record.crisis).toBe(false);
    expect(built({ host: host(), entries: [b, a] }).record.crisis).toBe(false);
    const note1 = w({ kind: 'note', on: '2026-06-10', noSignificantChange: true }, 'PS-1');
    const note2 = w(
      { kind: 'note', on: '2026-06-10', noSignificantChange: false, summary: 'zmiana' },
      'PS-2',
    );
    expect(built({ host: host(), entries: [note1, note2] }).record.updateNotes).toHaveLength(2);
  });

  it('a later agreement replaces an earlier one', () => {
    const agreement = (on: string, to: string) =>
      w({ kind: 'agreement', on, crisisVariant: false, period: { from: on, to }, reviewDates: [] });
    const b = built({
      host: host(),
      entries: [agreement('2026-04-01', '2026-12-31'), agreement('2026-03-01', '2026-09-30')],
    });
    expect(b.record.agreement?.signedOn).toBe('2026-04-01');
  });
});

describe('buildCase: equal dates resolve the same way everywhere (import < host < worker)', () => {
  it('same day, worker and host disagree: the worker', () => {
    const h = host({ status: 'suspended', statusOn: '2026-06-10' });
    const e = w({ kind: 'status', status: 'closed', closeReason: 'moved', on: '2026-06-10' });
    expect(status({ host: h, entries: [e] })).toBe('closed');
  });

  it('same day, host and register disagree: the host', () => {
    const reg = register({ state: { status: 'closed', on: '2026-06-10', reason: 'moved' } });
    expect(status({ host: host({ status: 'suspended', statusOn: '2026-06-10' }), records: [reg] })).toBe(
      'suspended',
    );
  });

  it('same day, same origin: the one recorded later; without times, the higher id — in any input order', () => {
    const a = w({ kind: 'crisis', crisis: true, on: '2026-06-10', at: '2026-06-10T09:00:00Z' });
    const b = w({ kind: 'crisis', crisis: false, on: '2026-06-10', at: '2026-06-10T08:00:00Z' });
    expect(built({ host: host(), entries: [a, b] }).record.crisis).toBe(true);
    expect(built({ host: host(), entries: [b, a] }).record.crisis).toBe(true);
  });

  it('the order of the sources given never matters', () => {
    const entries = [
      w({ kind: 'status', status: 'suspended', reason: 'x', on: '2026-06-10' }),
      w({ kind: 'status', status: 'active', on: '2026-06-10' }),
      w({ kind: 'stage', stage: '3', on: '2026-06-10' }),
    ];
    const one = built({ host: host(), records: [register()], entries });
    const two = built({ host: host(), records: [register()], entries: [...entries].reverse() });
    expect(two).toEqual(one);
  });
});

describe('buildCase: tools', () => {
  it('done from its earliest done entry, whichever source', () => {
    const b = built({
      host: host(),
      entries: [w({ kind: 'tool', tool: 'oo-recognition-interview', action: 'done', on: '2026-01-04' })],
    });
    expect(b.record.tools.find((t) => t.tool === 'oo-recognition-interview')?.doneOn).toBe('2026-01-04');
  });

  it("an undo withdraws the worker's own entry, never the host's document", () => {
    const undo = [
      w({ kind: 'tool', tool: 'oo-recognition-interview', action: 'done', on: '2026-01-04' }),
      w({ kind: 'tool', tool: 'oo-recognition-interview', action: 'undone', on: '2026-06-10' }),
      w({ kind: 'tool', tool: 'fs-genogram', action: 'done', on: '2026-02-01' }),
      w({ kind: 'tool', tool: 'fs-genogram', action: 'undone', on: '2026-06-10' }),
    ];
    const b = built({ host: host(), entries: undo });
    expect(b.record.tools.find((t) => t.tool === 'oo-recognition-interview')?.doneOn).toBe('2026-01-06');
    expect(b.record.tools.some((t) => t.tool === 'fs-genogram')).toBe(false);
  });

  it("an undo by one worker leaves another worker's entry", () => {
    const b = built({
      host: host(),
      entries: [
        w({ kind: 'tool', tool: 'fs-genogram', action: 'done', on: '2026-02-01' }, 'PS-2'),
        w({ kind: 'tool', tool: 'fs-genogram', action: 'undone', on: '2026-06-10' }, 'PS-1'),
      ],
    });
    expect(b.record.tools.some((t) => t.tool === 'fs-genogram')).toBe(true);
  });

  it('a done after an undo counts again', () => {
    const b = built({
      host: host(),
      entries: [
        w({ kind: 'tool', tool: 'fs-genogram', action: 'done', on: '2026-02-01' }),
        w({ kind: 'tool', tool: 'fs-genogram', action: 'undone', on: '2026-06-10' }),
        w({ kind: 'tool', tool: 'fs-genogram', action: 'done', on: '2026-06-11' }),
      ],
    });
    expect(b.record.tools.find((t) => t.tool === 'fs-genogram')?.doneOn).toBe('2026-06-11');
  });

  it('the latest waiver of a tool is kept', () => {
    const b = built({
      host: host(),
      entries: [
        w({
          kind: 'tool',
          tool: 'os-interview-family-children',
          action: 'waived',
          reason: 'a',
          on: '2026-01-21',
        }),
        w({
          kind: 'tool',
          tool: 'os-interview-family-children',
          action: 'waived',
          reason: 'b',
          on: '2026-01-22',
        }),
      ],
    });
    expect(b.record.waived).toEqual([
      { tool: 'os-interview-family-children', on: '2026-01-22', reason: 'b' },
    ]);
  });
});

describe('buildCase: restore keeps the original origin and date', () => {
  // Export → wipe → import is a JSON round trip of the host's facts and the worker's entries.
  const roundTrip = (entries: CaseEntry[]) => z.array(CaseEntry).parse(JSON.parse(JSON.stringify(entries)));

  it('a case active at backup time, closed by the host afterwards, is closed after the restore', () => {
    const entries = roundTrip([w({ kind: 'tool', tool: 'fs-genogram', action: 'done', on: '2026-02-01' })]);
    const h = host({ status: 'closed', statusOn: '2026-06-20' });
    expect(status({ host: h, entries })).toBe('closed');
  });

  it('a case closed at backup time and reopened by the host afterwards is active after the restore', () => {
    const h = host({ status: 'closed', statusOn: '2026-05-01' });
    expect(status({ host: h })).toBe('closed');
    const reopened = { ...h, status: 'active' as const, statusOn: '2026-06-20' };
    expect(status({ host: reopened, entries: roundTrip([]) })).toBe('active');
  });

  it('an older backup (a whole record, no origins) restores as an import: the host changes still win', () => {
    const old = {
      record: makeCase({ stageHistory: [{ stage: '2', enteredOn: '2026-03-01' }] }),
      origin: 'import' as Origin,
      asOf: '2026-06-01',
    };
    expect(status({ records: [old], host: host({ status: 'closed', statusOn: '2026-06-20' }) })).toBe(
      'closed',
    );
  });
});

describe('buildCase: one whole record alone is given back as it is', () => {
  it('for every demo case, the short path and the full fold evaluate the same', () => {
    const rules = compileRules();
    const demo = demoDataset('2026-11-25');
    for (const r of demo.cases.records) {
      if (r.kind !== 'case') continue;
      const record = CaseRecord.parse(r);
      const src = { record, origin: 'import' as Origin, asOf: '2026-11-25' };
      const short = buildCase(record.id, { records: [src] }, '2026-11-25')!;
      const full = foldEntries(record.id, recordEntries(src), '2026-11-25')!;
      expect(evaluateCase(full.record, rules, '2026-11-25')).toEqual(
        evaluateCase(short.record, rules, '2026-11-25'),
      );
      expect(full.provenance.status).toEqual(short.provenance.status);
    }
  });
});

describe('buildCase: entries after today wait for their day', () => {
  it('a stage dated tomorrow is not applied yet', () => {
    const b = built({ host: host(), entries: [w({ kind: 'stage', stage: '3', on: '2026-07-01' })] });
    expect(b.record.stageHistory.at(-1)!.stage).toBe('2');
  });
});

describe('buildCase: a case whose social worker no source named', () => {
  it('is built under the unknown worker, who carries no caseload', async () => {
    const { caseloadByWorker } = await import('../engine/caseload.ts');
    const row: HostCase = {
      caseId: 'T/1',
      standard: 'sw-older',
      stage: '1a',
      seenOn: TODAY,
      detail: { seenOn: TODAY, documents: [] },
    };
    const b = built({ host: row });
    expect(b.record.socialWorker).toBe(UNKNOWN_WORKER);
    expect(caseloadByWorker([b.record], compileRules()).rows).toEqual([]);
  });
});

describe('buildCase: what the host shows without a date yields to a source that dates it', () => {
  const row = (over: Partial<HostCase>): HostCase => ({
    caseId: 'T/1',
    standard: 'sw-family-children',
    socialWorker: 'PS-1',
    openedOn: '2026-01-05',
    firstSeenOn: '2026-06-20',
    seenOn: '2026-06-25',
    ...over,
  });

  it('the same stage on a list row adds no second, undated entry to the register’s dated one', () => {
    const b = built({ host: row({ stage: '2' }), records: [register()] });
    expect(b.record.stageHistory).toEqual([{ stage: '2', enteredOn: '2026-03-01' }]);
  });

  it('a later stage on a list row holds from the day it was seen', () => {
    const b = built({ host: row({ stage: '3' }), records: [register()] });
    expect(b.record.stageHistory).toEqual([
      { stage: '2', enteredOn: '2026-03-01' },
      { stage: '3', enteredOn: '2026-06-25' },
    ]);
  });

  it('the same status keeps the register’s date; a different one holds from the first day seen', () => {
    const reg = register({ state: { status: 'suspended', since: '2026-05-01', reason: 'szpital' } });
    expect(built({ host: row({ stage: '2', status: 'suspended' }), records: [reg] }).record.state).toEqual({
      status: 'suspended',
      since: '2026-05-01',
      reason: 'szpital',
    });
    expect(built({ host: row({ stage: '2', status: 'closed' }), records: [reg] }).record.state).toMatchObject(
      {
        status: 'closed',
        on: '2026-06-20',
      },
    );
  });

  it('alone, an undated stage holds from the opening', () => {
    expect(built({ host: row({ stage: '1b' }) }).record.stageHistory).toEqual([
      { stage: '1b', enteredOn: '2026-01-05' },
    ]);
  });
});
