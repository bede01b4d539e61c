import { describe, expect, it } from 'vitest';
import { Policy } from '../schema/policy.ts';
import { TIME_USE_CATEGORIES } from '../data/time-use-categories.ts';
import { compileRules } from './rules.ts';
import { workloadAnalysis } from './workload.ts';

const rules = (policy = {}) => compileRules(Policy.parse(policy));

describe('workload analysis', () => {
  it('share per category per worker and team, as in the Toruń tables', () => {
    const w = workloadAnalysis(
      [
        { worker: 'A', category: 'sw.A', hours: 30 },
        { worker: 'A', category: 'sw.E', hours: 10 },
        { worker: 'B', category: 'sw.E', hours: 20 },
        { worker: 'X', category: 'bw.Ł', hours: 5 },
      ],
      rules(),
    );
    expect(w.socialWorkers.workers.map((r) => [r.worker, r.total, r.share['sw.E']])).toEqual([
      ['A', 40, 0.25],
      ['B', 20, 1],
    ]);
    expect(w.socialWorkers.team).toMatchObject({ total: 60 });
    expect(w.socialWorkers.team.share['sw.E']).toBeCloseTo(0.5);
    expect(w.benefitsWorkers.workers[0]).toMatchObject({ worker: 'X', total: 5 });
  });

  it('documentation-share-high: strictly above 25 % of all recorded hours', () => {
    const at = (e: number) =>
      workloadAnalysis(
        [
          { worker: 'A', category: 'sw.E', hours: e },
          { worker: 'A', category: 'sw.G', hours: 100 - e },
        ],
        rules(),
      ).findings;
    expect(at(25)).toEqual([]);
    const f = at(26);
    expect(f).toMatchObject([{ code: 'documentation-share-high', severity: 'warning', workerId: 'A' }]);
    expect(f[0]!.message.pl).toContain('26%');
  });

  it('the threshold comes from the policy; benefits workers are never flagged', () => {
    const entries = [
      { worker: 'A', category: 'sw.E', hours: 20 },
      { worker: 'A', category: 'sw.A', hours: 80 },
      { worker: 'B', category: 'bw.D', hours: 100 },
    ];
    expect(
      workloadAnalysis(entries, rules({ documentationShareThreshold: 0.15 })).findings.map((f) => f.workerId),
    ).toEqual(['A']);
  });

  it('the Toruń baseline is shipped: OBOP documentation 32 %', () => {
    const w = workloadAnalysis([], rules());
    expect(Math.round(w.socialWorkers.baseline.obop.share['sw.E']! * 100)).toBe(32);
    expect(TIME_USE_CATEGORIES.filter((c) => c.role === 'benefits-worker')).toHaveLength(13);
  });
});
