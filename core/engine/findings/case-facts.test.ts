import { describe, expect, it } from 'vitest';
import { codes, findingsOf, makeCase } from '../testing.ts';

describe('closed-without-evaluation', () => {
  it('closed and no final evaluation: error', () => {
    const c = makeCase({ state: { status: 'closed', on: '2026-02-01', reason: 'client-withdrew' } });
    expect(findingsOf('closed-without-evaluation', c, '2026-03-01').map((f) => f.severity)).toEqual([
      'error',
    ]);
  });
  it('a final evaluation closes it properly; a periodic one does not', () => {
    const state = { status: 'closed' as const, on: '2026-02-01', reason: 'goals-achieved' as const };
    expect(
      codes(makeCase({ state, evaluations: [{ date: '2026-02-01', kind: 'final' }] }), '2026-03-01'),
    ).not.toContain('closed-without-evaluation');
    expect(
      codes(makeCase({ state, evaluations: [{ date: '2026-02-01', kind: 'periodic' }] }), '2026-03-01'),
    ).toContain('closed-without-evaluation');
  });
  it('an active case is never reported', () => {
    expect(codes(makeCase(), '2026-01-06')).not.toContain('closed-without-evaluation');
  });
});

describe('benefits-info-client-not-informed', () => {
  it('one finding per information entry without clientInformedOn', () => {
    const c = makeCase({
      benefitsInformation: [
        { date: '2026-01-10', clientInformedOn: '2026-01-10' },
        { date: '2026-01-12' },
        { date: '2026-01-14', form: 'certificate' },
      ],
    });
    expect(findingsOf('benefits-info-client-not-informed', c, '2026-01-20').map((f) => f.date)).toEqual([
      '2026-01-12',
      '2026-01-14',
    ]);
  });
});

describe('case-inactive', () => {
  it('60 days without an entry is fine; 61 is inactive', () => {
    const c = makeCase({ tools: [{ tool: 'oo-record-card', doneOn: '2026-01-10' }] });
    expect(findingsOf('case-inactive', c, '2026-03-11')).toEqual([]);
    const f = findingsOf('case-inactive', c, '2026-03-12');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', date: '2026-01-10' });
  });
  it('any dated entry counts: a note, information, a waiver', () => {
    const note = makeCase({ updateNotes: [{ date: '2026-03-01', noSignificantChange: true }] });
    expect(findingsOf('case-inactive', note, '2026-04-15')).toEqual([]);
    const info = makeCase({ benefitsInformation: [{ date: '2026-02-01', clientInformedOn: '2026-03-01' }] });
    expect(findingsOf('case-inactive', info, '2026-04-15')).toEqual([]);
  });
  it('suspended and closed cases are never inactive', () => {
    expect(
      codes(makeCase({ state: { status: 'suspended', since: '2026-01-06', reason: 'x' } }), '2027-01-01'),
    ).not.toContain('case-inactive');
    expect(
      codes(makeCase({ state: { status: 'closed', on: '2026-01-06', reason: 'moved' } }), '2027-01-01'),
    ).not.toContain('case-inactive');
  });
  it('the policy sets the days', () => {
    expect(findingsOf('case-inactive', makeCase(), '2026-01-20', { inactivityDays: 14 })).toHaveLength(1);
  });
});
