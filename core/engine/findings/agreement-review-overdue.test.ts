import { describe, expect, it } from 'vitest';
import { findingsOf, makeCase } from '../testing.ts';

const withAgreement = (evaluations: { date: string; kind: 'periodic' | 'final' }[], state?: object) =>
  makeCase({
    stageHistory: [
      { stage: '1a', enteredOn: '2026-01-05' },
      { stage: '4', enteredOn: '2026-02-01', justification: 'x' },
    ],
    agreement: {
      signedOn: '2026-02-01',
      period: { from: '2026-02-01', to: '2026-12-31' },
      reviewDates: ['2026-05-01', '2026-08-01'],
    },
    evaluations,
    ...(state ? { state } : {}),
  } as never);

describe('agreement-review-overdue', () => {
  it('a review dated today has not passed; the day after it has', () => {
    expect(findingsOf('agreement-review-overdue', withAgreement([]), '2026-05-01')).toEqual([]);
    const f = findingsOf('agreement-review-overdue', withAgreement([]), '2026-05-02');
    expect(f.map((x) => x.date)).toEqual(['2026-05-01']);
  });

  it('a periodic evaluation after the signing and before the next review meets the review', () => {
    expect(
      findingsOf(
        'agreement-review-overdue',
        withAgreement([{ date: '2026-05-20', kind: 'periodic' }]),
        '2026-06-01',
      ),
    ).toEqual([]);
  });

  it('an evaluation on the signing day or on the next review date does not meet it', () => {
    const onSigning = withAgreement([{ date: '2026-02-01', kind: 'periodic' }]);
    expect(findingsOf('agreement-review-overdue', onSigning, '2026-06-01')).toHaveLength(1);
    const onNext = withAgreement([{ date: '2026-08-01', kind: 'periodic' }]);
    expect(findingsOf('agreement-review-overdue', onNext, '2026-08-02').map((f) => f.date)).toEqual([
      '2026-05-01',
    ]);
  });

  it('each review needs its own evaluation', () => {
    const one = withAgreement([{ date: '2026-04-28', kind: 'periodic' }]);
    expect(findingsOf('agreement-review-overdue', one, '2026-08-02').map((f) => f.date)).toEqual([
      '2026-08-01',
    ]);
  });

  it('a final evaluation is not a periodic one', () => {
    expect(
      findingsOf(
        'agreement-review-overdue',
        withAgreement([{ date: '2026-04-28', kind: 'final' }]),
        '2026-05-02',
      ),
    ).toHaveLength(1);
  });

  it('a closed case owes no review after its closing date', () => {
    const closed = withAgreement([], { status: 'closed', on: '2026-04-15', reason: 'moved' });
    expect(findingsOf('agreement-review-overdue', closed, '2026-09-01')).toEqual([]);
  });
});
