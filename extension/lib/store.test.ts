import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, StandardyDb } from './db.ts';
import { FactsStore } from './store.ts';

const SYSTEM = 'http://127.0.0.1:4310';
let n = 0;
const fresh = () => new StandardyDb(`test-${n++}`);

describe('remembered cases (IndexedDB, version 1)', () => {
  it('a detail read is kept across a new store (a restarted background) with ids and facts only', async () => {
    const db = fresh();
    const store = new FactsStore(db);
    await store.remember(
      SYSTEM,
      'demo',
      [
        {
          caseId: 'A/1',
          stage: '1b',
          standard: 'sw-older',
          documents: [{ tool: 'oo-record-card', on: '2026-01-02', status: 'done' }],
        },
      ],
      '2026-11-25',
      true,
    );
    await store.flush();
    const again = new FactsStore(new StandardyDb(db.name));
    const facts = await again.get(SYSTEM, 'A/1');
    expect(facts).toEqual({
      system: SYSTEM,
      adapterId: 'demo',
      caseId: 'A/1',
      standard: 'sw-older',
      stage: '1b',
      seenOn: '2026-11-25',
      firstSeenOn: '2026-11-25',
      detail: {
        seenOn: '2026-11-25',
        stage: '1b',
        documents: [{ tool: 'oo-record-card', on: '2026-01-02', status: 'done' }],
      },
    });
    expect(db.verno).toBe(DB_VERSION);
  });

  it('a list row refreshes stage and workers but keeps the documents read on the detail page', async () => {
    const store = new FactsStore(fresh());
    await store.remember(SYSTEM, 'demo', [{ caseId: 'A/2', stage: '1b', documents: [] }], '2026-11-01', true);
    const [after] = await store.remember(
      SYSTEM,
      'demo',
      [{ caseId: 'A/2', stage: '1c', socialWorker: 'PS-02' }],
      '2026-11-25',
      false,
    );
    expect(after).toMatchObject({
      stage: '1c',
      socialWorker: 'PS-02',
      detail: { stage: '1b', seenOn: '2026-11-01' },
    });
  });

  it('systems are kept apart: the same case number on another origin is another case', async () => {
    const store = new FactsStore(fresh());
    await store.remember(SYSTEM, 'demo', [{ caseId: 'A/3' }], '2026-11-25', false);
    await store.remember(
      'http://127.0.0.2:4310',
      'demo',
      [{ caseId: 'A/3' }, { caseId: 'A/4' }],
      '2026-11-25',
      false,
    );
    expect((await store.casesOf(SYSTEM)).length).toBe(1);
    expect((await store.casesOf('http://127.0.0.2:4310')).length).toBe(2);
  });

  it('the host count of a list is remembered', async () => {
    const store = new FactsStore(fresh());
    await store.setTotal(SYSTEM, 'team-list', 160, '2026-11-25');
    expect(await store.totalOf(SYSTEM, 'team-list')).toBe(160);
  });
});
