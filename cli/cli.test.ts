import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckReport, STANDARDS, WorkloadReport } from '../core/index.ts';
import { main } from './main.ts';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'standardy-cli-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

describe('standardy standards', () => {
  it('--json lists all ten standards with their stages and tools', async () => {
    const r = await run('standards', '--json');
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out);
    expect(data.standards.map((s: { id: string }) => s.id).sort()).toEqual(STANDARDS.map((s) => s.id).sort());
    const unemployed = data.standards.find((s: { id: string }) => s.id === 'sw-unemployed');
    expect(unemployed.stages.map((s: { id: string }) => s.id)).toEqual([
      '1a',
      '1b',
      '1c',
      '2',
      '3',
      '4',
      '5',
    ]);
    const oneB = unemployed.stages.find((s: { id: string }) => s.id === '1b');
    expect(oneB.tools.map((t: { id: string }) => t.id)).toEqual([
      'os-interview-unemployed',
      'fs-genogram',
      'fs-ecomap',
      'fs-competence-balance',
    ]);
    const disability = data.standards.find((s: { id: string }) => s.id === 'sw-disability');
    const interview = disability.stages[1].tools.find(
      (t: { id: string }) => t.id === 'os-interview-disability',
    );
    expect(interview.alternatives).toEqual(['os-interview-family-of-disabled']);
    const kis = data.standards.find((s: { id: string }) => s.id === 'svc-kis');
    expect(kis.stages).toHaveLength(7);
  });
  it('prints a Polish catalogue by default and English with --lang en', async () => {
    expect((await run('standards')).out).toContain('Wywiad – rozpoznanie sytuacji');
    expect((await run('standards', '--lang', 'en')).out).toContain(
      'Interview – recognition of the situation',
    );
  });
});

describe('standardy check', () => {
  it('--demo --json reports missing tools, overdue stages and the over-limit workers, in the documented shape', async () => {
    const r = await run('check', '--demo', '--today', '2026-11-25', '--json');
    expect(r.code).toBe(0);
    const report = CheckReport.parse(JSON.parse(r.out));
    expect(report.summary).toMatchObject({ cases: 160, active: 137, contacts: 12 });
    expect(report.summary.byCode['tool-missing']).toBeGreaterThan(0);
    expect(report.summary.byCode['stage-overdue']).toBeGreaterThan(0);
    const over = report.caseload.findings
      .filter((f) => f.code === 'caseload-over-limit')
      .map((f) => f.workerId);
    expect(over.sort()).toEqual(['PDS-01', 'PS-01']);
    expect(
      report.caseload.findings.filter((f) => f.code === 'caseload-near-limit').map((f) => f.workerId),
    ).toEqual(['PS-02']);
  });

  it('human output groups findings by case and shows the caseload table', async () => {
    const r = await run('check', '--demo', '--today', '2026-11-25');
    expect(r.out).toContain('Ustalenia według spraw');
    expect(r.out).toContain('PONAD NORMĘ');
    expect(r.out).toMatch(/PS-01 Anna Wiśniewska\s+pracownik socjalny\s+1\s+23/);
  });

  it('evaluates a file with a policy; findings are not failure (exit 0)', async () => {
    const cases = file('cases.json', {
      formatVersion: 1,
      records: [
        {
          kind: 'case',
          id: 'A/1',
          standard: 'sw-older',
          socialWorker: 'W1',
          openedOn: '2026-01-01',
          stageHistory: [{ stage: '1a', enteredOn: '2026-01-01' }],
        },
      ],
    });
    const policy = file('policy.json', { timeFrames: { 'sw-older': { '1a': 10 } } });
    const r = await run('check', cases, '--policy', policy, '--today', '2026-01-12', '--json');
    expect(r.code).toBe(0);
    const codes = JSON.parse(r.out).cases[0].findings.map((f: { code: string }) => f.code);
    expect(codes).toContain('stage-overdue');
  });

  it('invalid input exits 2 with the path, in Polish (English with --lang en), and no stack trace', async () => {
    const bad = file('bad.json', {
      formatVersion: 1,
      records: [
        {
          kind: 'case',
          id: 'A/1',
          standard: 'sw-older',
          socialWorker: 'W1',
          openedOn: '2026-01-01',
          stageHistory: [{ stage: '9', enteredOn: '2026-01-01' }],
        },
      ],
    });
    const r = await run('check', bad, '--today', '2026-01-12');
    expect(r.code).toBe(2);
    expect(r.err).toContain('records[0].stageHistory[0].stage');
    expect(r.err).toContain('Nieprawidłowa opcja');
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
    const en = await run('check', bad, '--today', '2026-01-12', '--lang', 'en');
    expect(en.err).toContain('Invalid option');
  });

  it('a bad policy exits 2 and nothing is evaluated', async () => {
    const cases = file('ok.json', { formatVersion: 1, records: [] });
    const policy = file('bad-policy.json', { caseload: { socialWorker: 'dwadzieścia' } });
    const r = await run('check', cases, '--policy', policy, '--json');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('caseload.socialWorker');
  });

  it('broken JSON, a missing file, a bad --today and unknown flags exit 2', async () => {
    expect((await run('check', file('broken.json', '{"formatVersion": 1,'))).err).toContain(
      'niepoprawny JSON',
    );
    expect((await run('check', join(dir, 'nope.json'))).code).toBe(2);
    expect((await run('check', '--demo', '--today', '2026-02-30')).code).toBe(2);
    expect((await run('check', '--demo', '--colour')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
  });
});

describe('standardy workload', () => {
  it('--demo --json: pilot-style tables and the documentation-share finding', async () => {
    const r = await run('workload', '--demo', '--today', '2026-11-25', '--json');
    expect(r.code).toBe(0);
    const report = WorkloadReport.parse(JSON.parse(r.out));
    expect(report.socialWorkers.workers).toHaveLength(8);
    expect(report.benefitsWorkers.categories).toHaveLength(13);
    expect(report.findings.map((f) => f.workerId).sort()).toEqual(['PS-01', 'PS-03']);
  });
  it('human table in Polish', async () => {
    const r = await run('workload', '--demo', '--today', '2026-11-25');
    expect(r.out).toContain('Pracownicy socjalni – kategorie A–I');
    expect(r.out).toContain('documentation-share-high');
  });
});
