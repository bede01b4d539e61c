import type { KnownTab } from './protocol.ts';

/** What the background knows of a tab: the URL its content script reported, and the case it shows. */
export interface TabPage {
  url: string;
  adapterId: string | null;
  case?: { system: string; caseId: string; frameId: number };
}

interface Item {
  getValue(): Promise<Record<string, TabPage>>;
  setValue(v: Record<string, TabPage>): Promise<void>;
}

/**
 * Which case each tab shows, so the side panel can follow the active tab. Kept in storage.session (the
 * service worker may stop between messages; a browser restart forgets it, and pages are read again).
 */
export class TabPages {
  private readonly map: Promise<Map<number, TabPage>>;
  private writes: Promise<unknown> = Promise.resolve();

  constructor(private readonly item: Item) {
    this.map = item
      .getValue()
      .catch(() => ({}))
      .then((o) => new Map(Object.entries(o).map(([k, v]) => [Number(k), v])));
  }

  /** A top frame asked which adapter covers its URL: a new page in the tab (any case it showed is gone). */
  async pageOpened(tabId: number, frameId: number, url: string, adapterId: string | null): Promise<boolean> {
    if (frameId !== 0) return false;
    return this.set(tabId, { url, adapterId });
  }

  /** A frame read a page: a detail page makes its case the tab's case; a top-frame list clears its own. */
  async pageRead(
    tabId: number,
    frameId: number,
    url: string | undefined,
    read: { system: string; adapterId: string; caseId?: string },
  ): Promise<boolean> {
    const prev = (await this.map).get(tabId);
    const base: TabPage = prev ?? { url: url ?? read.system, adapterId: read.adapterId };
    if (read.caseId !== undefined)
      return this.set(tabId, { ...base, case: { system: read.system, caseId: read.caseId, frameId } });
    if (frameId === 0 && prev?.case?.frameId === 0) {
      const { case: _gone, ...rest } = prev;
      return this.set(tabId, rest);
    }
    return false;
  }

  async closed(tabId: number): Promise<void> {
    const map = await this.map;
    if (map.delete(tabId)) this.save(map);
  }

  async get(tabId: number): Promise<TabPage | undefined> {
    return (await this.map).get(tabId);
  }

  async all(): Promise<KnownTab[]> {
    return [...(await this.map)].map(([tabId, p]) => ({ tabId, url: p.url, adapterId: p.adapterId }));
  }

  private async set(tabId: number, page: TabPage): Promise<boolean> {
    const map = await this.map;
    if (JSON.stringify(map.get(tabId)) === JSON.stringify(page)) return false;
    map.set(tabId, page);
    this.save(map);
    return true;
  }

  private save(map: Map<number, TabPage>): void {
    const snapshot = Object.fromEntries(map);
    this.writes = this.writes.then(() => this.item.setValue(snapshot)).catch(() => undefined);
  }
}
