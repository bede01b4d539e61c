import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { defineBackground } from 'wxt/utils/define-background';
import { parseWith } from '../../core/index.ts';
import { BUNDLED_ADAPTERS } from '../adapters/index.ts';
import { Adapter } from '../adapters/schema.ts';
import { StandardyDb, migrateDashboardDb } from '../lib/db.ts';
import type { DashboardItem } from '../lib/db.ts';
import { coreEntry, hostCase } from '../lib/case-sources.ts';
import { managedAdapterInputs, policyInForce, rulesOf } from '../lib/policy.ts';
import type {
  AdapterTestAnswer,
  FactsChanged,
  PanelRefresh,
  PanelView,
  ProbeRequest,
  Request,
} from '../lib/protocol.ts';
import { ChunkAssembler, receiveChunk } from '../lib/chunked.ts';
import { createRecordsService } from '../lib/records-service.ts';
import { syncContentScripts } from '../lib/registration.ts';
import { createService, localToday } from '../lib/service.ts';
import {
  customAdaptersItem,
  disabledAdaptersItem,
  managed,
  managedAdaptersItem,
  managedPolicyItem,
  managedRetentionItem,
  policyItem,
  retentionItem,
  settingsItem,
  systemsItem,
} from '../lib/settings.ts';
import { FactsStore } from '../lib/store.ts';
import { TabPages } from '../lib/tab-pages.ts';
import type { TabPage } from '../lib/tab-pages.ts';

