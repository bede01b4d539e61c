import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Adapter, Page } from '../adapters/schema.ts';
import type { CaseBadge, Lang, OverlayView, PageRead } from '../lib/facts.ts';
import type { Answer, FactsChanged, Request } from '../lib/protocol.ts';
import { compileVocabulary, readDetail, readList, readSignedIn } from '../lib/read.ts';
import type { PageResult } from '../lib/read.ts';
import { matchPage } from '../lib/url-match.ts';
import { renderNotice } from './adapter-notice.ts';
import { createBadge, renderBadge } from './case-badges.ts';
import { createBanner, renderBanner } from './caseload-banner.ts';
import { isOurs, place } from './shadow.ts';
import type { Mounted } from './shadow.ts';

/** Event on `document` after each paint (tests and the benchmark listen; it carries no data). */
export const PAINTED_EVENT = 'standardy:painted';
/** A page that still does not match after this long gets the notice (an SPA may be mid-render). */
const NOTICE_DELAY_MS = 800;
const CONTAINER_TRIES = 15;

async function send<R extends Request>(request: R): Promise<Answer<R>> {
  const answer = (await browser.runtime.sendMessage(request)) as Answer<R> | { error: string };
  if (answer && typeof answer === 'object' && 'error' in answer) throw new Error(answer.error);
  return answer as Answer<R>;
}

/**
 * Entry of the content script (injected at document_start): ask which adapter covers this page while
 * the host's HTML is still being parsed, start once the DOM is ready; do nothing when no adapter does.
 */
export async function startOverlay(ctx: ContentScriptContext): Promise<void> {
  const ready =
    document.readyState === 'loading'
      ? new Promise<void>((done) =>
          document.addEventListener('DOMContentLoaded', () => done(), { once: true }),
        )
      : Promise.resolve();
  let answer: Answer<{ type: 'adapter-for'; url: string }>;
  try {
    answer = await send({ type: 'adapter-for', url: location.href });
  } catch {
    return;
  }
  if (!answer.adapter || !ctx.isValid) return;
  await ready;
  new Overlay(ctx, answer.adapter, answer.lang).start();
}

