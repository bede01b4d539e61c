import { describe, expect, it } from 'vitest';
import { demoDataset } from '../../../core/index.ts';
import { errorsAt, formErrors, getAt, prefillFromPacket, removeAt, setAt } from './form.ts';

describe('form data', () => {
  it('sets nested list values immutably; an empty string removes the key', () => {
    const a = setAt({}, 'goals[0].area', 'mieszkanie');
    expect(a).toEqual({ goals: [{ area: 'mieszkanie' }] });
    const b = setAt(a, 'goals[0].area', '');
    expect(b).toEqual({ goals: [{}] });
    expect(a).toEqual({ goals: [{ area: 'mieszkanie' }] });
    expect(getAt(a, 'goals[0].area')).toBe('mieszkanie');
    expect(removeAt(a, 'goals', 0)).toEqual({ goals: [] });
  });

  it('a date that does not exist blocks insertion; an empty required field only warns', () => {
    const errors = formErrors('cooperation-agreement', { reviewDates: ['2026-02-30'] });
    expect(errorsAt(errors.blocking, 'reviewDates').length).toBeGreaterThan(0);
    const fine = formErrors('cooperation-agreement', { caseId: 'X' });
    expect(fine.blocking).toEqual([]);
    expect(fine.missing.some((e) => e.path === 'clientName')).toBe(true);
  });

  it('a case packet, bare or wrapped as {caseRecord}, prefills from the case facts', () => {
    const record = demoDataset('2026-11-25').cases.records.find((r) => r.kind === 'case')!;
    for (const packet of [record, { caseRecord: record }]) {
      const r = prefillFromPacket('cooperation-agreement', JSON.stringify(packet), '2026-11-25');
      expect(r.ok && r.value.caseId).toBe(record.id);
    }
    expect(prefillFromPacket('update-note', '{', '2026-11-25')).toEqual({ ok: false, code: 'not-json' });
    expect(prefillFromPacket('update-note', '  ', '2026-11-25')).toEqual({ ok: false, code: 'empty' });
    const bad = prefillFromPacket(
      'update-note',
      JSON.stringify({ caseRecord: { kind: 'case' } }),
      '2026-11-25',
    );
    expect(bad).toMatchObject({ ok: false, code: 'invalid' });
    expect('errors' in bad && bad.errors.some((e) => e.path === 'id')).toBe(true);
  });

  it('a packet never puts a worker id into a name field: the packet has no display names', () => {
    const record = demoDataset('2026-11-25').cases.records.find((r) => r.kind === 'case')!;
    for (const id of ['cooperation-agreement', 'update-note', 'benefits-information', 'record-card']) {
      const r = prefillFromPacket(id, JSON.stringify({ caseRecord: record }), '2026-11-25');
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.value.workerName).toBeUndefined();
      expect(r.value.benefitsWorkerName).toBeUndefined();
      expect(JSON.stringify(r.value)).not.toContain(String(record.socialWorker));
    }
  });
});
