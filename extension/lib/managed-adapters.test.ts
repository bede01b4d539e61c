import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import demo from '../adapters/demo-opiekun.json' with { type: 'json' };
import { BUNDLED_ADAPTERS } from '../adapters/index.ts';
import { StandardyDb } from './db.ts';
import { managedAdapterInputs } from './managed-inputs.ts';
import { createService } from './service.ts';
import { FactsStore } from './store.ts';

let n = 0;
const make = (managed: string[] | null, disabled: string[] = []) =>
  createService({
    store: new FactsStore(new StandardyDb(`managed-${n++}`)),
    bundled: BUNDLED_ADAPTERS,
    customAdapters: async () => [],
    managedAdapters: async () => managedAdapterInputs(managed),
    disabledAdapters: async () => disabled,
    systems: async () => [],
    lang: async () => 'pl',
    today: () => '2026-11-25',
  });

describe('adapters set by enterprise policy (storage.managed) and switched off in the settings', () => {
  const centre = JSON.stringify({
    ...demo,
    id: 'mops-opiekun',
    origins: ['https://opiekun.mops.example.pl/*'],
  });

  it('a managed adapter works; an invalid one (bad JSON, bad schema) is skipped and the others keep working', async () => {
    const s = make([centre, '{not json', JSON.stringify({ ...demo, id: 'Zły Id' })]);
    expect((await s.adapters()).map((a) => a.id)).toEqual(['demo-opiekun', 'mops-opiekun']);
    expect((await s.adapterFor('https://opiekun.mops.example.pl/rejestr')).adapter?.id).toBe('mops-opiekun');
  });

  it('no managed store (Firefox without policies) means no managed adapters', async () => {
    expect((await make(null).adapters()).map((a) => a.id)).toEqual(['demo-opiekun']);
  });

  it('a disabled adapter reads no page', async () => {
    const s = make([centre], ['demo-opiekun']);
    expect((await s.adapterFor('http://127.0.0.1:4310/rejestr')).adapter).toBeNull();
    expect((await s.adapters()).map((a) => a.id)).toEqual(['mops-opiekun']);
  });
});
