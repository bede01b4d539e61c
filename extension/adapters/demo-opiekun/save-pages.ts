// Saves copies of the demo system's pages beside its adapter, with each selector's match count
// (`npx tsx extension/adapters/demo-opiekun/save-pages.ts`). A real system's pages are saved from a browser.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { BUNDLED_ADAPTERS } from '../index.ts';
import { selectorCounts } from '../selector-counts.ts';
import { startDemoHost } from '../../demo-host/server.ts';
import { matchPage } from '../../lib/url-match.ts';
import { compileVocabulary, readDetail, readList } from '../../lib/read.ts';

export const SAVED_AS_OF = '2026-11-25';
const adapter = BUNDLED_ADAPTERS.find((a) => a.id === 'demo-opiekun')!;
const PAGES: Record<string, string> = {
  'team-list.html': '/rejestr',
  'team-list-page-2.html': '/rejestr?strona=2',
  'own-list.html': '/moje?jako=PS-02',
  'own-list-benefits.html': '/moje?jako=PDS-01',
  'case-detail.html': '/sprawy/2025/PS/0001',
  'case-detail-unemployed.html': '/sprawy/2026/PS/0034#dokumenty',
  'team-list-new-layout.html': '/rejestr?uklad=nowy',
  'case-detail-new-layout.html': '/sprawy/2025/PS/0001?uklad=nowy',
};

const host = await startDemoHost({ port: 0, asOf: () => SAVED_AS_OF });
const dir = new URL('./pages/', import.meta.url);
mkdirSync(dir, { recursive: true });
const expected: Record<string, unknown> = {};
for (const [file, path] of Object.entries(PAGES)) {
  const html = await (await fetch(host.url + path)).text();
  writeFileSync(new URL(file, dir), html);
  const url = `http://127.0.0.1${path}`;
  const window = new Window({ url });
  window.document.write(html);
  const page = matchPage(adapter, new URL(url))!;
  const container = window.document.querySelector(page.container) as Element | null;
  const vocab = compileVocabulary(adapter.vocabulary);
  const read = page.kind === 'case-list' ? readList : readDetail;
  expected[file] = {
    url,
    page: page.id,
    matches: container !== null && read(container, page, vocab).ok,
    counts: selectorCounts(window.document as unknown as Document, page),
  };
  await window.happyDOM.close();
}
writeFileSync(
  new URL('expected.json', dir),
  JSON.stringify({ asOf: SAVED_AS_OF, pages: expected }, null, 2) + '\n',
);
await host.close();
console.log(JSON.stringify(expected, null, 1));
