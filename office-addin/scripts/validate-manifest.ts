// Offline validation of office-addin/manifest.xml (`office-addin-manifest validate` on XML calls a remote
// service): 1. our structural check of the XML, 2. office-addin-manifest-converter to the unified JSON
// manifest, 3. office-addin-manifest's validation of that JSON against its bundled schemas.
// Usage: npx tsx office-addin/scripts/validate-manifest.ts [manifest.xml]   (exit 1 on any problem)
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { convert } from 'office-addin-manifest-converter';
import { validateManifest } from 'office-addin-manifest';
import { REQUIRED_WORD_API } from '../pane/src/word-api.ts';

const ADDIN = fileURLToPath(new URL('..', import.meta.url));
const OFFICE_APP = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';

/** Problems in the XML manifest, each a sentence; empty when it is sound. */
export function checkManifestXml(xml: string, options: { paneDirs?: string[] } = {}): string[] {
  const problems: string[] = [];
  const parseErrors: string[] = [];
  const doc = new DOMParser({
    errorHandler: (level: string, msg: string) => {
      if (level !== 'warning') parseErrors.push(msg);
    },
  }).parseFromString(xml, 'text/xml');
  if (parseErrors.length || !doc.documentElement) return [`XML does not parse: ${parseErrors.join('; ')}`];
  const root = doc.documentElement;
  const all = (name: string, ns = OFFICE_APP): Element[] => Array.from(doc.getElementsByTagNameNS(ns, name));
  const one = (name: string): Element | undefined => {
    const found = Array.from(root.childNodes).filter(
      (n): n is Element => n.nodeType === 1 && (n as Element).localName === name,
    );
    if (found.length !== 1) problems.push(`<${name}> must appear exactly once under <OfficeApp>`);
    return found[0];
  };
  if (root.localName !== 'OfficeApp' || root.namespaceURI !== OFFICE_APP)
    problems.push('root must be <OfficeApp> in the appforoffice/1.1 namespace');
  if (root.getAttribute('xsi:type') !== 'TaskPaneApp') problems.push('xsi:type must be TaskPaneApp');
  const id = one('Id')?.textContent?.trim() ?? '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    problems.push('Id must be a GUID');
  const version = one('Version')?.textContent?.trim() ?? '';
  if (!/^\d+(\.\d+){0,3}$/.test(version)) problems.push('Version must be n.n.n.n');
  if (one('DefaultLocale')?.textContent?.trim() !== 'pl-PL')
    problems.push('DefaultLocale must be pl-PL (Polish first)');
  for (const [name, max] of [
    ['DisplayName', 125],
    ['Description', 250],
  ] as const) {
    const el = one(name);
    if (!el) continue;
    const pl = el.getAttribute('DefaultValue') ?? '';
    if (!pl) problems.push(`${name} needs a Polish DefaultValue`);
    if (pl.length > max) problems.push(`${name} is longer than ${max} characters`);
    const en = Array.from<Element>(el.getElementsByTagNameNS(OFFICE_APP, 'Override')).find(
      (o) => o.getAttribute('Locale') === 'en-US',
    );
    if (!en?.getAttribute('Value')) problems.push(`${name} needs an en-US Override`);
    else if (en.getAttribute('Value')!.length > max)
      problems.push(`${name} (en-US) is longer than ${max} characters`);
  }
  const hosts = Array.from(one('Hosts')?.getElementsByTagNameNS(OFFICE_APP, 'Host') ?? []);
  if (hosts.length !== 1 || hosts[0]!.getAttribute('Name') !== 'Document')
    problems.push('the only host must be Document (Word)');
  const sets = all('Set').filter((s) => s.parentNode && (s.parentNode as Element).localName === 'Sets');
  const wordApi = sets.find((s) => s.getAttribute('Name') === 'WordApi');
  if (!wordApi) problems.push('Requirements must name the WordApi set');
  else if (wordApi.getAttribute('MinVersion') !== REQUIRED_WORD_API)
    problems.push(
      `WordApi MinVersion must be ${REQUIRED_WORD_API}, the lowest the add-in needs (word-api.ts)`,
    );
  if (!/^ReadWriteDocument$/.test(one('Permissions')?.textContent?.trim() ?? ''))
    problems.push('Permissions must be ReadWriteDocument (the add-in writes content controls)');
  const source = one('DefaultSettings')?.getElementsByTagNameNS(OFFICE_APP, 'SourceLocation')[0];
  if (!source?.getAttribute('DefaultValue')) problems.push('DefaultSettings needs a SourceLocation');

  // Every URL is https; every resid points at a declared resource; icons exist in the pane's public dir.
  const urls: string[] = [];
  const collect = (el: Element) => {
    for (const attr of ['DefaultValue', 'Value']) {
      const v = el.getAttribute(attr);
      if (v && /^[a-z]+:\/\//i.test(v)) urls.push(v);
    }
    for (const child of Array.from<Node>(el.childNodes)) if (child.nodeType === 1) collect(child as Element);
  };
  collect(root);
  for (const tag of all('AppDomain')) urls.push(tag.textContent?.trim() ?? '');
  for (const u of urls) if (!u.startsWith('https://')) problems.push(`URL is not https: ${u}`);
  const declared = new Set(
    [...all('Image', BT), ...all('Url', BT), ...all('String', BT)]
      .map((e) => e.getAttribute('id'))
      .filter((x): x is string => !!x),
  );
  const walk = (el: Element) => {
    const resid = el.getAttribute('resid');
    if (resid && !declared.has(resid)) problems.push(`resid "${resid}" is not declared in <Resources>`);
    if (resid && resid.length > 32) problems.push(`resid "${resid}" is longer than 32 characters`);
    for (const child of Array.from<Node>(el.childNodes)) if (child.nodeType === 1) walk(child as Element);
  };
  walk(root);
  for (const s of all('String', BT)) {
    const max = (s.parentNode as Element).localName === 'ShortStrings' ? 125 : 250;
    if ((s.getAttribute('DefaultValue') ?? '').length > max)
      problems.push(`string ${s.getAttribute('id')} too long`);
    const en = Array.from<Element>(s.getElementsByTagNameNS(BT, 'Override')).find(
      (o) => o.getAttribute('Locale') === 'en-US',
    );
    if (!en) problems.push(`string ${s.getAttribute('id')} needs an en-US Override`);
  }
  if (options.paneDirs) {
    const dirs = options.paneDirs;
    for (const u of new Set(urls)) {
      const m = /^https:\/\/[^/]+\/(.+)$/.exec(u);
      if (m && /\.(png|html)$/.test(m[1]!) && !dirs.some((d) => existsSync(join(d, m[1]!))))
        problems.push(`${u}: no file ${m[1]} in office-addin/pane or office-addin/pane/public`);
    }
  }
  return problems;
}

export async function validateManifestFile(path: string): Promise<string[]> {
  const problems = checkManifestXml(readFileSync(path, 'utf8'), { paneDirs: PANE_DIRS });
  const out = mkdtempSync(join(tmpdir(), 'standardy-manifest-'));
  try {
    await convert(path, out, false, undefined, undefined, false);
    const json = join(out, 'manifest.json');
    if (!existsSync(json)) return [...problems, 'the converter wrote no manifest.json'];
    const result = await validateManifest(json);
    if (!result.isValid)
      for (const e of result.report?.errors ?? []) problems.push(`JSON manifest: ${e.content ?? e.title}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return problems;
}

/** index.html sits in pane/, icons and help.html in pane/public/: a URL path must exist in one of them. */
const PANE_DIRS = [join(ADDIN, 'pane'), join(ADDIN, 'pane', 'public')];

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = process.argv[2] ?? join(ADDIN, 'manifest.xml');
  const problems = await validateManifestFile(path);
  if (problems.length) {
    console.error(`Manifest ${path}: ${problems.length} problem(s)`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log(`Manifest ${path}: valid (XML structure, converted JSON manifest against its schema; offline)`);
}
