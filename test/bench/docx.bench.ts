// Generate 1,000 cooperation agreements against 1,000 minimal one-paragraph documents (same library, same run).
// Goal: docx.agreement_vs_minimal ≤ 2.
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { demoTemplateData, renderDocx } from '../../templates/index.ts';
import { report } from './harness.ts';

export async function run(): Promise<void> {
  const N = 1_000;
  const demo = demoTemplateData('cooperation-agreement', '2026-11-25');
  const data = Array.from({ length: N }, (_, i) => ({
    ...demo,
    caseId: `2026/PS/${String(i + 1).padStart(4, '0')}`,
  }));
  let bytes = 0;
  const minimal = async () => {
    for (let i = 0; i < N; i++) {
      const doc = new Document({
        sections: [{ children: [new Paragraph({ children: [new TextRun(`Dokument ${i}`)] })] }],
      });
      bytes += (await Packer.toArrayBuffer(doc)).byteLength;
    }
  };
  const agreements = async () => {
    for (const d of data)
      bytes += (await renderDocx('cooperation-agreement', d, { institutionName: 'MOPR (demo)' })).length;
  };
  // Warm up both paths, then time each over the full 1,000, alternating, best of three. The ratio uses
  // this process's CPU time: other processes on a shared machine stretch wall time, not CPU time.
  await renderDocx('cooperation-agreement', data[0]);
  await Packer.toArrayBuffer(new Document({ sections: [{ children: [new Paragraph('x')] }] }));
  const time = async (fn: () => Promise<void>) => {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(cpu);
    return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
  };
  const runs = {
    minimal: [] as { wall: number; cpu: number }[],
    agreements: [] as { wall: number; cpu: number }[],
  };
  for (let i = 0; i < 3; i++) {
    runs.minimal.push(await time(minimal));
    runs.agreements.push(await time(agreements));
  }
  const best = (r: { wall: number; cpu: number }[], k: 'wall' | 'cpu') => Math.min(...r.map((x) => x[k]));
  const minimalMs = best(runs.minimal, 'wall');
  const agreementMs = best(runs.agreements, 'wall');
  if (bytes < 0) console.log(bytes);
  report('docx.agreements_per_s', (N / agreementMs) * 1000, 'documents/s', 1);
  report('docx.minimal_per_s', (N / minimalMs) * 1000, 'documents/s', 1);
  report('docx.agreement_vs_minimal', best(runs.agreements, 'cpu') / best(runs.minimal, 'cpu'), 'x');
  report('docx.agreement_vs_minimal_wall', agreementMs / minimalMs, 'x');
}
