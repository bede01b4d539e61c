import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, StandardyDb } from './db.ts';
import type { CaseFacts } from './facts.ts';
import { mergeRead } from './remember.ts';

const SYSTEM = 'http://127.0.0.1:4310';

/** Version 1 exactly as part 1 shipped it (extension/lib/db.ts at v1), filled by part 1's own merge. */
async function v1Database(name: string): Promise<CaseFacts[]> {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    cases: '[system+caseId], system, socialWorker, benefitsWorker',
    lists: '[system+pageId], system',
  });
  const where = (today: string, detail: boolean) => ({
    system: SYSTEM,
    adapterId: 'demo-opiekun',
    today,
    detail,
  });
  const open = mergeRead(
    undefined,
    {
      caseId: 'OPS-2026/0007',
      socialWorker: 'PS-01',
      standard: 'sw-older',
      stage: '1b',
      stageHistory: [
        { stage: '1a', enteredOn: '2026-01-05' },
        { stage: '1b', enteredOn: '2026-01-20' },
      ],
      documents: [{ tool: 'oo-recognition-interview', on: '2026-01-05', status: 'done' }],
      status: 'active',
    },
    where('2026-02-01', true),
  );
  // A closed case as v1 stored it: no closing date, only the day it was last seen.
  const closed = {
    ...mergeRead(
      undefined,
      { caseId: 'OPS-2025/0100', status: 'closed', stage: '5' },
      where('2026-01-15', false),
    ),
  };
  delete closed.closedSince;
  await v1.table('cases').bulkPut([open, closed]);
  await v1.table('lists').put({ system: SYSTEM, pageId: 'team-list', total: 160, seenOn: '2026-02-01' });
  v1.close();
  return [open, closed];
}

describe('database migration v1 → v2', () => {
  it("keeps version 1's cases and list totals, dates closed cases from when they were seen, adds records", async () => {
    const [open, closed] = await v1Database('migrate-1');
    const db = new StandardyDb('migrate-1');
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(2);
    expect(await db.cases.get([SYSTEM, open!.caseId])).toEqual(open);
    expect(await db.cases.get([SYSTEM, closed!.caseId])).toEqual({ ...closed, closedSince: '2026-01-15' });
    expect(await db.lists.get([SYSTEM, 'team-list'])).toMatchObject({ total: 160 });
    expect(await db.records.count()).toBe(0);
    await db.records.put({
      system: SYSTEM,
      caseId: open!.caseId,
      rev: 1,
      changedOn: '2026-02-02',
      stageChanges: [],
      crisis: false,
      tools: [{ tool: 'os-interview-older', doneOn: '2026-02-02' }],
      waived: [],
      updateNotes: [],
      evaluations: [],
      benefitsInformation: [],
    });
    expect(await db.records.where('system').equals(SYSTEM).count()).toBe(1);
    db.close();
  });

  it('a case closed after the upgrade gets the day it was first seen closed', () => {
    const where = { system: SYSTEM, adapterId: 'demo', detail: false };
    const a = mergeRead(undefined, { caseId: 'X/1', status: 'active' }, { ...where, today: '2026-03-01' });
    const b = mergeRead(a, { caseId: 'X/1', status: 'closed' }, { ...where, today: '2026-03-02' });
    const c = mergeRead(b, { caseId: 'X/1', status: 'closed' }, { ...where, today: '2026-03-09' });
    expect(b.closedSince).toBe('2026-03-02');
    expect(c.closedSince).toBe('2026-03-02');
    expect(
      mergeRead(c, { caseId: 'X/1', status: 'active' }, { ...where, today: '2026-03-10' }).closedSince,
    ).toBeUndefined();
  });
});
