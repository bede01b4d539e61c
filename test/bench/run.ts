// `npm run bench` runs every benchmark; `npm run bench -- NAME` runs those whose name starts with NAME.
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const dir = new URL('./', import.meta.url);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .sort();
const chosen = only.length ? benches.filter((b) => only.some((o) => b.startsWith(o))) : benches;
if (chosen.length === 0) {
  console.error(`No benchmark named ${only.join(', ')}. Available: ${benches.join(', ')}`);
  process.exit(2);
}
for (const name of chosen) {
  console.log(`# ${name}`);
  const mod = (await import(new URL(`./${name}.bench.ts`, dir).href)) as { run: () => Promise<void> };
  await mod.run();
}
