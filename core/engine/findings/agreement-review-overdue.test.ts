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

describe('agreement-review-overdue: each review needs its own evaluation (matched in date order)', () => {
  const three = (evaluations: string[]) =>
    makeCase({
      stageHistory: [
        { stage: '1a', enteredOn: '2026-01-05' },
        { stage: '4', enteredOn: '2026-02-01', justification: 'x' },
      ],
      agreement: {
        signedOn: '2026-02-01',
        period: { from: '2026-02-01', to: '2026-12-31' },
        reviewDates: ['2026-04-01', '2026-06-01', '2026-08-01'],
      },
      evaluations: evaluations.map((date) => ({ date, kind: 'periodic' as const })),
    });
  const overdue = (evaluations: string[], today: string) =>
    findingsOf('agreement-review-overdue', three(evaluations), today).map((f) => f.date);

  it('one evaluation between two passed reviews leaves one of them unmet (the later one)', () => {
    expect(overdue(['2026-05-10'], '2026-06-02')).toEqual(['2026-06-01']);
  });

  it('two evaluations in the overlapping window meet both reviews', () => {
    expect(overdue(['2026-05-10', '2026-05-20'], '2026-06-02')).toEqual([]);
  });

  it('the earliest unmatched evaluation is taken: a late one still serves the next review', () => {
    // 03-15 meets 04-01; 05-10 meets 06-01; nothing between 06-01 and the end meets 08-01.
    expect(overdue(['2026-03-15', '2026-05-10'], '2026-08-02')).toEqual(['2026-08-01']);
  });

  it('an evaluation on a review date meets that review, not the one before', () => {
    expect(overdue(['2026-06-01'], '2026-06-02')).toEqual(['2026-04-01']);
  });

  it('a review not yet passed still takes its evaluation before a later one could', () => {
    // 05-10 lies in the windows of 04-01 and 06-01; the earlier review takes it: 06-01 is unmet on 06-02.
    expect(overdue(['2026-05-10'], '2026-04-01')).toEqual([]);
    expect(overdue(['2026-05-10'], '2026-06-02')).toEqual(['2026-06-01']);
  });

  it('the same review date listed twice is one review', () => {
    const twice = makeCase({
      stageHistory: [{ stage: '4', enteredOn: '2026-02-01' }],
      agreement: {
        signedOn: '2026-02-01',
        period: { from: '2026-02-01', to: '2026-12-31' },
        reviewDates: ['2026-04-01', '2026-04-01'],
      },
      evaluations: [{ date: '2026-03-01', kind: 'periodic' }],
    });
    expect(findingsOf('agreement-review-overdue', twice, '2026-05-01')).toEqual([]);
  });
});
