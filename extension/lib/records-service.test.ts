import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { compileRules, evaluateCase } from '../../core/index.ts';
import { StandardyDb } from './db.ts';
import type { CaseRead } from './facts.ts';
import { createRecordsService } from './records-service.ts';
import { createService } from './service.ts';
import { FactsStore } from './store.ts';

const SYSTEM = 'http://127.0.0.1:4310';
const TODAY = '2026-03-10';
let n = 0;

const DETAIL: CaseRead = {
  caseId: 'OPS/7',
  socialWorker: 'PS-01',
  standard: 'sw-older',
  stage: '1b',
  openedOn: '2026-01-05',
  stageHistory: [
    { stage: '1a', enteredOn: '2026-01-05' },
    { stage: '1b', enteredOn: '2026-01-20' },
  ],
  documents: [{ tool: 'oo-recognition-interview', on: '2026-01-05', status: 'done' }],
  status: 'active',
};

async function setup(retention: number | null = 30, clock = { today: TODAY }) {
  const db = new StandardyDb(`records-${n++}`);
  const store = new FactsStore(db);
  const rules = compileRules();
  const records = createRecordsService({
    db,
    store,
    rules: () => rules,
    today: () => clock.today,
    retention: async () => ({ days: retention, managed: false }),
    author: async () => 'PS-01',
  });
  await store.remember(SYSTEM, 'demo', [DETAIL], clock.today, true);
  return { db, store, records, rules, clock };
}

const toolStatus = async (records: Awaited<ReturnType<typeof setup>>['records'], id: string) =>
  (await records.view(SYSTEM, 'OPS/7'))!.evaluation.checklist.find((c) => c.requirement === id)?.status;

