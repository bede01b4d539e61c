// `npm run package`: the store and enterprise packages of the browser extension (docs/deployment.md).
//   standardy-<version>-chrome.zip    Chrome Web Store and Microsoft Edge Add-ons (one MV3 package for both)
//   standardy-<version>-firefox.zip   addons.mozilla.org (listed, or unlisted for self-distribution)
//   standardy-<version>-sources.zip   the sources AMO reviewers rebuild it from (docs/amo-sources.md)
// Always a production build: no demo origin, whatever the shell has exported. For one centre:
//   STANDARDY_ORIGINS=https://opiekun.mops.example.pl npm run package       (origins granted at install)
//   STANDARDY_CRX_KEY=klucz.pem STANDARDY_UPDATE_URL=https://intranet/standardy/updates.xml npm run package
//     also writes standardy-<version>-chrome.crx and updates.xml for a self-hosted force-install.
// Options: --out DIR (default dist/), --browsers chrome,firefox.
import { execFileSync } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildEnvError, buildTarget } from './build-env.ts';
import { CHROMIUM } from '../test/support/chromium.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BROWSERS = ['chrome', 'firefox'] as const;
export type PackageBrowser = (typeof BROWSERS)[number];

export interface PackageOptions {
  out: string;
  browsers: readonly PackageBrowser[];
  env: Record<string, string | undefined>;
}

export interface PackageResult {
  version: string;
  files: string[];
  extensionId?: string;
}

/** The Chromium extension id of a signing key: SHA-256 of its public key, first 32 hex digits as a–p. */
export function extensionIdOf(privateKeyPem: string): string {
  const der = createPublicKey(privateKeyPem).export({ type: 'spki', format: 'der' });
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

/** The update manifest Chrome and Edge poll for a self-hosted extension (ExtensionInstallForcelist id;URL). */
export function updateManifest(id: string, version: string, crxUrl: string): string {
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/</g, '&lt;');
  return `<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${attr(id)}'>
    <updatecheck codebase='${attr(crxUrl)}' version='${attr(version)}' />
  </app>
</gupdate>
`;
}

