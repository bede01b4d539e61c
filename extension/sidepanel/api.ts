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

/** Save bytes as a download from the extension page (no network: a blob URL). */
export function download(bytes: Uint8Array | string, fileName: string, type: string): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
