import { describe, expect, it } from 'vitest';
import { demoDataset } from '../demo/demo-data.ts';
import { demoWorkerRecords } from '../demo/demo-records.ts';
import { checkCaseFile } from '../engine/check.ts';
import { compileRules } from '../engine/rules.ts';
import { parsePolicy } from '../input.ts';
import { DEMO_REGISTER_HEADER, DEMO_REGISTER_MAPPING, demoRegisterRows } from '../register/demo-register.ts';
import { importRegister } from '../register/import.ts';
import { RegisterMapping } from '../register/mapping.ts';
import { readTable } from '../register/read-table.ts';
import { toCsv } from '../register/index.ts';
import { CaseRecord } from '../schema/case-record.ts';
import { parseRecordsFile } from './records-file.ts';
import { summariseFile, teamCases } from './team.ts';

const TODAY = '2026-11-25';

describe('the demo team from the register and the workers’ records = the demo case file', () => {
  it('every case evaluates the same, and the team’s figures agree', async () => {
    const demo = demoDataset(TODAY);
    const policy = parsePolicy(demo.policy);
    if (!policy.ok) throw new Error('demo policy');
    const rules = compileRules(policy.value);
    const records = demo.cases.records.filter((r) => r.kind === 'case').map((r) => CaseRecord.parse(r));
    const mapping = RegisterMapping.parse(DEMO_REGISTER_MAPPING);
    const csv = toCsv(
      DEMO_REGISTER_HEADER,
      demoRegisterRows(records, (id) => `Klient ${id}`),
    );
    const imported = importRegister(
      await readTable(new TextEncoder().encode(csv), mapping),
      mapping,
      rules,
      TODAY,
    );
    expect(imported.errors).toEqual([]);
    const files = demoWorkerRecords(records, 'http://127.0.0.1:4310', TODAY).map((f) => {
      const parsed = parseRecordsFile(JSON.parse(JSON.stringify(f)), { rules, today: TODAY });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
      return parsed.value;
    });
    const team = teamCases({ register: { records: imported.records, asOf: TODAY }, files }, TODAY);
    expect(team.records.map((r) => r.id)).toEqual(records.map((r) => r.id).sort());
    const byId = new Map(team.records.map((r) => [r.id, r]));
    const fromSources = checkCaseFile(
      { formatVersion: 1, records: records.map((r) => byId.get(r.id)!) },
      rules,
      TODAY,
    );
    const whole = checkCaseFile({ formatVersion: 1, records }, rules, TODAY);
    expect(fromSources.cases).toEqual(whole.cases);
    expect(fromSources.completeness).toEqual(whole.completeness);
    expect(fromSources.caseload).toEqual(whole.caseload);
  });

  it('each worker’s file: its cases, all in the register, none newer, no conflicts', async () => {
    const demo = demoDataset(TODAY);
    const rules = compileRules();
    const records = demo.cases.records.filter((r) => r.kind === 'case').map((r) => CaseRecord.parse(r));
    const [first] = demoWorkerRecords(records, 'http://127.0.0.1:4310', TODAY);
    const parsed = parseRecordsFile(first, { rules, today: TODAY });
    if (!parsed.ok) throw new Error('file');
    const mine = records.filter((r) => r.socialWorker === first!.worker);
    const summary = summariseFile(parsed.value, { records, asOf: TODAY }, TODAY);
    expect(summary).toMatchObject({
      cases: mine.length,
      inRegister: mine.length,
      newer: 0,
      older: mine.length,
      conflicts: 0,
    });
    const later = summariseFile(parsed.value, { records, asOf: '2026-01-01' }, TODAY);
    expect(later.newer).toBe(mine.length);
  });
});
