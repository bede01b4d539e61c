import Dexie from 'dexie';
import type { Table } from 'dexie';
import type { CaseFacts } from './facts.ts';

/** The host's count of a list, remembered so a page without one still knows the register's size. */
export interface ListTotal {
  system: string;
  pageId: string;
  total: number;
  seenOn: string;
}

/**
 * The extension's database (extension origin, owned by the background; content scripts talk by
 * messages). Each version is declared once here; a bump adds `this.version(n)` with its upgrade and a
 * test from real old data (part 2 extends this).
 */
export const DB_NAME = 'standardy';
export const DB_VERSION = 1;

export class StandardyDb extends Dexie {
  cases!: Table<CaseFacts, [string, string]>;
  lists!: Table<ListTotal, [string, string]>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      cases: '[system+caseId], system, socialWorker, benefitsWorker',
      lists: '[system+pageId], system',
    });
  }
}