describe('the standard’s own record of a case', () => {
  it('a tool ticked done is evaluated with what the host showed', async () => {
    const { records } = await setup();
    expect(await toolStatus(records, 'os-interview-older')).toBe('missing');
    expect(
      await records.change(SYSTEM, 'OPS/7', { kind: 'tool-done', tool: 'os-interview-older', on: TODAY }),
    ).toEqual({
      ok: true,
    });
    expect(await toolStatus(records, 'os-interview-older')).toBe('done');
    // The host's tool stays, the panel's is added: the core sees both.
    const view = (await records.view(SYSTEM, 'OPS/7'))!;
    expect(view.record.tools.map((t) => t.tool).sort()).toEqual([
      'oo-recognition-interview',
      'os-interview-older',
    ]);
    expect(view.ownTools).toEqual(['os-interview-older']);
    expect(view.provenance.status.origin).toBe('host');
  });

  it('each change is kept as dated entries with the worker as author, the host identity beside them', async () => {
    const { records, db } = await setup();
    await records.change(SYSTEM, 'OPS/7', { kind: 'tool-done', tool: 'os-interview-older', on: TODAY });
    const entries = await db.entries.toArray();
    expect(entries.map((e) => [e.kind, e.origin, e.by]).sort()).toEqual([
      ['case', 'host', 'PS-01'],
      ['tool', 'worker', 'PS-01'],
    ]);
    await records.change(SYSTEM, 'OPS/7', { kind: 'note', on: TODAY, noSignificantChange: true });
    // The identity did not change: it is not written again.
    expect((await db.entries.toArray()).filter((e) => e.kind === 'case')).toHaveLength(1);
  });

  it('an undo withdraws the worker’s tool; the host’s document stays', async () => {
    const { records } = await setup();
    await records.change(SYSTEM, 'OPS/7', { kind: 'tool-done', tool: 'os-interview-older', on: TODAY });
    await records.change(SYSTEM, 'OPS/7', { kind: 'tool-undo', tool: 'os-interview-older' });
    await records.change(SYSTEM, 'OPS/7', { kind: 'tool-undo', tool: 'oo-recognition-interview' });
    const view = (await records.view(SYSTEM, 'OPS/7'))!;
    expect(view.ownTools).toEqual([]);
    expect(view.record.tools.map((t) => t.tool)).toEqual(['oo-recognition-interview']);
  });

  it('twenty changes sent at once from two tabs are all kept (each one is its own transaction)', async () => {
    const { records, db } = await setup();
    const changes = Array.from({ length: 20 }, (_, i) =>
      i % 2
        ? { kind: 'note', on: TODAY, noSignificantChange: false, summary: `tab B, note ${i}` }
        : { kind: 'note', on: TODAY, noSignificantChange: true },
    );
    const results = await Promise.all(changes.map((c) => records.change(SYSTEM, 'OPS/7', c)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await db.entries.toArray()).filter((e) => e.kind === 'note')).toHaveLength(20);
    expect((await records.view(SYSTEM, 'OPS/7'))!.record.updateNotes).toHaveLength(20);
  });

  it('a future date is refused with its path and nothing is written', async () => {
    const { records, db } = await setup();
    const answer = await records.change(SYSTEM, 'OPS/7', {
      kind: 'tool-done',
      tool: 'fs-genogram',
      on: '2026-03-11',
    });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.errors[0]!.path).toBe('on');
    expect(await db.entries.count()).toBe(0);
  });

  it('a tool of another category is kept and shown not-applicable (docs/standard.md), an unknown one refused', async () => {
    const { records } = await setup();
    const kept = await records.change(SYSTEM, 'OPS/7', {
      kind: 'tool-done',
      tool: 'os-interview-unemployed',
      on: TODAY,
    });
    expect(kept.ok).toBe(true);
    expect(await toolStatus(records, 'os-interview-unemployed')).toBe('not-applicable');
    const unknown = await records.change(SYSTEM, 'OPS/7', {
      kind: 'tool-done',
      tool: 'oo-horoscope',
      on: TODAY,
    });
    expect(unknown.ok).toBe(false);
  });

  it('moving past the next stage needs a justification, which then silences stage-skipped', async () => {
    const { records } = await setup();
    const refused = await records.change(SYSTEM, 'OPS/7', { kind: 'stage', stage: '2', on: TODAY });
    expect(refused).toMatchObject({ ok: false, errors: [{ path: 'justification' }] });
    const ok = await records.change(SYSTEM, 'OPS/7', {
      kind: 'stage',
      stage: '2',
      on: TODAY,
      justification: 'Kryzys',
    });
    expect(ok.ok).toBe(true);
    const view = (await records.view(SYSTEM, 'OPS/7'))!;
    expect(view.evaluation.stage).toBe('2');
    // 1b and 1c were moved past with the justification; 1a was left by the host's own entry.
    const skipped = view.evaluation.findings.filter((f) => f.code === 'stage-skipped').map((f) => f.stage);
    expect(skipped).not.toContain('1b');
    expect(skipped).not.toContain('1c');
    expect(view.evaluation.findings.some((f) => f.code === 'tool-missing')).toBe(true);
  });

  it('benefits information without the client told is a finding until the client is told', async () => {
    const { records } = await setup();
    await records.change(SYSTEM, 'OPS/7', { kind: 'benefits-info', on: TODAY, form: 'opinion' });
    const codes = async () => (await records.view(SYSTEM, 'OPS/7'))!.evaluation.findings.map((f) => f.code);
    expect(await codes()).toContain('benefits-info-client-not-informed');
    expect(
      (await records.change(SYSTEM, 'OPS/7', { kind: 'client-informed', infoOn: '2026-01-01', on: TODAY }))
        .ok,
    ).toBe(false);
    await records.change(SYSTEM, 'OPS/7', { kind: 'client-informed', infoOn: TODAY, on: TODAY });
    expect(await codes()).not.toContain('benefits-info-client-not-informed');
  });

  it('the badge of a case counts a tool the panel recorded', async () => {
    const { records, store, rules } = await setup();
    const service = createService({
      store,
      bundled: [],
      customAdapters: async () => [],
      systems: async () => [],
      lang: async () => 'pl',
      today: () => TODAY,
      rules,
      ownEntries: (s) => records.entriesBySystem(s),
    });
    const scan = () => service.scan({ adapterId: 'demo', system: SYSTEM, pageId: 'case', detail: DETAIL });
    const before = (await scan()).badges[0]!.missing!;
    await records.change(SYSTEM, 'OPS/7', { kind: 'tool-done', tool: 'os-interview-older', on: TODAY });
    expect((await scan()).badges[0]!.missing).toBe(before - 1);
  });
});

