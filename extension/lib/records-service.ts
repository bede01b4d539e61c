import {
  addDays,
  buildCase,
  evaluateCase,
  inputMessage,
  parseRecordsFile,
  parseWith,
  recordEntries,
} from '../../core/index.ts';
import type { BuiltCase, CaseEntry, HostCase, InputError, RecordsFileV2, Rules } from '../../core/index.ts';
import type { StandardyDb, StoredEntry } from './db.ts';
import type { CaseFacts } from './facts.ts';
import type { ChangeAnswer, ExportAnswer, ImportAnswer, RetentionAnswer, RetentionCase } from './protocol.ts';
import {
  RecordChange,
  checkRecord,
  closedOn,
  entriesForChange,
  identityEntry,
  identityKnown,
  needsJustification,
  toolsRecordedByWorker,
} from './records.ts';
import type { FactsStore } from './store.ts';
import { coreEntry, hostCase } from './case-sources.ts';

export interface RecordsDeps {
  db: StandardyDb;
  store: FactsStore;
  rules: () => Rules;
  today: () => string;
  /** Days a closed case is kept; null = forever. `managed` when the centre's IT set it. */
  retention: () => Promise<{ days: number | null; managed: boolean }>;
  /** The worker signed in to the host, when an adapter read it (entries carry it as their author). */
  author?: (system: string) => Promise<string | undefined>;
  now?: () => string;
  newId?: () => string;
}

const err = (path: string, pl: string, en: string): InputError => ({ path, message: { pl, en } });

/**
 * The standard's own records, kept by the background (no browser API here: tested in Node with
 * fake-indexeddb). A change adds entries and never rewrites one, so two tabs, or a restore and a tab,
 * never lose each other's facts; every case is built by the core's `buildCase`.
 */
