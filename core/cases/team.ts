import type { CaseRecord } from '../schema/case-record.ts';
import { buildCase } from './build.ts';
import type { BuiltCase } from './build.ts';
import type { CaseEntry } from './entries.ts';
import type { RecordsFile } from './records-file.ts';
import type { HostCase, RecordSource } from './sources.ts';

/**
 * The team's cases from a register export and the workers' records files (or the team server's records),
 * every case built by `buildCase`: what the supervisor's dashboard and `standardy audit` evaluate. Cases
 * are matched by case id across the files' systems (a centre's register describes one system).
 */
export interface TeamInput {
  /** The register's rows as records, and the day they describe (its import day). */
  register?: { records: readonly CaseRecord[]; asOf: string };
  files?: readonly RecordsFile[];
  /** Records read elsewhere (the team server): the same shapes as a file's systems. */
  shared?: { host: readonly HostCase[]; entries: readonly CaseEntry[] };
}

/** What one records file adds to the register, shown before anything is imported. */
export interface FileSummary {
  /** Cases the file can build (with or without the register). */
  cases: number;
  /** Of those, cases the register holds too. */
  inRegister: number;
  /** Cases the file knows something about dated after the register's day. */
  newer: number;
  /** Cases in both whose facts in the file are all dated on or before the register's day. */
  older: number;
  /** Cases in both where the file alone and the register alone disagree on the stage or the status. */
  conflicts: number;
  /** Entries and host facts the file holds. */
  entries: number;
}

interface Slot {
  host?: HostCase;
  records: RecordSource[];
  entries: CaseEntry[];
}

/**
 * Every case the sources can build. A case known only from list rows (no case page read, no register row,
 * no worker's entry) is left out of the records — its tools are unknown and it would show false gaps — and
 * listed in `toolsUnknown`.
 */
export function teamCases(
  input: TeamInput,
  today: string,
  /** Build only these cases (a live view rebuilding what changed); all by default. */
  only?: ReadonlySet<string>,
): { records: CaseRecord[]; toolsUnknown: string[] } {
  const records: CaseRecord[] = [];
  const toolsUnknown: string[] = [];
  for (const [id, s] of teamSlots(input, only === undefined ? undefined : (id) => only.has(id))) {
    // A whole record and nothing else builds to itself (buildCase, tested in build.test.ts).
    if (s.register && !s.host && !s.records && !s.entries) {
      records.push(s.register);
      continue;
    }
    const built = buildSlot(id, s, input, today);
    if (!built) continue;
    if (built.toolsKnown) records.push(built.record);
    else toolsUnknown.push(id);
  }
  records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { records, toolsUnknown: toolsUnknown.sort() };
}

/**
 * One case of `teamCases`, built from the same sources by the same rules, with where each single-valued
 * fact came from (`provenance`: the dashboard's drill-down says who set the status and the stage, and when).
 */
export function teamCase(input: TeamInput, caseId: string, today: string): BuiltCase | undefined {
  const s = teamSlots(input, (id) => id === caseId).get(caseId);
  return s ? buildSlot(caseId, s, input, today) : undefined;
}

/** Every source of every case (or of the cases `only` wants), by case id. */
function teamSlots(input: TeamInput, only?: (caseId: string) => boolean): Map<string, TeamSlot> {
  // A register row alone (the common case of a 10,000-row import) waits in `register`; the arrays of the
  // other sources are made only for the cases that have them.
  const slots = new Map<string, TeamSlot>();
  const slot = (id: string) => {
    let s = slots.get(id);
    if (!s) slots.set(id, (s = {}));
    return s;
  };
  const wanted = (id: string) => only === undefined || only(id);
  if (input.register)
    for (const record of input.register.records) if (wanted(record.id)) slot(record.id).register = record;
  const addHost = (h: HostCase) => {
    if (!wanted(h.caseId)) return;
    const s = slot(h.caseId);
    // Two browsers saw the case: the later reading of the host counts.
    if (!s.host || h.seenOn > s.host.seenOn) s.host = h;
  };
  for (const f of input.files ?? [])
    for (const sys of f.systems) {
      for (const h of sys.host) addHost(h);
      for (const r of sys.records) if (wanted(r.record.id)) (slot(r.record.id).records ??= []).push(r);
      for (const e of sys.entries) if (wanted(e.caseId)) (slot(e.caseId).entries ??= []).push(e);
    }
  if (input.shared) {
    for (const h of input.shared.host) addHost(h);
    for (const e of input.shared.entries) if (wanted(e.caseId)) (slot(e.caseId).entries ??= []).push(e);
  }
  return slots;
}

