// Builds the `standardy` command to plain JavaScript (dist/cli/, git-ignored): run by `npm test`,
// `npm start` and `prepare`, so the installed command starts without compiling TypeScript.
// Commands are split into chunks loaded on demand (`standardy --version` loads none of them).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { URL, fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/cli`;
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { standardy: 'cli/bin.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner: {
    // A shebang for `bin`; `require` for the few CommonJS dependencies bundled into ESM.
    js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  chunkNames: 'chunks/[name]-[hash]',
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
