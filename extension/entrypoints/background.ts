import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BUNDLED_ADAPTERS } from '../adapters/index.ts';
import { StandardyDb } from '../lib/db.ts';
import type { FactsChanged, Request } from '../lib/protocol.ts';
import { syncContentScripts } from '../lib/registration.ts';
import { createService, localToday } from '../lib/service.ts';
import { customAdaptersItem, settingsItem, systemsItem } from '../lib/settings.ts';
import { FactsStore } from '../lib/store.ts';

// The background owns the database and the core; content scripts only read pages and paint.
export default defineBackground(() => {
  const store = new FactsStore(new StandardyDb());
  const service = createService({
    store,
    bundled: BUNDLED_ADAPTERS,
    customAdapters: () => customAdaptersItem.getValue(),
    systems: () => systemsItem.getValue(),
    lang: async () => (await settingsItem.getValue()).lang,
    today: () => localToday(),
  });

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
  customAdaptersItem.watch(() => service.forget());
  browser.action?.onClicked.addListener(() => void browser.runtime.openOptionsPage());

  browser.runtime.onMessage.addListener((message: Request, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return false;
    const answer = async () => {
      if (message.type === 'adapter-for') return service.adapterFor(message.url);
      if (message.type === 'scan') {
        const { changedDetail, ...view } = await service.scan(message.page);
        const tabId = sender.tab?.id;
        // A detail read in an iframe (or another tab's frame) refreshes the list around it.
        if (changedDetail && tabId !== undefined) {
          const push: FactsChanged = { type: 'facts-changed', system: message.page.system };
          browser.tabs.sendMessage(tabId, push).catch(() => undefined);
        }
        return view;
      }
      throw new Error(`unknown message ${(message as { type?: string }).type}`);
    };
    answer().then(sendResponse, (e: unknown) => sendResponse({ error: String(e) }));
    return true;
  });
});