/** Reads the page through the adapter, watches only its container, paints what the background answers. */
class Overlay {
  private readonly vocab;
  private page: Page | undefined;
  private container: Element | undefined;
  private observer: MutationObserver | undefined;
  private readonly badges = new WeakMap<Element, Mounted>();
  private detailBadge: Mounted | undefined;
  private banner: Mounted | undefined;
  private notice: Mounted | undefined;
  private noticeTimer: number | undefined;
  private scanTimer: number | undefined;
  private seq = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly adapter: Adapter,
    private lang: Lang,
  ) {
    this.vocab = compileVocabulary(adapter.vocabulary);
  }

  start(): void {
    this.route();
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.route());
    const onMessage = (message: FactsChanged) => {
      if (message?.type === 'facts-changed' && message.system === location.origin) this.schedule();
    };
    browser.runtime.onMessage.addListener(onMessage);
    this.ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      this.clear();
    });
  }

  private route(): void {
    const page = matchPage(this.adapter, new URL(location.href));
    if (page !== this.page) this.clear();
    this.page = page;
    if (page && page.kind !== 'other') this.attach(page, 0);
  }

  /** Find the container (an SPA may render it late), then watch it and scan. */
  private attach(page: Page, attempt: number): void {
    if (this.page !== page || !this.ctx.isValid) return;
    const container = document.querySelector(page.container);
    if (!container) {
      if (attempt < CONTAINER_TRIES) this.ctx.setTimeout(() => this.attach(page, attempt + 1), 100);
      else this.mismatch('container');
      return;
    }
    if (container !== this.container) {
      this.observer?.disconnect();
      this.container = container;
      this.observer = new MutationObserver((records) => {
        // Our own badges and banners are inserted into the container: never rescan for them.
        const theirs = records.some((r) => {
          for (const n of r.addedNodes) if (!isOurs(n)) return true;
          for (const n of r.removedNodes) if (!isOurs(n)) return true;
          return false;
        });
        if (theirs) this.schedule();
      });
      this.observer.observe(container, { childList: true, subtree: true });
    }
    void this.scan();
  }

  private schedule(): void {
    if (this.scanTimer !== undefined) return;
    this.scanTimer = this.ctx.setTimeout(() => {
      this.scanTimer = undefined;
      if (this.container && !this.container.isConnected && this.page) {
        this.container = undefined;
        this.attach(this.page, 0);
      } else void this.scan();
    }, 30);
  }

  private async scan(): Promise<void> {
    const page = this.page;
    const container = this.container;
    if (!page || !container) return;
    let result: PageResult;
    try {
      result =
        page.kind === 'case-list'
          ? readList(container, page, this.vocab)
          : readDetail(container, page, this.vocab);
    } catch {
      // A selector the browser rejects is the adapter's fault, never the host's problem.
      result = { ok: false, problem: 'selector' };
    }
    if (!result.ok) return this.mismatch(result.problem);
    const read: PageRead = { adapterId: this.adapter.id, system: location.origin, pageId: page.id };
    const signedIn = readSignedIn(document, this.adapter, this.vocab);
    if (signedIn) read.signedIn = signedIn;
    if (result.list) read.list = result.list;
    if (result.detail) read.detail = result.detail;
    const seq = ++this.seq;
    let view: OverlayView;
    try {
      view = await send({ type: 'scan', page: read });
    } catch {
      return;
    }
    if (seq !== this.seq || !this.ctx.isValid || this.page !== page) return;
    this.matched();
    this.lang = view.lang;
    this.paint(page, container, result, view);
  }

  private paint(
    page: Page,
    container: Element,
    result: Extract<PageResult, { ok: true }>,
    view: OverlayView,
  ): void {
    const byId = new Map<string, CaseBadge>(view.badges.map((b) => [b.caseId, b]));
    for (const row of result.rows) {
      const badge = byId.get(row.read.caseId);
      if (!badge) continue;
      let m = this.badges.get(row.element);
      if (!m || !m.host.isConnected) {
        m = createBadge();
        if (!place(row.element, page.badge, m.host)) continue;
        this.badges.set(row.element, m);
      }
      renderBadge(m, badge, this.lang, false);
    }
    if (result.detail) {
      const badge = byId.get(result.detail.caseId);
      if (badge) {
        if (!this.detailBadge?.host.isConnected) {
          this.detailBadge = createBadge();
          place(container, page.badge, this.detailBadge.host);
        }
        renderBadge(this.detailBadge, badge, this.lang, true);
      }
    }
    if (view.banner) {
      if (!this.banner?.host.isConnected) {
        this.banner = createBanner();
        if (!place(container, page.banner ?? { position: 'prepend' }, this.banner.host))
          place(container, { position: 'prepend' }, this.banner.host);
      }
      renderBanner(this.banner, view.banner, this.lang);
    } else {
      this.banner?.host.remove();
      this.banner = undefined;
    }
    // Announce after the frame in which the badges render.
    requestAnimationFrame(() => setTimeout(() => document.dispatchEvent(new CustomEvent(PAINTED_EVENT)), 0));
  }

  private mismatch(problem: string): void {
    if (this.noticeTimer !== undefined) return;
    this.noticeTimer = this.ctx.setTimeout(() => {
      this.noticeTimer = undefined;
      if (!this.ctx.isValid || !this.page) return;
      const info = { adapter: this.adapter.name, page: this.page.id, problem };
      const fresh = !this.notice;
      this.notice = renderNotice(this.notice, this.lang, info);
      if (fresh || !this.notice.host.isConnected) document.body.append(this.notice.host);
    }, NOTICE_DELAY_MS);
  }

  private matched(): void {
    if (this.noticeTimer !== undefined) clearTimeout(this.noticeTimer);
    this.noticeTimer = undefined;
    this.notice?.host.remove();
    this.notice = undefined;
  }

  /** Leave nothing behind: on navigation away from a covered page and when the extension updates. */
  private clear(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.container = undefined;
    this.seq++;
    this.matched();
    this.banner?.host.remove();
    this.banner = undefined;
    this.detailBadge?.host.remove();
    this.detailBadge = undefined;
    for (const host of document.querySelectorAll('standardy-badge')) host.remove();
  }
}
