// Builds the `standardy` command to plain JavaScript (dist/cli/, git-ignored): run by `npm test`,
// `npm start` and `prepare`, so the installed command starts without compiling TypeScript.
// Commands are split into chunks loaded on demand (`standardy --version` loads none of them).
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { URL, fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/cli`;
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
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
  // The version is part of the build (reading package.json at run time needs its path).
  define: { __STANDARDY_VERSION__: JSON.stringify(version) },
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
