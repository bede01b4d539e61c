import { browser } from 'wxt/browser';
import { ask } from '../lib/protocol.ts';
import type { Answer, PageRequest } from '../lib/protocol.ts';

/** The extension's pages talk to the background, which owns the database (never IndexedDB directly). */
export function request<R extends PageRequest>(r: R): Promise<Answer<R>> {
  return ask((m) => browser.runtime.sendMessage(m), r);
}

/** The tab the panel follows: `?tab=ID` (tests open the panel in a tab), else the window's active tab. */
export async function followedTab(): Promise<number | undefined> {
  const fromUrl = new URLSearchParams(location.search).get('tab');
  if (fromUrl && /^\d+$/.test(fromUrl)) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function openOptions(): void {
  void browser.runtime.openOptionsPage();
}