function buildSlot(id: string, s: TeamSlot, input: TeamInput, today: string): BuiltCase | undefined {
  const sources: RecordSource[] = [...(s.records ?? [])];
  if (s.register) sources.push({ record: s.register, origin: 'import', asOf: input.register!.asOf });
  const entries = dedupe(s.entries ?? []);
  return buildCase(id, { ...(s.host ? { host: s.host } : {}), records: sources, entries }, today);
}

interface TeamSlot {
  register?: CaseRecord;
  host?: HostCase;
  records?: RecordSource[];
  entries?: CaseEntry[];
}

/** The same entry from two files (a worker exported twice) counts once. */
function dedupe(entries: CaseEntry[]): CaseEntry[] {
  if (entries.length < 2) return entries;
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = `${e.by ?? ''}|${e.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What a records file would add to a register (or to nothing), per the counts of `FileSummary`. */
export function summariseFile(
  file: RecordsFile,
  register: { records: readonly CaseRecord[]; asOf: string } | undefined,
  today: string,
): FileSummary {
  const inRegister = new Map((register?.records ?? []).map((r) => [r.id, r]));
  const byCase = new Map<string, Slot>();
  let entries = 0;
  for (const sys of file.systems) {
    for (const h of sys.host) {
      const s = byCase.get(h.caseId) ?? { records: [], entries: [] };
      if (!s.host || h.seenOn > s.host.seenOn) s.host = h;
      byCase.set(h.caseId, s);
      entries++;
    }
    for (const r of sys.records) {
      const s = byCase.get(r.record.id) ?? { records: [], entries: [] };
      s.records.push(r);
      byCase.set(r.record.id, s);
      entries++;
    }
    for (const e of sys.entries) {
      const s = byCase.get(e.caseId) ?? { records: [], entries: [] };
      s.entries.push(e);
      byCase.set(e.caseId, s);
      entries++;
    }
  }
  const summary: FileSummary = { cases: 0, inRegister: 0, newer: 0, older: 0, conflicts: 0, entries };
  for (const [id, s] of byCase) {
    const reg = inRegister.get(id);
    const fromFile = buildCase(
      id,
      { ...(s.host ? { host: s.host } : {}), records: s.records, entries: s.entries },
      today,
    );
    const withRegister = reg
      ? buildCase(
          id,
          {
            ...(s.host ? { host: s.host } : {}),
            records: [...s.records, { record: reg, origin: 'import', asOf: register!.asOf }],
            entries: s.entries,
          },
          today,
        )
      : fromFile;
    if (!withRegister) continue;
    summary.cases++;
    if (!reg) continue;
    summary.inRegister++;
    const latest = latestDate(s);
    if (latest > register!.asOf) summary.newer++;
    else summary.older++;
    if (fromFile) {
      const a = fromFile.record;
      if (
        a.state.status !== reg.state.status ||
        a.stageHistory.at(-1)!.stage !== reg.stageHistory.at(-1)!.stage
      )
        summary.conflicts++;
    }
  }
  return summary;
}

function latestDate(s: Slot): string {
  let latest = s.host?.seenOn ?? '';
  for (const e of s.entries) if (e.on > latest) latest = e.on;
  for (const r of s.records) if (r.asOf > latest) latest = r.asOf;
  return latest;
}