export function createRecordsService(deps: RecordsDeps) {
  const { db, store } = deps;
  const now = deps.now ?? (() => new Date().toISOString());
  const newId = deps.newId ?? (() => crypto.randomUUID());

  async function entriesOf(system: string, caseId: string): Promise<StoredEntry[]> {
    return db.entries.where('[system+caseId]').equals([system, caseId]).toArray();
  }

  function build(
    caseId: string,
    facts: CaseFacts | undefined,
    entries: readonly StoredEntry[],
    today: string,
  ) {
    return buildCase(
      caseId,
      { ...(facts ? { host: hostCase(facts) } : {}), entries: entries.map(coreEntry) },
      today,
    );
  }

  async function caseState(system: string, caseId: string) {
    const facts = await store.get(system, caseId);
    const entries = await entriesOf(system, caseId);
    const today = deps.today();
    return { facts, entries, built: build(caseId, facts, entries, today), today };
  }

  async function view(system: string, caseId: string) {
    const { facts, entries, built, today } = await caseState(system, caseId);
    if (!built) return undefined;
    const evaluation = evaluateCase(built.record, deps.rules(), today);
    const hostTools = (facts?.detail?.documents ?? []).map((d) => d.tool);
    const { days } = await deps.retention();
    const closed = closedOn(built);
    return {
      record: built.record,
      provenance: built.provenance,
      ownTools: toolsRecordedByWorker(entries),
      evaluation,
      hostTools,
      ...(closed && days !== null ? { purgeOn: addDays(closed, days) } : {}),
    };
  }

  async function change(system: string, caseId: string, input: unknown): Promise<ChangeAnswer> {
    const parsed = parseWith(RecordChange, input);
    if (!parsed.ok) return parsed;
    const changeData = parsed.value;
    await store.flush();
    const facts = await store.get(system, caseId);
    const rules = deps.rules();
    const by = await deps.author?.(system);
    let answer: ChangeAnswer = { ok: true };
    await db.transaction('rw', db.entries, async () => {
      const today = deps.today();
      const prev = await entriesOf(system, caseId);
      const before = build(caseId, facts, prev, today);
      if (!before) {
        answer = {
          ok: false,
          errors: [
            err(
              '',
              'Sprawa nieznana: otwórz jej kartę w systemie, by odczytać kategorię i etap.',
              'Unknown case: open its page in the system so its category and stage are read.',
            ),
          ],
        };
        return;
      }
      const current = before.record.stageHistory.at(-1)!.stage;
      if (
        changeData.kind === 'stage' &&
        needsJustification(current, changeData.stage) &&
        !changeData.justification
      ) {
        answer = {
          ok: false,
          errors: [
            err(
              'justification',
              `Przejście z etapu ${current} do ${changeData.stage} jest poza kolejnością standardu – podaj uzasadnienie.`,
              `Moving from stage ${current} to ${changeData.stage} is out of the standard order – give a justification.`,
            ),
          ],
        };
        return;
      }
      if (
        changeData.kind === 'client-informed' &&
        !before.record.benefitsInformation.some((b) => b.date === changeData.infoOn)
      ) {
        answer = {
          ok: false,
          errors: [
            err(
              'infoOn',
              'Nie ma informacji dla pracownika ds. świadczeń z tego dnia.',
              'No information to the benefits worker of that day.',
            ),
          ],
        };
        return;
      }
      const who = { system, caseId, today, at: now(), newId, ...(by ? { by } : {}) };
      const added = entriesForChange(changeData, who);
      // A fact dated after today would wait unseen (the builder applies entries on their day): refused.
      const future = added.find((e) => e.on > today);
      if (future) {
        answer = {
          ok: false,
          errors: [{ path: 'on', message: inputMessage('input.date-future', { today })! }],
        };
        return;
      }
      // The identity the host shows goes with the worker's entries, so they build the case alone (a backup,
      // the team's server) — once, and again only when the host shows something else.
      if (facts && !identityKnown(prev.map(coreEntry), before))
        added.unshift(identityEntry(before, who, facts.seenOn));
      const after = build(caseId, facts, [...prev, ...added], today)!;
      // Only problems this change brings are refused (the host's own data may already have some).
      const known = new Set(checkRecord(before.record, rules, today).map((e) => `${e.path}|${e.code}`));
      const errors = checkRecord(after.record, rules, today).filter((e) => !known.has(`${e.path}|${e.code}`));
      if (errors.length) {
        answer = { ok: false, errors };
        return;
      }
      await db.entries.bulkAdd(added);
    });
    return answer;
  }

  async function entriesBySystem(system: string): Promise<Map<string, CaseEntry[]>> {
    const out = new Map<string, CaseEntry[]>();
    for (const e of await db.entries.where('system').equals(system).toArray()) {
      const list = out.get(e.caseId);
      if (list) list.push(coreEntry(e));
      else out.set(e.caseId, [coreEntry(e)]);
    }
    return out;
  }

  /** The whole database as one records file: per system, what the host showed and the worker's entries. */
  async function exportAll(): Promise<ExportAnswer> {
    await store.flush();
    const today = deps.today();
    const systems = new Map<string, { host: HostCase[]; entries: CaseEntry[] }>();
    const slot = (system: string) => {
      let s = systems.get(system);
      if (!s) systems.set(system, (s = { host: [], entries: [] }));
      return s;
    };
    for (const f of await db.cases.toArray()) slot(f.system).host.push(hostCase(f));
    for (const e of await db.entries.toArray()) slot(e.system).entries.push(coreEntry(e));
    // The worker whose records these are, when every entry names the same author.
    const authors = new Set([...systems.values()].flatMap((s) => s.entries.map((e) => e.by)));
    const [worker] = authors;
    const file: RecordsFileV2 = {
      format: 'standardy-records',
      formatVersion: 2,
      exportedOn: today,
      ...(authors.size === 1 && worker ? { worker } : {}),
      systems: [...systems]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([system, s]) => ({ system, host: s.host, entries: s.entries })),
    };
    return {
      file,
      cases: new Set(
        [...systems].flatMap(([sys, s]) => [
          ...s.host.map((h) => `${sys}|${h.caseId}`),
          ...s.entries.map((e) => `${sys}|${e.caseId}`),
        ]),
      ).size,
    };
  }

  /**
   * All or nothing: the file is checked by the core before anything is written. What the host showed
   * replaces what is remembered only where the file saw the host later; entries are added by their id
   * (importing the same file twice adds nothing). An older file (formatVersion 1) restores as an import.
   */
  async function importAll(data: unknown): Promise<ImportAnswer> {
    const today = deps.today();
    const parsed = parseRecordsFile(data, { rules: deps.rules(), today });
    if (!parsed.ok) return parsed;
    const file = parsed.value;
    const facts: CaseFacts[] = [];
    const entries: StoredEntry[] = [];
    const cases = new Set<string>();
    for (const s of file.systems) {
      for (const h of s.host) {
        facts.push({ ...h, system: s.system, adapterId: 'import' });
        cases.add(`${s.system}|${h.caseId}`);
      }
      for (const e of s.entries) {
        entries.push({ ...e, system: s.system });
        cases.add(`${s.system}|${e.caseId}`);
      }
      for (const r of s.records) {
        const key = `${s.system}|${r.record.id}`;
        cases.add(key);
        recordEntries(r).forEach((e, n) =>
          entries.push({ ...e, id: `v1:${file.exportedOn}:${hashId(key)}:${n}`, system: s.system }),
        );
      }
    }
    await store.flush();
    await db.transaction('rw', db.entries, db.cases, async () => {
      await mergeHostFacts(facts);
      await db.entries.bulkPut(entries);
    });
    await store.forget();
    return { ok: true, cases: cases.size };
  }

  /** What the host showed, from elsewhere: replaces what is remembered only where it saw the host later. */
  async function mergeHostFacts(facts: readonly CaseFacts[]): Promise<number> {
    let changed = 0;
    for (const f of facts) {
      const prev = await db.cases.get([f.system, f.caseId]);
      if (prev && prev.seenOn >= f.seenOn) continue;
      const firstSeenOn = [prev?.firstSeenOn, f.firstSeenOn].filter((d): d is string => !!d).sort()[0];
      await db.cases.put({
        ...f,
        // Another browser's reading stays marked as such until this browser reads the case itself.
        adapterId: f.adapterId === TEAM_ADAPTER ? TEAM_ADAPTER : (prev?.adapterId ?? f.adapterId),
        ...(firstSeenOn ? { firstSeenOn } : {}),
      });
      changed++;
    }
    return changed;
  }

  /**
   * The team's records pulled from the server (team/sync.ts): entries are added by their id and never
   * replace one this browser holds (its own copy keeps the free text the server never got); what another
   * browser saw of the host counts where it saw it later (kept as adapter `team`, so it is not sent back as
   * this browser's reading). Returns how many rows changed.
   */
  async function landTeam(input: {
    host: readonly (HostCase & { system: string })[];
    entries: readonly StoredEntry[];
  }): Promise<number> {
    if (!input.host.length && !input.entries.length) return 0;
    await store.flush();
    let changed = 0;
    await db.transaction('rw', db.entries, db.cases, async () => {
      changed += await mergeHostFacts(input.host.map((h) => ({ ...h, adapterId: TEAM_ADAPTER })));
      const ids = input.entries.map((e) => e.id);
      const known = new Set((await db.entries.bulkGet(ids)).flatMap((e) => (e ? [e.id] : [])));
      const fresh = input.entries.filter((e) => !known.has(e.id));
      if (fresh.length) await db.entries.bulkAdd(fresh);
      changed += fresh.length;
    });
    if (changed) await store.forget();
    return changed;
  }

  async function wipe(): Promise<void> {
    await store.flush();
    await db.transaction('rw', db.entries, db.cases, db.lists, async () => {
      await db.entries.clear();
      await db.cases.clear();
      await db.lists.clear();
    });
    await store.forget();
  }

  /** Every case of every system, built by the core. */
  async function allCases(): Promise<{ system: string; caseId: string; built: BuiltCase }[]> {
    await store.flush();
    const today = deps.today();
    const facts = new Map((await db.cases.toArray()).map((f) => [`${f.system}\u0000${f.caseId}`, f]));
    const entries = new Map<string, StoredEntry[]>();
    for (const e of await db.entries.toArray()) {
      const key = `${e.system}\u0000${e.caseId}`;
      entries.set(key, [...(entries.get(key) ?? []), e]);
    }
    const out: { system: string; caseId: string; built: BuiltCase }[] = [];
    for (const key of new Set([...facts.keys(), ...entries.keys()])) {
      const [system, caseId] = key.split('\u0000') as [string, string];
      const built = build(caseId, facts.get(key), entries.get(key) ?? [], today);
      if (built) out.push({ system, caseId, built });
    }
    return out;
  }

  async function closedCases(days: number): Promise<RetentionCase[]> {
    const out: RetentionCase[] = [];
    for (const { system, caseId, built } of await allCases()) {
      const closed = closedOn(built);
      if (closed)
        out.push({
          system,
          caseId,
          closedOn: closed,
          closedBy: built.provenance.status.origin,
          // Adapters read no status date: a host's closing is dated by the day it was seen (remember.ts).
          closedAtLatest: built.provenance.status.origin === 'host',
          purgeOn: addDays(closed, days),
        });
    }
    return out.sort((a, b) =>
      a.purgeOn === b.purgeOn ? (a.caseId < b.caseId ? -1 : 1) : a.purgeOn < b.purgeOn ? -1 : 1,
    );
  }

  async function retention(): Promise<RetentionAnswer> {
    const { days, managed } = await deps.retention();
    return { days, managed, cases: days === null ? [] : await closedCases(days) };
  }

  /** Delete closed cases whose retention ended (on their purge day or later); returns how many. */
  async function purge(): Promise<number> {
    const { days } = await deps.retention();
    if (days === null) return 0;
    const today = deps.today();
    const due = (await closedCases(days)).filter((c) => c.purgeOn <= today);
    if (!due.length) return 0;
    await db.transaction('rw', db.entries, db.cases, async () => {
      for (const c of due) await db.entries.where('[system+caseId]').equals([c.system, c.caseId]).delete();
      await db.cases.bulkDelete(due.map((c) => [c.system, c.caseId] as [string, string]));
    });
    await store.forget();
    return due.length;
  }

  return {
    view,
    change,
    entriesBySystem,
    exportAll,
    importAll,
    landTeam,
    wipe,
    retention,
    purge,
    allCases,
  };
}
export type RecordsService = ReturnType<typeof createRecordsService>;

/** The adapter id of host facts another browser read (pulled from the team's server). */
export const TEAM_ADAPTER = 'team';

/** A short stable hash (FNV-1a) for ids made from a case id (which may hold `/`). */
export function hashId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
