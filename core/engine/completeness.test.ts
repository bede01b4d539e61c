import { describe, expect, it } from 'vitest';
import { completeness } from './completeness.ts';
import { ALL_1A_TO_1C, evaluate, makeCase } from './testing.ts';

describe('completeness', () => {
  it('share of obligatory documentation present per case, per worker and team, with the gaps', () => {
    const full = evaluate(makeCase({ id: 'a', tools: ALL_1A_TO_1C.slice(0, 2) }), '2026-01-10');
    const half = evaluate(makeCase({ id: 'b', tools: ALL_1A_TO_1C.slice(0, 1) }), '2026-01-10');
    const other = evaluate(makeCase({ id: 'c', socialWorker: 'PS-2' }), '2026-01-10');
    const r = completeness([full, half, other]);
    expect(r.byCase.map((c) => [c.caseId, c.done, c.due])).toEqual([
      ['a', 2, 2],
      ['b', 1, 2],
      ['c', 0, 2],
    ]);
    expect(r.byWorker).toEqual([
      { worker: 'PS-1', due: 4, done: 3, share: 0.75 },
      { worker: 'PS-2', due: 2, done: 0, share: 0 },
    ]);
    expect(r.team).toEqual({ due: 6, done: 3, share: 0.5 });
    expect(r.gaps.map((g) => [g.caseId, g.requirement])).toEqual([
      ['b', 'oo-recognition-interview'],
      ['c', 'oo-recognition-interview'],
      ['c', 'oo-record-card'],
    ]);
  });

  it('waived and not-yet-due requirements are not counted; nothing due is complete', () => {
    const w = evaluate(
      makeCase({
        waived: [{ tool: 'oo-recognition-interview', on: '2026-01-06', reason: 'x' }],
        tools: ALL_1A_TO_1C.slice(0, 1),
      }),
      '2026-01-10',
    );
    expect(w.documentation).toEqual({ due: 1, done: 1 });
    expect(completeness([]).team).toEqual({ due: 0, done: 0, share: 1 });
  });
});
