import Dexie from 'dexie';
import type { Table, Transaction } from 'dexie';
import type { CaseFacts } from './facts.ts';
import type { OwnRecord } from './records.ts';

/** The host's count of a list, remembered so a page without one still knows the register's size. */
export interface ListTotal {
  system: string;
  pageId: string;
  total: number;
  seenOn: string;
}

/**
 * The extension's database (extension origin, owned by the background; content scripts and the side
 * panel talk by messages). Each version is declared once here; a bump adds `this.version(n)` with its
 * upgrade and a test from real old data (db.test.ts).
 *
 * v1: `cases` (what the host showed: ids and the standard's facts) and `lists` (the host's list totals).
 * v2: `records` — the standard's own record of a case that the worker keeps in the side panel (tools done
 *     or waived, stage changes, notes, crisis, state, agreement, evaluations, benefits information); and
 *     `cases.closedSince`, the day a case was first seen closed (retention), filled from `seenOn`.
 */
export const DB_NAME = 'standardy';
export const DB_VERSION = 2;

/** v1 → v2: a case the host showed closed counts as closed since it was last seen (the best date known). */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table<CaseFacts>('cases')
    .toCollection()
    .modify((f) => {
      if (f.status === 'closed' && f.closedSince === undefined) f.closedSince = f.seenOn;
    });
}

export class StandardyDb extends Dexie {
  cases!: Table<CaseFacts, [string, string]>;
  lists!: Table<ListTotal, [string, string]>;
  records!: Table<OwnRecord, [string, string]>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      cases: '[system+caseId], system, socialWorker, benefitsWorker',
      lists: '[system+pageId], system',
    });
    this.version(2)
      .stores({ records: '[system+caseId], system' })
      .upgrade((tx) => upgradeToV2(tx));
  }
}
