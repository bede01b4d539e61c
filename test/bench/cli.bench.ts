// Start-up of the built `standardy` command against bare Node (same machine, same run, interleaved):
// `standardy --version` and `standardy standards` vs `node -e 0`, median of 9 runs each. Goal: ≤ 3×.
// Also: `doc check` on a .docx whose document.xml is 1 MB of unclosed `<` (goal: an error in < 1 s).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docxWith } from '../support/hostile-files.ts';
import { report } from './harness.ts';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'dist/cli/standardy.js');

function wall(args: string[]): number {
  const t = performance.now();
  const r = spawnSync('node', args, { stdio: 'ignore' });
  const ms = performance.now() - t;
  if (r.status !== 0 && args[1] !== 'doc') throw new Error(`node ${args.join(' ')} exited ${r.status}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<void> {
  execFileSync('node', [join(root, 'scripts/build-cli.mjs')], { stdio: 'inherit' });
  const runs = { node: [] as number[], version: [] as number[], standards: [] as number[] };
  // One warm-up each (file cache), then interleaved so load from other processes hits all three alike.
  wall(['-e', '0']);
  wall([bin, '--version']);
  wall([bin, 'standards']);
  for (let i = 0; i < 9; i++) {
    runs.node.push(wall(['-e', '0']));
    runs.version.push(wall([bin, '--version']));
    runs.standards.push(wall([bin, 'standards']));
  }
  const node = median(runs.node);
  const version = median(runs.version) / node;
  const standards = median(runs.standards) / node;
  report('cli.node_e0', node, 'ms', 1);
  report('cli.version', median(runs.version), 'ms', 1);
  report('cli.standards', median(runs.standards), 'ms', 1);
  report('cli.version_vs_node', version, 'x');
  report('cli.standards_vs_node', standards, 'x');
  report('cli.start_vs_node', Math.max(version, standards), 'x');

  const dir = mkdtempSync(join(tmpdir(), 'standardy-bench-'));
  try {
    const doc = join(dir, 'unclosed.docx');
    writeFileSync(doc, docxWith({ 'word/document.xml': '<w:document><w:body>' + '<'.repeat(1 << 20) }));
    const times = Array.from({ length: 5 }, () => wall([bin, 'doc', 'check', doc]));
    report('cli.doc_check_unclosed_1mb', median(times), 'ms', 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
