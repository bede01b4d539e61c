import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  buildCase,
  compileRules,
  evaluateCase,
  RegisterMapping,
  DEMO_REGISTER_MAPPING,
} from '../../core/index.ts';
import type { Policy } from '../../core/index.ts';
import { coreEntry, hostCase } from './case-sources.ts';
import { DB_VERSION, StandardyDb, migrateDashboardDb } from './db.ts';
import type { RecordV2 } from './db.ts';
import { mergeRead } from './remember.ts';

const SYSTEM = 'http://127.0.0.1:4310';

/** Version 1 rows exactly as part 1 stored them (no closing date, no first-seen day). */
const V1_OPEN = {
  system: SYSTEM,
  adapterId: 'demo-opiekun',
  caseId: 'OPS-2026/0007',
  seenOn: '2026-02-01',
  socialWorker: 'PS-01',
  standard: 'sw-older',
  stage: '1b',
  status: 'active',
  detail: {
    seenOn: '2026-02-01',
    documents: [{ tool: 'oo-recognition-interview', on: '2026-01-05', status: 'done' }],
    stage: '1b',
    stageHistory: [
      { stage: '1a', enteredOn: '2026-01-05' },
      { stage: '1b', enteredOn: '2026-01-20' },
    ],
  },
};
const V1_CLOSED = {
  system: SYSTEM,
  adapterId: 'demo-opiekun',
  caseId: 'OPS-2025/0100',
  seenOn: '2026-01-15',
  stage: '5',
  status: 'closed',
};

async function v1Database(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    cases: '[system+caseId], system, socialWorker, benefitsWorker',
    lists: '[system+pageId], system',
  });
  await v1.table('cases').bulkPut([V1_OPEN, V1_CLOSED]);
  await v1.table('lists').put({ system: SYSTEM, pageId: 'team-list', total: 160, seenOn: '2026-02-01' });
  v1.close();
}

/** A v2 record exactly as the v2 side panel stored it: a tool, a waiver, a stage move, notes, a suspension. */
const V2_RECORD: RecordV2 = {
  system: SYSTEM,
  caseId: 'OPS-2026/0007',
  rev: 6,
  changedOn: '2026-02-20',
  base: { standard: 'sw-older', socialWorker: 'PS-01', openedOn: '2026-01-05' },
  stageChanges: [{ stage: '1c', enteredOn: '2026-02-10' }],
  crisis: true,
  state: { status: 'suspended', since: '2026-02-18', reason: 'Pobyt w szpitalu' },
  tools: [{ tool: 'os-interview-older', doneOn: '2026-02-02' }],
  waived: [{ tool: 'fs-functional-scale', on: '2026-02-03', reason: 'nie dotyczy' }],
  updateNotes: [
    { date: '2026-02-12', noSignificantChange: true },
    { date: '2026-02-12', noSignificantChange: false, summary: 'Zmiana sytuacji mieszkaniowej' },
  ],
  agreement: {
    signedOn: '2026-02-15',
    crisisVariant: false,
    period: { from: '2026-02-15', to: '2026-08-15' },
    reviewDates: ['2026-05-15'],
  },
  evaluations: [{ date: '2026-02-16', kind: 'periodic' }],
  benefitsInformation: [{ date: '2026-02-17', form: 'opinion', clientInformedOn: '2026-02-17' }],
};

async function v2Database(name: string): Promise<void> {
  const v2 = new Dexie(name);
  v2.version(1).stores({
    cases: '[system+caseId], system, socialWorker, benefitsWorker',
    lists: '[system+pageId], system',
  });
  v2.version(2).stores({ records: '[system+caseId], system' });
  await v2.table('cases').bulkPut([
    { ...V1_OPEN, seenOn: '2026-02-20' },
    { ...V1_CLOSED, closedSince: '2026-01-15' },
  ]);
  await v2.table('records').put(V2_RECORD);
  v2.close();
}

