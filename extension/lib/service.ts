import { buildCase, compileRules } from '../../core/index.ts';
import type { CaseEntry, Rules } from '../../core/index.ts';
import { Adapter } from '../adapters/schema.ts';
import { badgeFor, caseloadBannerFor } from './evaluate.ts';
import type { CaseBadge, CaseFacts, Lang, OverlayView, PageRead } from './facts.ts';
import { PageReadSchema } from './facts-schema.ts';
import type { AdapterForAnswer } from './protocol.ts';
import type { SystemConfig } from './settings.ts';
import { hostCase } from './case-sources.ts';
import type { FactsStore } from './store.ts';
import { adapterCovers } from './url-match.ts';

export { localToday } from './today.ts';

export interface ServiceDeps {
  store: FactsStore;
  bundled: readonly Adapter[];
  customAdapters: () => Promise<unknown[]>;
  systems: () => Promise<SystemConfig[]>;
  lang: () => Promise<Lang>;
  today: () => string;
  rules?: Rules;
  /** Adapters a centre's IT set through enterprise policy (storage.managed), validated like imported ones. */
  managedAdapters?: () => Promise<unknown[]>;
  /** Adapter ids switched off in the options page. */
  disabledAdapters?: () => Promise<string[]>;
  /** The worker's own entries of a system's cases (side panel), built with the host's facts. */
  ownEntries?: (system: string) => Promise<Map<string, CaseEntry[]>>;
}

/** The background's answers to the content scripts; no browser API here, so it is tested in Node. */
export function createService(deps: ServiceDeps) {
  const rules = deps.rules ?? compileRules();

  let cached: Promise<Adapter[]> | undefined;
  /** Parsed once; `forget()` when the imported adapters change. */
  function adapters(): Promise<Adapter[]> {
    cached ??= Promise.all([
      deps.customAdapters(),
      deps.managedAdapters?.() ?? [],
      deps.disabledAdapters?.() ?? [],
    ]).then(([inputs, managed, disabled]) => {
      const custom: Adapter[] = [];
      // An invalid adapter is skipped; the others keep working (the options page names its errors).
      for (const input of [...managed, ...inputs]) {
        const parsed = Adapter.safeParse(input);
        if (parsed.success && !custom.some((a) => a.id === parsed.data.id)) custom.push(parsed.data);
      }
      const off = new Set(disabled);
      return [...deps.bundled, ...custom].filter((a) => !off.has(a.id));
    });
    return cached;
  }
  const forget = () => (cached = undefined);

  async function adapterFor(href: string): Promise<AdapterForAnswer> {
    const url = new URL(href);
    const all = await adapters();
    const configured = (await deps.systems()).find((s) => new URL(s.origin).origin === url.origin);
    const adapter =
      (configured && all.find((a) => a.id === configured.adapterId)) ??
      all.find((a) => adapterCovers(a, url)) ??
      null;
    return { adapter, lang: await deps.lang() };
  }

  /** Remember what a page showed and answer with its badges and caseload banner. */
  async function scan(input: unknown): Promise<OverlayView & { changedDetail: boolean }> {
    const page: PageRead = PageReadSchema.parse(input);
    const today = deps.today();
    const { store } = deps;
    const badges: CaseBadge[] = [];
    const own = (await deps.ownEntries?.(page.system)) ?? new Map<string, CaseEntry[]>();
    let changedDetail = false;
    if (page.detail) {
      const before = JSON.stringify(
        (await store.get(page.system, page.detail.caseId))?.detail?.documents ?? null,
      );
      const [facts] = await store.remember(page.system, page.adapterId, [page.detail], today, true);
      changedDetail = before !== JSON.stringify(facts!.detail?.documents ?? null);
      badges.push(badgeFor(page.detail, facts, rules, today, true, own.get(page.detail.caseId)));
    }
    const view: OverlayView & { changedDetail: boolean } = { lang: await deps.lang(), badges, changedDetail };
    if (page.list) {
      const list = page.list;
      const facts = await store.remember(page.system, page.adapterId, list.rows, today, false);
      list.rows.forEach((row, i) =>
        badges.push(badgeFor(row, facts[i], rules, today, false, own.get(row.caseId))),
      );
      if (list.scope === 'team' && list.total !== undefined)
        await store.setTotal(page.system, page.pageId, list.total, today);
      const registerTotal = list.scope === 'team' ? await store.totalOf(page.system, page.pageId) : undefined;
      // A case the worker suspended or closed in the side panel counts as the case builder says.
      const statusOf = (f: CaseFacts) => {
        const entries = own.get(f.caseId);
        if (!entries) return f.status;
        return buildCase(f.caseId, { host: hostCase(f), entries }, today)?.record.state.status ?? f.status;
      };
      const banner = caseloadBannerFor(
        list,
        page.signedIn,
        await store.casesOf(page.system),
        registerTotal,
        rules,
        statusOf,
      );
      if (banner) view.banner = banner;
    }
    return view;
  }

  return { adapters, adapterFor, scan, forget };
}
