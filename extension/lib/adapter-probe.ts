import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { selectorCounts } from '../adapters/selector-counts.ts';
import type { Adapter } from '../adapters/schema.ts';
import type { ProbeRequest } from './protocol.ts';
import { compileVocabulary, readDetail, readList } from './read.ts';
import { adapterCovers, matchPage } from './url-match.ts';

/** What the options page's "test this adapter on the current page" shows: each selector's count and the read. */
export function probeAdapter(adapter: Adapter, doc: Document, href: string) {
  const url = new URL(href);
  const page = matchPage(adapter, url);
  if (!page) return { url: href, pageId: null, covers: adapterCovers(adapter, url), counts: {} };
  const counts = selectorCounts(doc, page);
  const container = doc.querySelector(page.container);
  let read: unknown;
  if (container && page.kind !== 'other') {
    try {
      const vocab = compileVocabulary(adapter.vocabulary);
      const result =
        page.kind === 'case-list' ? readList(container, page, vocab) : readDetail(container, page, vocab);
      // Ids and the standard's facts only (the read never holds names): the first rows are enough to check.
      read = result.ok ? (result.detail ?? { ...result.list, rows: result.list?.rows.slice(0, 5) }) : result;
    } catch (e) {
      read = { ok: false, problem: String(e) };
    }
  }
  return { url: href, pageId: page.id, covers: adapterCovers(adapter, url), counts, read };
}

/** The content script answers the background's probe in the top frame (nothing is painted). */
export function listenForProbe(ctx: ContentScriptContext): void {
  if (window !== window.top) return;
  const onMessage = (message: ProbeRequest, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if (message?.type !== 'probe-adapter') return false;
    try {
      sendResponse({ ok: true, ...probeAdapter(message.adapter, document, location.href) });
    } catch (e) {
      sendResponse({ error: String(e) });
    }
    return false;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
