import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BUNDLED_ADAPTERS } from '../adapters/index.ts';
import { StandardyDb } from './db.ts';
import { createService } from './service.ts';
import { FactsStore } from './store.ts';

let n = 0;
function service(systems = [{ origin: 'http://127.0.0.2:4310', adapterId: 'demo-opiekun' }]) {
  return createService({
    store: new FactsStore(new StandardyDb(`svc-${n++}`)),
    bundled: BUNDLED_ADAPTERS,
    customAdapters: async () => [{ formatVersion: 1, id: 'broken' }],
    systems: async () => systems,
    lang: async () => 'pl',
    today: () => '2026-11-25',
  });
}

describe('which adapter covers a page', () => {
  it('the demo origins at install, a configured origin by its adapter, nothing elsewhere', async () => {
    const s = service();
    expect((await s.adapterFor('http://127.0.0.1:4310/rejestr')).adapter?.id).toBe('demo-opiekun');
    expect((await s.adapterFor('http://localhost:9/x')).adapter?.id).toBe('demo-opiekun');
    expect((await s.adapterFor('http://127.0.0.2:4310/rejestr')).adapter?.id).toBe('demo-opiekun');
    expect((await s.adapterFor('http://127.0.0.3:4310/rejestr')).adapter).toBeNull();
    expect((await s.adapterFor('https://example.org/')).adapter).toBeNull();
  });
  it('an imported adapter that no longer validates is ignored, not half-used', async () => {
    expect((await service().adapters()).map((a) => a.id)).toEqual(['demo-opiekun']);
  });
});

describe('scan', () => {
  it('refuses a read that carries a name where an id belongs', async () => {
    const page = { adapterId: 'demo-opiekun', system: 'http://127.0.0.1:1', pageId: 'team-list' };
    await expect(
      service().scan({ ...page, list: { scope: 'team', rows: [{ caseId: 'Anna Wiśniewska' }] } }),
    ).rejects.toThrow();
  });
  it('a detail read changes the remembered documents once; reading it again changes nothing', async () => {
    const s = service();
    const page = {
      adapterId: 'demo-opiekun',
      system: 'http://127.0.0.1:1',
      pageId: 'case-detail',
      detail: { caseId: 'A/1', standard: 'sw-older', stage: '1a', documents: [] },
    };
    const first = await s.scan(page);
    expect(first.changedDetail).toBe(true);
    expect(first.badges[0]).toMatchObject({ caseId: 'A/1', known: true, missing: 2 });
    expect((await s.scan(page)).changedDetail).toBe(false);
  });
});