function parseArgs(argv: readonly string[]): Omit<PackageOptions, 'env'> {
  let out = join(ROOT, 'dist');
  let browsers: PackageBrowser[] = [...BROWSERS];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg}: brak wartości / missing value`);
      return v;
    };
    if (arg === '--out') out = resolve(value());
    else if (arg === '--browsers') {
      const list = value().split(',');
      const unknown = list.filter((b) => !(BROWSERS as readonly string[]).includes(b));
      if (unknown.length)
        throw new Error(`--browsers: nieznane ${unknown.join(', ')} (chrome, firefox) / unknown browsers`);
      browsers = list as PackageBrowser[];
    } else throw new Error(`${arg}: nieznana opcja (--out DIR, --browsers chrome,firefox) / unknown option`);
  }
  return { out, browsers };
}

/** The environment without what a test runner or a dev shell sets for itself (NODE_ENV, VITEST_*). */
export function cleanEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(
      ([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST') && !k.startsWith('STANDARDY_'),
    ),
  );
}

/** A child process whose output is shown only when it fails (the bundler's notes are noise otherwise). */
function run(
  cmd: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number },
) {
  try {
    execFileSync(cmd, args, { ...options, stdio: 'pipe' });
  } catch (e) {
    const out = e as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(
      `${cmd} ${args.join(' ')}: ${String(e)}\n${out.stdout?.toString() ?? ''}${out.stderr?.toString() ?? ''}`,
    );
  }
}

/** Build and zip; returns the files written. Throws BuildEnvError for a wrong setting, before building. */
export function packageExtension({ out, browsers, env }: PackageOptions): PackageResult {
  if (env.STANDARDY_DEMO)
    throw new BuildEnvError([
      'STANDARDY_DEMO: pakiety są zawsze produkcyjne, bez systemu demonstracyjnego — usuń tę zmienną / packages are always production builds without the demo system: unset it',
    ]);
  const target = buildTarget(env);
  const keyPath = env.STANDARDY_CRX_KEY?.trim() || undefined;
  if (keyPath && !existsSync(keyPath))
    throw new BuildEnvError([`STANDARDY_CRX_KEY „${keyPath}”: nie ma takiego pliku / no such file`]);
  // Exactly the settings given, whatever else the shell exported (wxt.config.ts reads them again); a
  // NODE_ENV left by a test runner would bundle React's development build.
  const childEnv = {
    ...cleanEnv(process.env),
    NODE_ENV: 'production',
    STANDARDY_ORIGINS: env.STANDARDY_ORIGINS ?? '',
    STANDARDY_FIREFOX_ID: env.STANDARDY_FIREFOX_ID ?? '',
    STANDARDY_UPDATE_URL: env.STANDARDY_UPDATE_URL ?? '',
    STANDARDY_DEMO: '',
    STANDARDY_OUT_DIR: out,
  };
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string })
    .version;
  const files: string[] = [];
  for (const browser of browsers) {
    // WXT builds into <out>/<browser>-mv?/ and zips beside it; Firefox also gets the sources zip.
    run('npx', ['wxt', 'zip', '-b', browser], { cwd: ROOT, env: childEnv });
    files.push(join(out, `standardy-${version}-${browser}.zip`));
    if (browser === 'firefox') files.push(join(out, `standardy-${version}-sources.zip`));
  }
  let extensionId: string | undefined;
  if (keyPath && browsers.includes('chrome')) {
    const key = readFileSync(keyPath, 'utf8');
    extensionId = extensionIdOf(key);
    // Chromium packs a copy (it writes <dir>.crx beside the directory it packs).
    const work = mkdtempSync(join(tmpdir(), 'standardy-crx-'));
    try {
      cpSync(join(out, 'chrome-mv3'), join(work, 'standardy'), { recursive: true });
      run(
        CHROMIUM,
        [
          '--headless',
          '--no-sandbox',
          `--pack-extension=${join(work, 'standardy')}`,
          `--pack-extension-key=${resolve(keyPath)}`,
          '--no-message-box',
          `--user-data-dir=${join(work, 'profile')}`,
        ],
        { timeout: 120_000 },
      );
      const crx = join(out, `standardy-${version}-chrome.crx`);
      renameSync(join(work, 'standardy.crx'), crx);
      files.push(crx);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    if (target.updateUrl) {
      const crxUrl = new URL(`standardy-${version}-chrome.crx`, target.updateUrl).href;
      const xml = join(out, 'updates.xml');
      writeFileSync(xml, updateManifest(extensionId, version, crxUrl));
      files.push(xml);
    }
  }
  for (const f of files)
    if (!existsSync(f)) throw new Error(`brak pliku po budowaniu / missing after the build: ${f}`);
  return { version, files, ...(extensionId ? { extensionId } : {}) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const options = { ...parseArgs(process.argv.slice(2)), env: process.env };
    const target = buildTarget(options.env);
    const result = packageExtension(options);
    const mb = (f: string) => `${(statSync(f).size / 1024).toFixed(0)} KB`;
    const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
    console.log(`\nstandardy ${result.version} — pakiety / packages (${options.out}):`);
    for (const f of result.files)
      console.log(`  ${f.slice(options.out.length + 1)}  ${mb(f)}  sha256 ${sha(f)}`);
    console.log(
      target.hostPermissions.length
        ? `Systemy ośrodka (uprawnienia przy instalacji) / the centre's systems: ${target.hostPermissions.join(', ')}`
        : 'Bez adresów systemów: dostęp nadaje użytkownik albo STANDARDY_ORIGINS / no origins at install',
    );
    console.log(`Firefox id: ${target.firefoxId}`);
    if (result.extensionId) console.log(`Chrome/Edge id (klucz / key): ${result.extensionId}`);
    console.log('Wdrożenie / deployment: docs/deployment.md');
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(e instanceof BuildEnvError ? 2 : 1);
  }
}