describe('export, wipe, import', () => {
  it('export → wipe → import restores every case as the core evaluates it', async () => {
    const { records, store } = await setup();
    await records.change(SYSTEM, 'OPS/7', { kind: 'tool-done', tool: 'os-interview-older', on: TODAY });
    await records.change(SYSTEM, 'OPS/7', { kind: 'crisis', crisis: true });
    await records.change(SYSTEM, 'OPS/7', {
      kind: 'agreement',
      signedOn: TODAY,
      from: TODAY,
      to: '2026-09-10',
      reviewDates: ['2026-06-10'],
      crisisVariant: true,
    });
    const before = (await records.view(SYSTEM, 'OPS/7'))!;
    const { file, cases } = await records.exportAll();
    expect(cases).toBe(1);
    expect(file.formatVersion).toBe(2);
    expect(JSON.stringify(file)).not.toMatch(/Nowak|Kowalsk/);
    await records.wipe();
    expect(await records.view(SYSTEM, 'OPS/7')).toBeUndefined();
    expect(await store.get(SYSTEM, 'OPS/7')).toBeUndefined();
    expect(await records.importAll(JSON.parse(JSON.stringify(file)))).toEqual({ ok: true, cases: 1 });
    const after = (await records.view(SYSTEM, 'OPS/7'))!;
    expect(after.record).toEqual(before.record);
    expect(after.provenance).toEqual(before.provenance);
    expect(after.evaluation).toEqual(evaluateCase(before.record, compileRules(), TODAY));
    // The host read again: the same record, nothing doubled; the same file again adds nothing.
    await store.remember(SYSTEM, 'demo', [DETAIL], TODAY, true);
    expect((await records.view(SYSTEM, 'OPS/7'))!.record).toEqual(before.record);
    await records.importAll(JSON.parse(JSON.stringify(file)));
    expect((await records.view(SYSTEM, 'OPS/7'))!.record).toEqual(before.record);
  });

  it('restore is faithful: a case active at backup time that the host closes afterwards is closed', async () => {
    const clock = { today: TODAY };
    const { records, store } = await setup(365, clock);
    await records.change(SYSTEM, 'OPS/7', { kind: 'note', on: TODAY, noSignificantChange: true });
    const { file } = await records.exportAll();
    await records.wipe();
    await records.importAll(JSON.parse(JSON.stringify(file)));
    clock.today = '2026-04-01';
    await store.remember(SYSTEM, 'demo', [{ ...DETAIL, status: 'closed' }], clock.today, true);
    const view = (await records.view(SYSTEM, 'OPS/7'))!;
    expect(view.record.state).toMatchObject({ status: 'closed', on: '2026-04-01' });
    expect(view.provenance.status.origin).toBe('host');
    // The host's pages give no closing date: the day it was seen closed, "closed at the latest".
    expect(
      (await records.retention()).cases.map((c) => [c.caseId, c.closedOn, c.closedBy, c.closedAtLatest]),
    ).toEqual([['OPS/7', '2026-04-01', 'host', true]]);
  });

  it('restore is faithful: a case closed at backup time that the host reopens afterwards is active and kept', async () => {
    const clock = { today: TODAY };
    const { records, store } = await setup(30, clock);
    clock.today = '2026-03-11';
    await store.remember(SYSTEM, 'demo', [{ ...DETAIL, status: 'closed' }], clock.today, true);
    expect((await records.view(SYSTEM, 'OPS/7'))!.record.state.status).toBe('closed');
    const { file } = await records.exportAll();
    await records.wipe();
    await records.importAll(JSON.parse(JSON.stringify(file)));
    expect((await records.view(SYSTEM, 'OPS/7'))!.record.state).toMatchObject({
      status: 'closed',
      on: '2026-03-11',
    });
    clock.today = '2026-03-20';
    await store.remember(SYSTEM, 'demo', [{ ...DETAIL, status: 'active' }], clock.today, true);
    expect((await records.view(SYSTEM, 'OPS/7'))!.record.state.status).toBe('active');
    clock.today = '2026-05-01';
    expect(await records.purge()).toBe(0);
    expect(await records.view(SYSTEM, 'OPS/7')).toBeDefined();
  });

  it('the worker’s own closing after the host’s change wins, and the host’s later change wins again', async () => {
    const clock = { today: TODAY };
    const { records, store } = await setup(365, clock);
    await records.change(SYSTEM, 'OPS/7', { kind: 'close', on: TODAY, reason: 'moved' });
    expect((await records.view(SYSTEM, 'OPS/7'))!.record.state.status).toBe('closed');
    clock.today = '2026-03-15';
    await store.remember(SYSTEM, 'demo', [{ ...DETAIL, status: 'suspended' }], clock.today, true);
    expect((await records.view(SYSTEM, 'OPS/7'))!.record.state.status).toBe('suspended');
  });

  it('an older backup (formatVersion 1, whole records) restores as an import the host then overrides', async () => {
    const { records, store, clock } = await setup(365);
    const v1 = {
      format: 'standardy-records',
      formatVersion: 1,
      exportedOn: TODAY,
      systems: [
        {
          system: SYSTEM,
          cases: {
            formatVersion: 1,
            records: [
              {
                kind: 'case',
                id: 'OPS/7',
                standard: 'sw-older',
                socialWorker: 'PS-01',
                openedOn: '2026-01-05',
                stageHistory: [{ stage: '1a', enteredOn: '2026-01-05' }],
                tools: [{ tool: 'os-interview-older', doneOn: '2026-02-01' }],
              },
            ],
          },
        },
      ],
    };
    await records.wipe();
    expect(await records.importAll(v1)).toEqual({ ok: true, cases: 1 });
    expect(await records.importAll(v1)).toEqual({ ok: true, cases: 1 });
    const view = (await records.view(SYSTEM, 'OPS/7'))!;
    expect(view.record.tools).toEqual([{ tool: 'os-interview-older', doneOn: '2026-02-01' }]);
    expect(view.provenance.status.origin).toBe('import');
    clock.today = '2026-03-12';
    await store.remember(SYSTEM, 'demo', [{ ...DETAIL, status: 'active' }], clock.today, true);
    await store.remember(SYSTEM, 'demo', [{ ...DETAIL, status: 'closed' }], '2026-03-13', true);
    clock.today = '2026-03-13';
    expect((await records.view(SYSTEM, 'OPS/7'))!.record.state).toMatchObject({
      status: 'closed',
      on: '2026-03-13',
    });
  });

  it('a corrupt file changes nothing and names the path of the error', async () => {
    const { records, db } = await setup();
    await records.change(SYSTEM, 'OPS/7', { kind: 'note', on: TODAY, noSignificantChange: true });
    const { file } = await records.exportAll();
    const bad = structuredClone(file);
    bad.systems[0]!.entries.push({ ...bad.systems[0]!.entries[1]!, id: 'x-1', on: '2026-02-31' });
    const before = await db.entries.toArray();
    const answer = await records.importAll(bad);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.errors.map((e) => e.path)).toContain('systems[0].entries[2].on');
    expect(await db.entries.toArray()).toEqual(before);
    expect((await records.importAll({ format: 'x' })).ok).toBe(false);
    expect(await db.entries.toArray()).toEqual(before);
  });
});

describe('retention', () => {
  it('a closed case is listed with its purge day, then deleted on that day', async () => {
    const { records, db } = await setup(30);
    await records.change(SYSTEM, 'OPS/7', { kind: 'close', on: '2026-02-08', reason: 'goals-achieved' });
    expect((await records.retention()).cases).toEqual([
      {
        system: SYSTEM,
        caseId: 'OPS/7',
        closedOn: '2026-02-08',
        closedBy: 'worker',
        closedAtLatest: false,
        purgeOn: '2026-03-10',
      },
    ]);
    expect(await records.purge()).toBe(1);
    expect(await db.entries.count()).toBe(0);
    expect(await db.cases.count()).toBe(0);
  });

  it('an open case and a case closed recently are kept; no retention keeps everything', async () => {
    const { records } = await setup(30);
    expect(await records.purge()).toBe(0);
    await records.change(SYSTEM, 'OPS/7', { kind: 'close', on: '2026-02-09', reason: 'moved' });
    expect(await records.purge()).toBe(0);
    const forever = await setup(null);
    await forever.records.change(SYSTEM, 'OPS/7', { kind: 'close', on: '2020-02-09', reason: 'moved' });
    expect(await forever.records.purge()).toBe(0);
  });
});
