import { describe, expect, it } from 'vitest';
import { findingsOf, makeCase } from '../testing.ts';

const unemployed = (history: { stage: '1a' | '1b' | '1c' | '2'; enteredOn: string }[], state?: object) =>
  makeCase({
    standard: 'sw-unemployed',
    openedOn: '2026-01-01',
    stageHistory: history,
    ...(state ? { state } : {}),
  } as never);

describe('stage-overdue', () => {
  it('the unemployed diagnosis frame (stage 1 = 90 days) is overdue on day 91, counted from entering 1a', () => {
    const c = unemployed([
      { stage: '1a', enteredOn: '2026-01-01' },
      { stage: '1c', enteredOn: '2026-03-01' },
    ]);
    expect(findingsOf('stage-overdue', c, '2026-04-01')).toEqual([]);
    const f = findingsOf('stage-overdue', c, '2026-04-02');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', stage: '1c' });
    expect(f[0]!.message.pl).toContain('91 dni');
  });

  it('other standards have no frame by default', () => {
    expect(findingsOf('stage-overdue', makeCase(), '2030-01-01')).toEqual([]);
  });

  it('past the diagnosis, the diagnosis frame no longer applies', () => {
    const c = unemployed([
      { stage: '1a', enteredOn: '2026-01-01' },
      { stage: '2', enteredOn: '2026-02-01' },
    ]);
    expect(findingsOf('stage-overdue', c, '2026-12-01')).toEqual([]);
  });

  it('a policy frame for a stage counts from entering that stage; null switches a default off', () => {
    const policy = { timeFrames: { 'sw-family-children': { '2': 30 } } };
    const c = makeCase({
      stageHistory: [
        { stage: '1a', enteredOn: '2026-01-05' },
        { stage: '2', enteredOn: '2026-02-01', justification: 'x' },
      ],
    });
    expect(findingsOf('stage-overdue', c, '2026-03-03', policy)).toEqual([]);
    expect(findingsOf('stage-overdue', c, '2026-03-04', policy)).toHaveLength(1);
    const off = { timeFrames: { 'sw-unemployed': { '1': null } } };
    expect(
      findingsOf('stage-overdue', unemployed([{ stage: '1a', enteredOn: '2026-01-01' }]), '2026-12-01', off),
    ).toEqual([]);
  });

  it('a suspended or closed case has no running stage', () => {
    const suspended = unemployed([{ stage: '1a', enteredOn: '2026-01-01' }], {
      status: 'suspended',
      since: '2026-01-10',
      reason: 'wyjazd',
    });
    expect(findingsOf('stage-overdue', suspended, '2026-12-01')).toEqual([]);
  });
});
