import Dexie from 'dexie';
import type { Table, Transaction } from 'dexie';
import { recordEntries } from '../../core/index.ts';
import type {
  CaseEntry,
  CaseRecord,
  Policy,
  RegisterMapping,
  RowIssue,
  TimeUseEntry,
} from '../../core/index.ts';
import type { RecordsFileV2 } from '../../core/index.ts';
import type { CaseFacts } from './facts.ts';

/** The host's count of a list, remembered so a page without one still knows the register's size. */
export interface ListTotal {
  system: string;
  pageId: string;
  total: number;
  seenOn: string;
}

/** A worker's dated entry (core/cases/entries.ts) with the host system it belongs to. */
export type StoredEntry = CaseEntry & { system: string };

/** What the supervisor imported into the dashboard (ids and the standard's facts only, never names). */
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
/** The workers' records files loaded into the dashboard (a team without a server). */
export interface ImportedRecordsFiles {
  key: 'records-files';
  files: { fileName: string; importedOn: string; file: RecordsFileV2 }[];
}
export type DashboardItem = ImportedRegister | ImportedTimeUse | SavedMapping | ImportedRecordsFiles;

/**
 * The extension's one database (extension origin), owned by the background: content scripts, the side
 * panel, the options page and the dashboard talk to it by messages. Each version is declared once here; a
 * bump adds `this.version(n)` with its upgrade and a test from real old data (db.test.ts).
 *
 * v1: `cases` (what the host showed: ids and the standard's facts) and `lists` (the host's list totals).
 * v2: `records` — the standard's own record of a case kept in the side panel (one object per case);
 *     `cases.closedSince`, the day a case was first seen closed.
 * v3: `entries` — the standard's own records as dated entries with their origin (one row per fact, never
 *     overwritten: core/cases), converted from `records`, which goes; `cases.statusOn` (from closedSince)
 *     and `cases.firstSeenOn`; `dashboard` — the supervisor's imports, moved here from the separate
 *     `standardy-dashboard` database (migrateDashboardDb).
 * v4: `records` deleted (its rows became entries in v3).
 */
export const DB_NAME = 'standardy';
export const DB_VERSION = 4;

/** v1 → v2: a case the host showed closed counts as closed since it was last seen (the best date known). */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table<CaseFacts & { closedSince?: string }>('cases')
    .toCollection()
    .modify((f) => {
      if (f.status === 'closed' && f.closedSince === undefined) f.closedSince = f.seenOn;
    });
}

/** The side panel's record of a case as v2 stored it (extension/lib/records.ts before v3). */
export interface RecordV2 {
  system: string;
  caseId: string;
  rev: number;
  changedOn: string;
  base?: {
    standard: CaseRecord['standard'];
    socialWorker: string;
    benefitsWorker?: string;
    subGroup?: string;
    openedOn: string;
  };
  stageChanges: CaseRecord['stageHistory'];
  crisis: boolean;
  state?: CaseRecord['state'];
  tools: CaseRecord['tools'];
  waived: CaseRecord['waived'];
  updateNotes: CaseRecord['updateNotes'];
  agreement?: CaseRecord['agreement'];
  evaluations: CaseRecord['evaluations'];
  benefitsInformation: CaseRecord['benefitsInformation'];
}

/**
 * A v2 record as v3 entries: every dated fact keeps its date; what v2 kept undated (the crisis flag, a
 * resumed case) is dated the day the record last changed; the identity copied from the host is an
 * import-origin entry, so whatever the host shows later wins.
 */