describe('database migration v1 → v4', () => {
  it("keeps version 1's cases and list totals; closed cases dated from when they were seen", async () => {
    await v1Database('migrate-1');
    const db = new StandardyDb('migrate-1');
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(4);
    expect(await db.cases.get([SYSTEM, V1_OPEN.caseId])).toEqual({ ...V1_OPEN, firstSeenOn: '2026-02-01' });
    expect(await db.cases.get([SYSTEM, V1_CLOSED.caseId])).toEqual({
      ...V1_CLOSED,
      statusOn: '2026-01-15',
      firstSeenOn: '2026-01-15',
    });
    expect(await db.lists.get([SYSTEM, 'team-list'])).toMatchObject({ total: 160 });
    expect(await db.entries.count()).toBe(0);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['cases', 'dashboard', 'entries', 'lists']);
    db.close();
  });
});

describe('database migration v2 → v4: the side panel’s records become dated entries', () => {
  it('every fact of a v2 record is kept with its date, and the case evaluates as before', async () => {
    await v2Database('migrate-2');
    // The case as v2 evaluated it: the host's facts and the record together (stage history merged).
    const before = {
      kind: 'case' as const,
      id: V2_RECORD.caseId,
      standard: 'sw-older' as const,
      socialWorker: 'PS-01',
      openedOn: '2026-01-05',
      stageHistory: [
        { stage: '1a' as const, enteredOn: '2026-01-05' },
        { stage: '1b' as const, enteredOn: '2026-01-20' },
        { stage: '1c' as const, enteredOn: '2026-02-10' },
      ],
      state: V2_RECORD.state!,
      crisis: true,
      tools: [{ tool: 'oo-recognition-interview', doneOn: '2026-01-05' }, ...V2_RECORD.tools],
      waived: V2_RECORD.waived,
      updateNotes: V2_RECORD.updateNotes,
      agreement: V2_RECORD.agreement!,
      evaluations: V2_RECORD.evaluations,
      benefitsInformation: V2_RECORD.benefitsInformation,
    };
    const db = new StandardyDb('migrate-2');
    await db.open();
    const entries = await db.entries.toArray();
    expect(entries.every((e) => e.system === SYSTEM && e.caseId === V2_RECORD.caseId)).toBe(true);
    expect(
      entries
        .filter((e) => e.origin === 'worker')
        .map((e) => e.kind)
        .sort(),
    ).toEqual([
      'agreement',
      'benefits-info',
      'client-informed',
      'crisis',
      'evaluation',
      'note',
      'note',
      'stage',
      'status',
      'tool',
      'tool',
    ]);
    expect(entries.find((e) => e.kind === 'case')?.origin).toBe('import');
    const facts = (await db.cases.get([SYSTEM, V2_RECORD.caseId]))!;
    const built = buildCase(
      V2_RECORD.caseId,
      { host: hostCase(facts), entries: entries.map(coreEntry) },
      '2026-02-21',
    )!;
    const rules = compileRules();
    expect(evaluateCase(built.record, rules, '2026-02-21')).toEqual(
      evaluateCase(before, rules, '2026-02-21'),
    );
    expect(built.provenance.status).toEqual({ origin: 'worker', on: '2026-02-18' });
    db.close();
  });
});

