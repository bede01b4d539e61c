import type { StandardyDb } from './db.ts';
import type { CaseFacts, CaseRead } from './facts.ts';
import { mergeRead, sameFacts } from './remember.ts';

/**
 * Remembered cases per system, cached in memory so a 1,000-row list is answered without waiting for
 * IndexedDB; writes are queued behind the answer and `flushed` in order.
 */
export class FactsStore {
  private cache = new Map<string, Promise<Map<string, CaseFacts>>>();
  private writes: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: StandardyDb) {}

  private system(system: string): Promise<Map<string, CaseFacts>> {
    let loaded = this.cache.get(system);
    if (!loaded) {
      loaded = this.db.cases
        .where('system')
        .equals(system)
        .toArray()
        .then((all) => new Map(all.map((f) => [f.caseId, f])));
      this.cache.set(system, loaded);
    }
    return loaded;
  }

  async casesOf(system: string): Promise<CaseFacts[]> {
    return [...(await this.system(system)).values()];
  }

  async get(system: string, caseId: string): Promise<CaseFacts | undefined> {
    return (await this.system(system)).get(caseId);
  }

  /** Merge what a page showed; returns the facts now remembered for those cases. */
  async remember(
    system: string,
    adapterId: string,
    reads: readonly CaseRead[],
    today: string,
    detail: boolean,
  ): Promise<CaseFacts[]> {
    const cases = await this.system(system);
    const changed: CaseFacts[] = [];
    const out = reads.map((read) => {
      const prev = cases.get(read.caseId);
      const next = mergeRead(prev, read, { system, adapterId, today, detail });
      if (!sameFacts(prev, next)) {
        cases.set(read.caseId, next);
        changed.push(next);
      }
      return next;
    });
    if (changed.length) this.queue(() => this.db.cases.bulkPut(changed));
    return out;
  }

  private totals = new Map<string, number>();

  async setTotal(system: string, pageId: string, total: number, today: string): Promise<void> {
    const key = `${system}|${pageId}`;
    if (this.totals.get(key) === total) return;
    this.totals.set(key, total);
    this.queue(() => this.db.lists.put({ system, pageId, total, seenOn: today }));
  }

  async totalOf(system: string, pageId: string): Promise<number | undefined> {
    const key = `${system}|${pageId}`;
    if (!this.totals.has(key)) {
      const stored = await this.db.lists.get([system, pageId]);
      if (stored) this.totals.set(key, stored.total);
    }
    return this.totals.get(key);
  }

  private queue(write: () => Promise<unknown>): void {
    this.writes = this.writes
      .then(write)
      .catch((e: unknown) => console.error('standardy: zapis nieudany', e));
  }

  /** Drop the in-memory copies (after an import, a wipe or a purge changed the tables underneath). */
  async forget(): Promise<void> {
    await this.writes;
    this.cache.clear();
    this.totals.clear();
  }

  /** Resolves when every queued write has reached IndexedDB. */
  flush(): Promise<unknown> {
    return this.writes;
  }
}
