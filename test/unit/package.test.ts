// `npm run package` end to end: builds the store packages into temporary folders, unpacks them and reads them
// as the stores and browsers would (manifest, icons, sources), and packs a centre's build with Debian Chromium.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildEnvError, FIREFOX_ID } from '../../scripts/build-env.ts';
import { cleanEnv, extensionIdOf, packageExtension } from '../../scripts/package.ts';
import type { PackageResult } from '../../scripts/package.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const BUILD_TIMEOUT = 300_000;
const tmp = mkdtempSync(join(tmpdir(), 'standardy-package-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Manifest = chrome.runtime.ManifestV3 & {
  permissions?: string[];
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: unknown };
  };
};

async function unzip(file: string): Promise<JSZip> {
  return JSZip.loadAsync(readFileSync(file));
}
async function manifestOf(zip: JSZip): Promise<Manifest> {
  return JSON.parse(await zip.file('manifest.json')!.async('string')) as Manifest;
}
/** Width and height from a PNG's IHDR chunk; null when the bytes are not a PNG. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const b = Buffer.from(bytes);
  if (b.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' || b.subarray(12, 16).toString() !== 'IHDR')
    return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}
const matchesOf = (m: Manifest) => (m.content_scripts ?? []).flatMap((c) => c.matches ?? []);
const LOOPBACK = /localhost|127\.0\.0\.1/;

describe('npm run package: the production packages', () => {
  const out = join(tmp, 'production');
  let result: PackageResult;
  let chrome: JSZip;
  let firefox: JSZip;

  beforeAll(async () => {
    result = packageExtension({ out, browsers: ['chrome', 'firefox'], env: {} });
    chrome = await unzip(join(out, `standardy-${VERSION}-chrome.zip`));
    firefox = await unzip(join(out, `standardy-${VERSION}-firefox.zip`));
  }, BUILD_TIMEOUT);

  it('writes the Chrome/Edge zip, the Firefox zip and the sources zip for AMO', () => {
    expect(result.files.map((f) => f.slice(out.length + 1))).toEqual([
      `standardy-${VERSION}-chrome.zip`,
      `standardy-${VERSION}-firefox.zip`,
      `standardy-${VERSION}-sources.zip`,
    ]);
    for (const f of result.files) expect(existsSync(f), f).toBe(true);
  });

  it.each([16, 32, 48, 96, 128])('the Chrome zip has the %i px icon, a PNG of that size', async (size) => {
    const manifest = await manifestOf(chrome);
    const path = manifest.icons?.[size];
    expect(path, `icons.${size}`).toBe(`icon/${size}.png`);
    const file = chrome.file(path!);
    expect(file, path).not.toBeNull();
    expect(pngSize(await file!.async('uint8array'))).toEqual({ width: size, height: size });
  });

  it('the toolbar button has its own icon in both browsers', async () => {
    expect((await manifestOf(chrome)).action?.default_icon).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png' });
    const ff = (await manifestOf(firefox)) as Manifest & { browser_action?: { default_icon?: unknown } };
    expect(ff.browser_action?.default_icon).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png' });
  });

  it('carries no demo origin: no localhost or 127.0.0.1 in content scripts or host permissions', async () => {
    for (const zip of [chrome, firefox]) {
      const manifest = await manifestOf(zip);
      expect(matchesOf(manifest).filter((m) => LOOPBACK.test(m))).toEqual([]);
      expect((manifest.host_permissions ?? []).filter((m) => LOOPBACK.test(m))).toEqual([]);
      expect((manifest.permissions ?? []).filter((m) => LOOPBACK.test(m))).toEqual([]);
      // Nothing is granted at install: every system's origin is asked for (or given by a centre's build).
      expect(manifest.content_scripts).toBeUndefined();
      expect(manifest.host_permissions).toBeUndefined();
    }
    // The content script is still built: it is registered at run time for granted origins.
    expect(chrome.file('content-scripts/content.js')).not.toBeNull();
  });

  it("the Firefox manifest has the add-on's id, strict_min_version 140.0 and declares no data collection", async () => {
    const gecko = (await manifestOf(firefox)).browser_specific_settings?.gecko;
    expect(gecko).toEqual({
      id: FIREFOX_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(FIREFOX_ID).not.toMatch(/\.invalid$/);
  });

  it('one version everywhere: package.json, both manifests and the Word add-in manifest', async () => {
    expect(VERSION).toBe('0.2.0');
    expect((await manifestOf(chrome)).version).toBe(VERSION);
    expect((await manifestOf(firefox)).version).toBe(VERSION);
    const addin = readFileSync(join(ROOT, 'office-addin/manifest.xml'), 'utf8');
    expect(/<Version>([^<]+)<\/Version>/.exec(addin)?.[1]).toBe(`${VERSION}.0`);
  });

  it('the sources zip holds what the build reads, the reviewer notes and the licence, not tests or secrets', async () => {
    const sources = await unzip(join(out, `standardy-${VERSION}-sources.zip`));
    const names = Object.keys(sources.files);
    for (const needed of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'scripts/build-env.ts',
      'LICENSE',
      'docs/amo-sources.md',
      'extension/entrypoints/content.ts',
      'core/index.ts',
    ])
      expect(names, needed).toContain(needed);
    expect(
      names.filter((n) => /node_modules|\.test\.ts$|^test\/|^office-addin\/|^\.output|^dist\/|^\./.test(n)),
    ).toEqual([]);
  });

  it(
    'AMO reviewers rebuild exactly the submitted Firefox package from the sources zip',
    async () => {
      const src = join(tmp, 'amo-sources');
      mkdirSync(src);
      const sources = await unzip(join(out, `standardy-${VERSION}-sources.zip`));
      for (const [name, entry] of Object.entries(sources.files)) {
        if (entry.dir) continue;
        mkdirSync(join(src, name, '..'), { recursive: true });
        writeFileSync(join(src, name), await entry.async('uint8array'));
      }
      // The reviewer's `npm ci` gives the same locked packages; reuse ours instead of the network.
      symlinkSync(join(ROOT, 'node_modules'), join(src, 'node_modules'));
      const rebuilt = join(tmp, 'amo-build');
      execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], {
        cwd: src,
        // A reviewer's shell: no test runner's NODE_ENV, no STANDARDY_* settings.
        env: { ...cleanEnv(process.env), STANDARDY_OUT_DIR: rebuilt },
        stdio: 'pipe',
      });
      const submitted = Object.entries(firefox.files).filter(([, e]) => !e.dir);
      expect(submitted.length).toBeGreaterThan(10);
      for (const [name, entry] of submitted) {
        const mine = readFileSync(join(rebuilt, 'firefox-mv2', name));
        const theirs = Buffer.from(await entry.async('uint8array'));
        // Text as text, so a difference shows as a diff.
        if (/\.(png)$/.test(name)) expect(Buffer.compare(mine, theirs), name).toBe(0);
        else expect(mine.toString('utf8'), name).toBe(theirs.toString('utf8'));
      }
    },
    BUILD_TIMEOUT,
  );
});

/** The CRX3 header's crx_id (SignedData field 1 inside CrxFileHeader field 10000): Chromium's own id. */
function crxId(crx: Buffer): string {
  expect(crx.subarray(0, 4).toString()).toBe('Cr24');
  expect(crx.readUInt32LE(4)).toBe(3);
  const header = crx.subarray(12, 12 + crx.readUInt32LE(8));
  const varint = (b: Buffer, at: number): [number, number] => {
    let value = 0;
    let shift = 0;
    let i = at;
    for (;;) {
      const byte = b[i++]!;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (!(byte & 0x80)) return [value, i];
    }
  };
  const fields = (b: Buffer): Map<number, Buffer> => {
    const map = new Map<number, Buffer>();
    for (let i = 0; i < b.length;) {
      const [tag, next] = varint(b, i);
      const [length, start] = varint(b, next);
      expect(tag & 7, 'length-delimited field').toBe(2);
      map.set(Math.floor(tag / 8), b.subarray(start, start + length));
      i = start + length;
    }
    return map;
  };
  const id = fields(fields(header).get(10000)!).get(1)!;
  return [...id.toString('hex')].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

describe('npm run package for a centre (STANDARDY_ORIGINS, a self-hosted CRX)', () => {
  const out = join(tmp, 'centre');
  const keyFile = join(tmp, 'klucz.pem');
  const ORIGINS = ['https://opiekun.mops.example.pl/*', 'https://*.zasoby.mops.example.pl/*'];
  const UPDATE_URL = 'https://intranet.mops.example.pl/standardy/updates.xml';
  let result: PackageResult;
  let key: string;

  beforeAll(() => {
    key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    }) as string;
    writeFileSync(keyFile, key);
    result = packageExtension({
      out,
      browsers: ['chrome', 'firefox'],
      env: {
        STANDARDY_ORIGINS: 'https://opiekun.mops.example.pl/, https://*.zasoby.mops.example.pl',
        STANDARDY_CRX_KEY: keyFile,
        STANDARDY_UPDATE_URL: UPDATE_URL,
      },
    });
  }, BUILD_TIMEOUT);

  it("the centre's origins are install-time host permissions and content-script matches (Chrome/Edge)", async () => {
    const manifest = await manifestOf(await unzip(join(out, `standardy-${VERSION}-chrome.zip`)));
    expect(manifest.host_permissions).toEqual(ORIGINS);
    expect(matchesOf(manifest)).toEqual(ORIGINS);
    expect(manifest.content_scripts?.[0]?.js).toEqual(['content-scripts/content.js']);
    expect(JSON.stringify(manifest)).not.toMatch(LOOPBACK);
    expect((manifest as { update_url?: string }).update_url).toBe(UPDATE_URL);
  });

  it('and in Firefox (MV2: host permissions in `permissions`), with the update URL', async () => {
    const manifest = await manifestOf(await unzip(join(out, `standardy-${VERSION}-firefox.zip`)));
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'alarms', ...ORIGINS]);
    expect(matchesOf(manifest)).toEqual(ORIGINS);
    expect(manifest.browser_specific_settings?.gecko).toMatchObject({
      id: FIREFOX_ID,
      update_url: UPDATE_URL,
    });
  });

  it('Chromium packs the CRX and names it with the id of the key; updates.xml points at it', () => {
    const crx = readFileSync(join(out, `standardy-${VERSION}-chrome.crx`));
    const id = extensionIdOf(key);
    expect(id).toMatch(/^[a-p]{32}$/);
    expect(crxId(crx)).toBe(id);
    expect(result.extensionId).toBe(id);
    const xml = readFileSync(join(out, 'updates.xml'), 'utf8');
    expect(xml).toContain(`<app appid='${id}'>`);
    expect(xml).toContain(
      `<updatecheck codebase='https://intranet.mops.example.pl/standardy/standardy-${VERSION}-chrome.crx' version='${VERSION}' />`,
    );
  });
});

describe('npm run package refuses before building', () => {
  it.each([
    [{ STANDARDY_DEMO: '1' }, /STANDARDY_DEMO: pakiety są zawsze produkcyjne/],
    [{ STANDARDY_ORIGINS: 'https://opiekun.mops.example.pl/rejestr' }, /STANDARDY_ORIGINS\[0\].*bez ścieżki/],
    [
      { STANDARDY_CRX_KEY: '/nie/ma/klucza.pem' },
      /STANDARDY_CRX_KEY „\/nie\/ma\/klucza\.pem”: nie ma takiego pliku/,
    ],
  ])('%o', (env, message) => {
    const out = join(tmp, 'refused');
    expect(() => packageExtension({ out, browsers: ['chrome'], env })).toThrowError(message);
    expect(() => packageExtension({ out, browsers: ['chrome'], env })).toThrowError(BuildEnvError);
    expect(existsSync(out)).toBe(false);
  });
});
