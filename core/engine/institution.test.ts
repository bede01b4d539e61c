import { describe, expect, it } from 'vitest';
import { demoDataset } from '../demo/demo-data.ts';
import { parseCaseFile, parsePolicy } from '../input.ts';
import { Policy } from '../schema/policy.ts';
import { assessInstitution } from './institution.ts';
import { compileRules } from './rules.ts';
import { makeCase } from './testing.ts';

describe('institution model assessment', () => {
  it('the demo (Toruń-shaped MOPR): 137 active cases imply 6.85 social workers and 1.71 benefits workers', () => {
    const demo = demoDataset('2026-11-25');
    const policy = parsePolicy(demo.policy);
    if (!policy.ok) throw new Error('policy');
    const rules = compileRules(policy.value);
    const file = parseCaseFile(demo.cases, { rules, today: '2026-11-25' });
    if (!file.ok) throw new Error('cases');
    const a = assessInstitution(file.value.records, rules);
    expect(a.type).toBe('mops');
    const [sw, bw] = a.staffing;
    expect(sw).toMatchObject({
      role: 'social-worker',
      activeCases: 137,
      employedFte: 8,
      employedFrom: 'policy',
    });
    expect(sw!.requiredFte).toBeCloseTo(6.85);
    expect(bw).toMatchObject({ role: 'benefits-worker', activeCases: 137, employedFte: 2 });
    expect(bw!.requiredFte).toBeCloseTo(1.7125);
    expect(a.statutoryMinimum.socialWorkers).toBe(3);
    const coordinator = a.positions.find((p) => p.role === 'social-work-coordinator');
    expect(coordinator).toMatchObject({ status: 'proposed', present: false });
    const byId = Object.fromEntries(a.conditions.map((c) => [c.id, c.met]));
    expect(byId).toMatchObject({
      'separation-of-benefits': true,
      'caseload-20': false,
      'development-path': false,
      induction: true,
    });
    expect(a.services.map((s) => [s.standard, s.done, s.next])).toEqual([
      ['svc-family-counselling', 6, 'org-7-evaluation'],
      ['svc-kis', 4, 'org-5-provider'],
    ]);
  });

  it('without a worker list, employed staff are the workers seen in cases; inhabitants raise the statutory minimum', () => {
    const rules = compileRules(
      Policy.parse({ institution: { name: 'GOPS', type: 'ops', inhabitants: 12_500 } }),
    );
    const records = [
      makeCase({ id: 'a', socialWorker: 'A', benefitsWorker: 'A' }),
      makeCase({ id: 'b', socialWorker: 'B' }),
    ];
    const a = assessInstitution(records, rules);
    expect(a.staffing[0]).toMatchObject({ employedFte: 2, employedFrom: 'cases', activeCases: 2 });
    expect(a.statutoryMinimum.socialWorkers).toBe(7);
    expect(a.conditions.find((c) => c.id === 'separation-of-benefits')).toMatchObject({
      met: false,
      inferred: true,
    });
  });
});