// The background owns the database and the core; content scripts only read pages and paint.
export default defineBackground(() => {
  const db = new StandardyDb();
  const store = new FactsStore(db);
  let rules = rulesOf({ source: 'default', policy: null });
  const loadRules = () => policyInForce().then((p) => (rules = rulesOf(p)));
  const ready = loadRules().catch((e: unknown) => console.error('standardy: polityka nieczytelna', e));
  // The worker signed in to each system, as the adapters read it (the author of their entries).
  const signedIn = new Map<string, string>();
  const records = createRecordsService({
    db,
    store,
    rules: () => rules,
    today: () => localToday(),
    author: async (system) => signedIn.get(system),
    retention: async () => {
      const forced = await managed(managedRetentionItem, null);
      if (typeof forced === 'number' && forced > 0) return { days: forced, managed: true };
      return { days: (await retentionItem.getValue()).days, managed: false };
    },
  });
  const makeService = () =>
    createService({
      store,
      bundled: BUNDLED_ADAPTERS,
      customAdapters: () => customAdaptersItem.getValue(),
      managedAdapters: async () => managedAdapterInputs(await managed(managedAdaptersItem, null)),
      disabledAdapters: () => disabledAdaptersItem.getValue(),
      ownEntries: (system) => records.entriesBySystem(system),
      systems: () => systemsItem.getValue(),
      lang: async () => (await settingsItem.getValue()).lang,
      today: () => localToday(),
      rules,
    });
  let service = makeService();
  const backupParts = new ChunkAssembler();
  const tabs = new TabPages(
    storage.defineItem<Record<string, TabPage>>('session:tab-pages', { fallback: {} }),
  );

  const sync = () =>
    systemsItem
      .getValue()
      .then(syncContentScripts)
      .catch((e: unknown) => console.error('standardy: rejestracja skryptu nieudana', e));
  browser.runtime.onInstalled.addListener(() => void sync());
  browser.runtime.onStartup.addListener(() => void sync());
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());
  systemsItem.watch(() => void sync());
  for (const item of [customAdaptersItem, disabledAdaptersItem] as const) item.watch(() => service.forget());
  storage.watch('managed:adapters', () => service.forget());
  const rulesChanged = () =>
    void loadRules().then(() => {
      service = makeService();
      void refreshAll();
    });
  policyItem.watch(rulesChanged);
  managedPolicyItem.watch(rulesChanged);
  retentionItem.watch(() => void purge());

  // The toolbar button opens the side panel (Chromium) or toggles the sidebar (Firefox).
  const sidePanel = (browser as unknown as { sidePanel?: typeof chrome.sidePanel }).sidePanel;
  const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  if (sidePanel) void sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  else if (sidebar)
    (browser.action ?? browser.browserAction)?.onClicked.addListener(() => void sidebar.toggle());
  else browser.action?.onClicked.addListener(() => void browser.runtime.openOptionsPage());
  browser.tabs.onRemoved.addListener((tabId) => void tabs.closed(tabId));

  let purgedOn = '';
  async function purge(): Promise<void> {
    purgedOn = localToday();
    const n = await records.purge().catch((e: unknown) => (console.error('standardy: retencja', e), 0));
    if (n) await refreshAll();
  }
  // The dashboard's imports used to live in a database of their own: moved here once, nothing lost.
  const migrated = migrateDashboardDb(db, async (policy) => {
    if (!(await policyItem.getValue())) await policyItem.setValue({ policy, importedOn: localToday() });
  }).catch((e: unknown) => console.error('standardy: przeniesienie danych pulpitu nieudane', e));
  void ready.then(purge);

  async function dashboardState() {
    await migrated;
    const items: Record<string, DashboardItem> = {};
    for (const item of await db.dashboard.toArray()) items[item.key] = item;
    await store.flush();
    return {
      items,
      local: {
        host: (await db.cases.toArray()).map(hostCase),
        entries: (await db.entries.toArray()).map(coreEntry),
      },
      policy: await policyInForce(),
      lang: (await settingsItem.getValue()).lang,
    };
  }

  /** The side panel and the options page re-read; every tab of the systems repaints its badges. */
  const panelRefresh = () => {
    const push: PanelRefresh = { type: 'panel-refresh' };
    browser.runtime.sendMessage(push).catch(() => undefined);
  };
  async function refreshAll(system?: string): Promise<void> {
    panelRefresh();
    for (const t of await tabs.all()) {
      const origin = URL.canParse(t.url) ? new URL(t.url).origin : '';
      if (system !== undefined && origin !== system) continue;
      const facts: FactsChanged = { type: 'facts-changed', system: origin };
      browser.tabs.sendMessage(t.tabId, facts).catch(() => undefined);
    }
  }

  async function panelView(tabId: number | undefined): Promise<PanelView> {
    const lang = (await settingsItem.getValue()).lang;
    if (purgedOn !== localToday()) await purge();
    const page = tabId === undefined ? undefined : await tabs.get(tabId);
    if (!page) return { kind: 'no-page', lang };
    const adapters = await service.adapters();
    const adapter = page.adapterId ? adapters.find((a) => a.id === page.adapterId) : undefined;
    if (!adapter) return { kind: 'no-adapter', lang, url: page.url };
    if (!page.case) return { kind: 'no-case', lang, adapterName: adapter.name, url: page.url };
    const { system, caseId } = page.case;
    const view = await records.view(system, caseId);
    if (!view) return { kind: 'case-unknown', lang, caseId };
    return { kind: 'case', lang, system, caseId, adapterName: adapter.name, ...view };
  }

  async function adapterTest(tabId: number, input: unknown): Promise<AdapterTestAnswer> {
    const parsed = parseWith(Adapter, input);
    if (!parsed.ok) return parsed;
    const probe: ProbeRequest = { type: 'probe-adapter', adapter: parsed.value };
    try {
      const answer = (await browser.tabs.sendMessage(tabId, probe, { frameId: 0 })) as AdapterTestAnswer;
      return answer ?? { ok: false, problem: 'no-page' };
    } catch {
      return { ok: false, problem: 'no-tab' };
    }
  }

  browser.runtime.onMessage.addListener((message: Request, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return false;
    if ((message as { type?: string })?.type === 'panel-refresh') return false;
    const tabId = sender.tab?.id;
    const frameId = sender.frameId ?? 0;
    const answer = async (): Promise<unknown> => {
      await ready;
      switch (message.type) {
        case 'adapter-for': {
          const found = await service.adapterFor(message.url);
          if (
            tabId !== undefined &&
            (await tabs.pageOpened(tabId, frameId, message.url, found.adapter?.id ?? null))
          )
            panelRefresh();
          return found;
        }
        case 'scan': {
          if (message.page.signedIn) signedIn.set(message.page.system, message.page.signedIn.id);
          const { changedDetail, ...view } = await service.scan(message.page);
          // A detail read in an iframe (or another tab's frame) refreshes the list around it.
          if (changedDetail && tabId !== undefined) {
            const push: FactsChanged = { type: 'facts-changed', system: message.page.system };
            browser.tabs.sendMessage(tabId, push).catch(() => undefined);
          }
          if (tabId !== undefined) {
            const read = { system: message.page.system, adapterId: message.page.adapterId };
            const caseId = message.page.detail?.caseId;
            const moved = await tabs.pageRead(
              tabId,
              frameId,
              sender.url,
              caseId ? { ...read, caseId } : read,
            );
            if (moved || changedDetail) panelRefresh();
          }
          return view;
        }
        case 'panel-view':
          return panelView(message.tabId);
        case 'record-change': {
          const result = await records.change(message.system, message.caseId, message.change);
          if (result.ok) await refreshAll(message.system);
          return result;
        }
        case 'records-export':
          return records.exportAll();
        case 'records-import': {
          const result = await records.importAll(message.data);
          if (result.ok) await refreshAll();
          return result;
        }
        case 'records-import-chunk': {
          const result = await receiveChunk(backupParts, message, (data) => records.importAll(data));
          if (result.ok && !('pending' in result)) await refreshAll();
          return result;
        }
        case 'records-wipe':
          await records.wipe();
          await refreshAll();
          return { ok: true };
        case 'retention-preview':
          return records.retention();
        case 'known-tabs':
          return tabs.all();
        case 'adapter-test':
          return adapterTest(message.tabId, message.adapter);
        case 'policy-in-force':
          return policyInForce();
        case 'dashboard-state':
          return dashboardState();
        case 'dashboard-save':
          await migrated;
          await db.dashboard.put(message.item);
          return { ok: true };
        case 'dashboard-delete':
          await migrated;
          await db.dashboard.delete(message.key);
          return { ok: true };
      }
      throw new Error(`unknown message ${(message as { type?: string }).type}`);
    };
    answer().then(sendResponse, (e: unknown) => sendResponse({ error: String(e) }));
    return true;
  });
});
