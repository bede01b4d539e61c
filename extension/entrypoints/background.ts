import PouchDB from 'pouchdb-browser';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { defineBackground } from 'wxt/utils/define-background';
import { inputError, parsePolicy, parseWith } from '../../core/index.ts';
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
  PolicySetAnswer,
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
import { TeamRequestError } from '../lib/team/client.ts';
import { connectSrcAllows, extensionPagesCsp, teamPermission } from '../lib/team/config.ts';
import type { TeamConfig } from '../lib/team/config.ts';
import {
  managedTeamDatabaseItem,
  managedTeamServerItem,
  teamConfigInForce,
  teamServerItem,
  teamStatusItem,
} from '../lib/team/storage.ts';
import { createTeamSync } from '../lib/team/sync.ts';
import type { TeamSignInAnswer, TeamView } from '../lib/protocol.ts';

// The background owns the database and the core; content scripts only read pages and paint.
export default defineBackground(() => {
  const db = new StandardyDb();
  const store = new FactsStore(db);
  let rules = rulesOf({ source: 'default', policy: null });
  // The centre's policy may let free text travel to the team's server (off by default).
  let shareFreeText = false;
  const loadRules = () =>
    policyInForce().then((p) => {
      shareFreeText = p.policy?.shareFreeText ?? false;
      return (rules = rulesOf(p));
    });
  const ready = loadRules().catch((e: unknown) => console.error('standardy: polityka nieczytelna', e));
  // The worker signed in to each system, as the adapters read it (the author of their entries).
  const signedIn = new Map<string, string>();
  const records = createRecordsService({
    db,
    store,
    rules: () => rules,
    today: () => localToday(),
    // The worker the host shows signed in; else the team server's user of this browser.
    author: async (system) => signedIn.get(system) ?? (await team.status()).user,
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

  // The team's server (docs/team.md): nothing at all happens until one is configured.
  const allowedByBuild = (c: TeamConfig) =>
    connectSrcAllows(extensionPagesCsp(browser.runtime.getManifest()), c.origin);
  const team = createTeamSync({
    pouch: (name, options) => new PouchDB(name, options),
    config: teamConfigInForce,
    permitted: (c) => browser.permissions.contains({ origins: [teamPermission(c)] }),
    allowedByBuild,
    db,
    records,
    shareFreeText: () => shareFreeText,
    load: () => teamStatusItem.getValue(),
    save: (s) => teamStatusItem.setValue(s),
    now: () => new Date().toISOString(),
    changed: (what) => (what === 'records' ? void refreshAll() : panelRefresh()),
  });
  const TEAM_ALARM = 'standardy-team';
  // A sleeping service worker wakes on the alarm and picks the replication up where it stopped.
  const scheduleTeam = async () => {
    const config = await teamConfigInForce();
    const alarms = (browser as unknown as { alarms?: typeof chrome.alarms }).alarms;
    if (config) await alarms?.create(TEAM_ALARM, { periodInMinutes: 0.5 });
    else await alarms?.clear(TEAM_ALARM);
    await team.ensure();
  };
  const teamRestart = () =>
    void scheduleTeam().catch((e: unknown) => console.error('standardy: serwer zespołu', e));
  (browser as unknown as { alarms?: typeof chrome.alarms }).alarms?.onAlarm.addListener((a) => {
    if (a.name === TEAM_ALARM) void team.ensure();
  });
  for (const item of [teamServerItem, managedTeamServerItem, managedTeamDatabaseItem] as const)
    item.watch(teamRestart);
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
  browser.permissions.onAdded.addListener(() => {
    void sync();
    void team.ensure();
  });
  browser.permissions.onRemoved.addListener(() => {
    void sync();
    void team.ensure();
  });
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
  void ready.then(purge).then(teamRestart);

  /** The one way a policy is imported (options page, dashboard): checked here, stored, then in force. */
  async function setPolicy(input: unknown): Promise<PolicySetAnswer> {
    if ((await policyInForce()).source === 'managed')
      return { ok: false, errors: [inputError('policy.managed')] };
    if (input === null) await policyItem.setValue(null);
    else {
      const parsed = parsePolicy(input);
      if (!parsed.ok) return parsed;
      await policyItem.setValue({ policy: input, importedOn: localToday() });
    }
    await loadRules();
    return { ok: true, inForce: await policyInForce() };
  }

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

  async function teamView(): Promise<TeamView> {
    const lang = (await settingsItem.getValue()).lang;
    const config = await teamConfigInForce();
    const status = await team.status();
    if (!config) return { lang, configured: null, status };
    return {
      lang,
      configured: {
        url: config.url,
        database: config.database,
        origin: config.origin,
        dbUrl: config.dbUrl,
        managed: config.managed,
        allowedByBuild: allowedByBuild(config),
        permitted: await browser.permissions.contains({ origins: [teamPermission(config)] }),
      },
      status,
    };
  }

  async function teamSignIn(name: string, password: string): Promise<TeamSignInAnswer> {
    try {
      const user = await team.signIn(name, password);
      return { ok: true, user: user.name, roles: user.roles };
    } catch (e) {
      if (e instanceof TeamRequestError) {
        const f = e.failure;
        return { ok: false, failure: f.kind, ...('reason' in f ? { reason: f.reason } : {}) };
      }
      return { ok: false, failure: 'server', reason: String(e) };
    }
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
            if (changedDetail && caseId) void team.changed({ system: message.page.system, caseId });
          }
          return view;
        }
        case 'panel-view':
          return panelView(message.tabId);
        case 'record-change': {
          const result = await records.change(message.system, message.caseId, message.change);
          if (result.ok) {
            await refreshAll(message.system);
            void team.changed({ system: message.system, caseId: message.caseId });
          }
          return result;
        }
        case 'records-export':
          return records.exportAll();
        case 'records-import': {
          const result = await records.importAll(message.data);
          if (result.ok) {
            await refreshAll();
            void team.changed();
          }
          return result;
        }
        case 'records-import-chunk': {
          const result = await receiveChunk(backupParts, message, (data) => records.importAll(data));
          if (result.ok && !('pending' in result)) await refreshAll();
          return result;
        }
        case 'records-wipe':
          await records.wipe();
          await team.wipeLocal();
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
        case 'policy-set':
          return setPolicy(message.policy);
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
        case 'team-view':
          return teamView();
        case 'team-sign-in':
          return teamSignIn(message.name, message.password);
        case 'team-sign-out':
          await team.signOut();
          return { ok: true };
        case 'team-retry':
          await team.ensure();
          return { ok: true };
      }
      throw new Error(`unknown message ${(message as { type?: string }).type}`);
    };
    answer().then(sendResponse, (e: unknown) => sendResponse({ error: String(e) }));
    return true;
  });
});
