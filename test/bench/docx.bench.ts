// Generate 1,000 cooperation agreements against 1,000 minimal one-paragraph documents (same library, same run).
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
  // Warm up both paths, then time each once over the full 1,000 (alternating, best of two).
  await renderDocx('cooperation-agreement', data[0]);
  await Packer.toArrayBuffer(new Document({ sections: [{ children: [new Paragraph('x')] }] }));
  const time = async (fn: () => Promise<void>) => {
    const t = performance.now();
    await fn();
    return performance.now() - t;
  };
  const minimalMs = Math.min(await time(minimal), await time(minimal));
  const agreementMs = Math.min(await time(agreements), await time(agreements));
  if (bytes < 0) console.log(bytes);
  report('docx.agreements_per_s', (N / agreementMs) * 1000, 'documents/s', 1);
  report('docx.minimal_per_s', (N / minimalMs) * 1000, 'documents/s', 1);
  report('docx.agreement_vs_minimal', agreementMs / minimalMs, 'x');
}
