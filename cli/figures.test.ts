import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseRecord, demoDataset, demoWorkerRecords } from '../core/index.ts';
import { main } from './main.ts';

async function json(...argv: string[]) {
  const out: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: () => undefined });
  expect(code).toBe(0);
  return JSON.parse(out.join('\n'));
}

const TODAY = '2026-11-25';

describe('the same figures everywhere: check --demo and audit --demo (register + the workers’ records)', () => {
  it('agree on cases, due and done requirements, completeness and findings per code', async () => {
    const check = await json('check', '--demo', '--json', '--today', TODAY);
    const audit = await json('audit', '--demo', '--json', '--today', TODAY);
    const a = audit.check;
    expect(a.summary.cases).toBe(check.summary.cases);
    for (const k of ['active', 'suspended', 'closed', 'findings', 'byCode'])
      expect(a.summary[k], k).toEqual(check.summary[k]);
    expect(a.completeness).toEqual(check.completeness);
    expect(a.caseload).toEqual(check.caseload);
    expect(check.completeness.team).toMatchObject({ due: 736, done: 622 });
  });

  it('what the register cannot count (one-off contacts) is said in the JSON, not silently equal', async () => {
    const check = await json('check', '--demo', '--json', '--today', TODAY);
    const audit = await json('audit', '--demo', '--json', '--today', TODAY);
    expect(check.summary.contacts).toBe(12);
    expect(audit.check.summary.contacts).toBe(0);
    expect(audit.notCounted.map((n: { what: string }) => n.what)).toEqual(['contacts']);
    expect(audit.sources.records).toHaveLength(8);
    expect(audit.sources.records.every((r: { conflicts: number }) => r.conflicts === 0)).toBe(true);
  });

  it('check reads a worker’s records export through the case builder', async () => {
    const records = demoDataset(TODAY)
      .cases.records.filter((r) => r.kind === 'case')
      .map((r) => CaseRecord.parse(r));
    const [file] = demoWorkerRecords(records, 'http://127.0.0.1:4310', TODAY);
    const dir = mkdtempSync(join(tmpdir(), 'standardy-figures-'));
    const path = join(dir, 'rekordy.json');
    writeFileSync(path, JSON.stringify(file));
    const check = await json('check', path, '--json', '--today', TODAY);
    expect(check.summary.cases).toBe(records.filter((r) => r.socialWorker === file!.worker).length);
  });
});
