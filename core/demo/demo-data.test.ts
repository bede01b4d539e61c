import { describe, expect, it } from 'vitest';
import { parseCaseFile, parsePolicy, parseTimeUseFile } from '../input.ts';
import { checkCaseFile } from '../engine/check.ts';
import { compileRules } from '../engine/rules.ts';
import { demoDataset } from './demo-data.ts';

describe('the demo team (Toruń-shaped)', () => {
  for (const asOf of ['2026-11-25', '2027-06-30', '2025-02-28']) {
    it(`is valid, realistic and shaped as promised as of ${asOf}`, () => {
      const demo = demoDataset(asOf);
      const policy = parsePolicy(demo.policy);
      expect(policy.ok).toBe(true);
      const rules = compileRules(policy.ok ? policy.value : undefined);
      const file = parseCaseFile(demo.cases, { rules, today: asOf });
      if (!file.ok) throw new Error(JSON.stringify(file.errors.slice(0, 3)));
      expect(parseTimeUseFile(demo.timeUse).ok).toBe(true);
      const report = checkCaseFile(file.value, rules, asOf);
      expect(report.summary).toMatchObject({
        cases: 160,
        active: 137,
        suspended: 8,
        closed: 15,
        contacts: 12,
      });
      const standards = new Set(report.cases.map((c) => c.standard));
      expect(standards.size).toBe(5);
      expect(new Set(report.cases.map((c) => c.stage)).size).toBe(7);
      const byWorker = Object.fromEntries(report.caseload.rows.map((r) => [r.worker, r.status]));
      expect(byWorker).toMatchObject({ 'PS-01': 'over', 'PS-02': 'near', 'PDS-01': 'over', 'PDS-02': 'ok' });
      expect(Object.values(byWorker).filter((s) => s !== 'ok')).toHaveLength(3);
      for (const code of [
        'tool-missing',
        'stage-skipped',
        'stage-overdue',
        'agreement-review-overdue',
        'case-inactive',
      ])
        expect(report.summary.byCode[code as 'tool-missing'], code).toBeGreaterThan(0);
    });
  }

  it('is deterministic for a date', () => {
    expect(demoDataset('2026-11-25')).toEqual(demoDataset('2026-11-25'));
  });

  it('holds no client names: only pseudonymous ids and the standard facts', () => {
    const text = JSON.stringify(demoDataset('2026-11-25').cases);
    expect(text).not.toMatch(/"(name|firstName|surname|pesel|address)"/i);
  });
});