export function entriesFromV2(r: RecordV2, newId: () => string): StoredEntry[] {
  const base = r.base ?? { standard: undefined, socialWorker: undefined, openedOn: r.changedOn };
  const record: CaseRecord = {
    kind: 'case',
    id: r.caseId,
    standard: base.standard ?? 'sw-family-children',
    socialWorker: base.socialWorker ?? 'unknown',
    openedOn: base.openedOn,
    stageHistory: r.stageChanges.length ? r.stageChanges : [{ stage: '1a', enteredOn: r.changedOn }],
    state: r.state ?? { status: 'active' },
    crisis: r.crisis,
    tools: r.tools,
    waived: r.waived,
    updateNotes: r.updateNotes,
    evaluations: r.evaluations,
    benefitsInformation: r.benefitsInformation,
    ...(r.agreement ? { agreement: r.agreement } : {}),
  };
  const out: StoredEntry[] = [];
  for (const e of recordEntries({ record, origin: 'worker', asOf: r.changedOn })) {
    if (e.kind === 'case') {
      if (!r.base) continue;
      out.push({
        ...e,
        origin: 'import',
        ...(r.base.subGroup ? { subGroup: r.base.subGroup } : {}),
        id: newId(),
        system: r.system,
      });
      continue;
    }
    if (e.kind === 'stage' && !r.stageChanges.length) continue;
    if (e.kind === 'status' && !r.state) continue;
    if (e.kind === 'status' && e.status === 'active') e.on = r.changedOn;
    if (e.kind === 'crisis') e.on = r.changedOn;
    out.push({ ...e, id: newId(), system: r.system });
  }
  return out;
}

export async function upgradeToV3(
  tx: Transaction,
  newId: () => string = () => crypto.randomUUID(),
): Promise<void> {
  await tx
    .table<CaseFacts & { closedSince?: string }>('cases')
    .toCollection()
    .modify((f) => {
      if (f.status === 'closed' && f.closedSince !== undefined) f.statusOn = f.closedSince;
      delete f.closedSince;
      f.firstSeenOn ??= f.seenOn;
    });
  const records = await tx.table<RecordV2>('records').toArray();
  const entries = records.flatMap((r) => entriesFromV2(r, newId));
  if (entries.length) await tx.table<StoredEntry>('entries').bulkAdd(entries);
}

export class StandardyDb extends Dexie {
  cases!: Table<CaseFacts, [string, string]>;
  lists!: Table<ListTotal, [string, string]>;
  entries!: Table<StoredEntry, string>;
  dashboard!: Table<DashboardItem, DashboardItem['key']>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      cases: '[system+caseId], system, socialWorker, benefitsWorker',
      lists: '[system+pageId], system',
    });
    this.version(2)
      .stores({ records: '[system+caseId], system' })
      .upgrade((tx) => upgradeToV2(tx));
    // Dexie reads a table in one version's upgrade and deletes it in a later version.
    this.version(3)
      .stores({ entries: 'id, [system+caseId], system', dashboard: 'key' })
      .upgrade((tx) => upgradeToV3(tx));
    this.version(4).stores({ records: null });
  }
}

/** The dashboard's database before v3 (a second database of its own). */
export const OLD_DASHBOARD_DB = 'standardy-dashboard';

/**
 * Move the dashboard's imports from its old database into this one, once (the background calls it at
 * start): items already here win; the old database is deleted only after the copy is written. A policy the
 * dashboard kept apart is handed to `adoptPolicy`, so the one policy in force holds it (nothing lost).
 */
export async function migrateDashboardDb(
  db: StandardyDb,
  adoptPolicy: (policy: Policy, fileName: string | undefined) => Promise<void>,
  oldName = OLD_DASHBOARD_DB,
  indexedDB?: IDBFactory,
): Promise<{ moved: number }> {
  const options = indexedDB
    ? { indexedDB, IDBKeyRange: (globalThis as { IDBKeyRange?: typeof IDBKeyRange }).IDBKeyRange }
    : undefined;
  if (!(await Dexie.exists(oldName))) return { moved: 0 };
  const old = new Dexie(oldName, options as never);
  old.version(1).stores({ items: 'key' });
  type OldItem = { key: string } & Record<string, unknown>;
  let items: OldItem[];
  try {
    items = await old.table<OldItem>('items').toArray();
  } finally {
    old.close();
  }
  let moved = 0;
  await db.transaction('rw', db.dashboard, async () => {
    for (const item of items) {
      if (item.key === 'policy') continue;
      if (await db.dashboard.get(item.key as DashboardItem['key'])) continue;
      await db.dashboard.put(item as unknown as DashboardItem);
      moved++;
    }
  });
  const policy = items.find((i) => i.key === 'policy');
  if (policy && (policy as { source?: string }).source === 'file') {
    await adoptPolicy(policy.policy as Policy, policy.fileName as string | undefined);
    moved++;
  }
  await Dexie.delete(oldName);
  return { moved };
}
