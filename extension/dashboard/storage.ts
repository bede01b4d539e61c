import Dexie from 'dexie';
import type { Table } from 'dexie';
import type { CaseRecord, Policy, RegisterMapping, RowIssue, TimeUseEntry } from '../../core/index.ts';
import type { CaseFacts } from '../lib/facts.ts';
import { StandardyDb } from '../lib/db.ts';

/**
 * The dashboard's own database (`standardy-dashboard`, extension origin), apart from the overlay's
 * `standardy`: what the supervisor imported. Case records hold ids and the standard's facts only — the
 * import reads mapped columns, so the register's client names never reach this database.
 */
export interface ImportedRegister {
  key: 'register';
  fileName: string;
  importedOn: string;
  rowsRead: number;
  records: CaseRecord[];
  errors: RowIssue[];
}

export interface ImportedTimeUse {
  key: 'time-use';
  fileName: string;
  entries: TimeUseEntry[];
  errors: RowIssue[];
}

export interface SavedMapping {
  key: 'mapping';
  mapping: RegisterMapping;
}

export interface SavedPolicy {
  key: 'policy';
  /** `demo` = the demo centre's policy, `file` = loaded by the user. */
  source: 'demo' | 'file';
  fileName?: string;
  policy: Policy;
}

export type Saved = ImportedRegister | ImportedTimeUse | SavedMapping | SavedPolicy;

export const DASHBOARD_DB_NAME = 'standardy-dashboard';

export class DashboardDb extends Dexie {
  items!: Table<Saved, Saved['key']>;

  constructor(name = DASHBOARD_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ items: 'key' });
  }
}

export async function loadSaved(
  db: DashboardDb,
): Promise<Partial<{ [K in Saved['key']]: Extract<Saved, { key: K }> }>> {
  const out: Record<string, Saved> = {};
  for (const item of await db.items.toArray()) out[item.key] = item;
  return out;
}

/** The overlay's remembered cases, read once and the connection closed (the background owns that database). */
export async function readRememberedFacts(): Promise<CaseFacts[]> {
  const db = new StandardyDb();
  try {
    return await db.cases.toArray();
  } finally {
    db.close();
  }
}