describe('the dashboard’s old database moves into this one', () => {
  const register = {
    key: 'register',
    fileName: 'rejestr.csv',
    importedOn: '2026-02-01',
    rowsRead: 1,
    records: [
      {
        kind: 'case',
        id: 'A/1',
        standard: 'sw-older',
        socialWorker: 'PS-01',
        openedOn: '2026-01-05',
        stageHistory: [{ stage: '1a', enteredOn: '2026-01-05' }],
        state: { status: 'active' },
        crisis: false,
        tools: [],
        waived: [],
        updateNotes: [],
        evaluations: [],
        benefitsInformation: [],
      },
    ],
    errors: [],
  };
  const policy = { key: 'policy', source: 'file', fileName: 'polityka.json', policy: { inactivityDays: 45 } };

  async function oldDashboard(name: string, items: object[]) {
    const old = new Dexie(name);
    old.version(1).stores({ items: 'key' });
    await old.table('items').bulkPut(items);
    old.close();
  }

  it('the register, the mapping and the time use move; a loaded policy becomes the policy in force', async () => {
    const mapping = { key: 'mapping', mapping: RegisterMapping.parse(DEMO_REGISTER_MAPPING) };
    await oldDashboard('old-dash-1', [register, mapping, policy]);
    const db = new StandardyDb('dash-target-1');
    const adopted: Policy[] = [];
    const result = await migrateDashboardDb(db, async (p) => void adopted.push(p), 'old-dash-1');
    expect(result.moved).toBe(3);
    expect(await db.dashboard.get('register')).toEqual(register);
    expect(await db.dashboard.get('mapping')).toEqual(mapping);
    expect(adopted).toEqual([{ inactivityDays: 45 }]);
    expect(await Dexie.exists('old-dash-1')).toBe(false);
    // Once moved, a second start finds nothing to move.
    expect((await migrateDashboardDb(db, async () => undefined, 'old-dash-1')).moved).toBe(0);
    db.close();
  });

  it('what the new database already holds is not overwritten', async () => {
    await oldDashboard('old-dash-2', [register]);
    const db = new StandardyDb('dash-target-2');
    const newer = { ...register, fileName: 'nowszy.csv' };
    await db.dashboard.put(newer as never);
    await migrateDashboardDb(db, async () => undefined, 'old-dash-2');
    expect(((await db.dashboard.get('register')) as { fileName?: string } | undefined)?.fileName).toBe(
      'nowszy.csv',
    );
    db.close();
  });

  it('the demo policy choice (not a file) is not adopted', async () => {
    await oldDashboard('old-dash-3', [{ ...policy, source: 'demo' }]);
    const db = new StandardyDb('dash-target-3');
    const adopted: unknown[] = [];
    await migrateDashboardDb(db, async (p) => void adopted.push(p), 'old-dash-3');
    expect(adopted).toEqual([]);
    db.close();
  });
});

describe('dates of the host’s facts', () => {
  const where = { system: SYSTEM, adapterId: 'demo', detail: false };
  it('a change of status holds from the first day it was seen; a status always shown has no day', () => {
    const a = mergeRead(undefined, { caseId: 'X/1', status: 'active' }, { ...where, today: '2026-03-01' });
    const b = mergeRead(a, { caseId: 'X/1', status: 'closed' }, { ...where, today: '2026-03-02' });
    const c = mergeRead(b, { caseId: 'X/1', status: 'closed' }, { ...where, today: '2026-03-09' });
    expect(a.statusOn).toBeUndefined();
    expect(a.firstSeenOn).toBe('2026-03-01');
    expect(b.statusOn).toBe('2026-03-02');
    expect(c.statusOn).toBe('2026-03-02');
    expect(
      mergeRead(c, { caseId: 'X/1', status: 'active' }, { ...where, today: '2026-03-10' }).statusOn,
    ).toBe('2026-03-10');
  });

  it('a change of stage without a date holds from the day it was seen; a dated one keeps its date', () => {
    const a = mergeRead(undefined, { caseId: 'X/1', stage: '1a' }, { ...where, today: '2026-03-01' });
    const b = mergeRead(a, { caseId: 'X/1', stage: '1b' }, { ...where, today: '2026-03-05' });
    const c = mergeRead(b, { caseId: 'X/1', stage: '1b' }, { ...where, today: '2026-03-09' });
    const d = mergeRead(
      c,
      { caseId: 'X/1', stage: '1c', stageSince: '2026-03-07' },
      { ...where, today: '2026-03-10' },
    );
    expect(a.stageSince).toBeUndefined();
    expect(b.stageSince).toBe('2026-03-05');
    expect(c.stageSince).toBe('2026-03-05');
    expect(d.stageSince).toBe('2026-03-07');
  });
});
