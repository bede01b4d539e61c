import * as z from 'zod';
import { addDays, evaluateCase, parseCaseFile, parseWith } from '../../core/index.ts';
import type { CaseRecord, InputError, Rules } from '../../core/index.ts';
import type { StandardyDb } from './db.ts';
import type { CaseFacts } from './facts.ts';
import type {
  ChangeAnswer,
  ExportAnswer,
  ImportAnswer,
  RecordsExport,
  RetentionAnswer,
  RetentionCase,
} from './protocol.ts';
import {
  RecordChange,
  applyChange,
  baseOf,
  checkRecord,
  closedOn,
  emptyRecord,
  mergedRecord,
  needsJustification,
  ownFromCaseRecord,
  unionOwn,
} from './records.ts';
import type { OwnRecord } from './records.ts';
import type { FactsStore } from './store.ts';

export interface RecordsDeps {
  db: StandardyDb;
  store: FactsStore;
  rules: () => Rules;
  today: () => string;
  /** Days a closed case is kept; null = forever. `managed` when the centre's IT set it. */
  retention: () => Promise<{ days: number | null; managed: boolean }>;
}

const err = (path: string, pl: string, en: string): InputError => ({ path, message: { pl, en } });

/** The export envelope: per system, the core's case-record file (checked by parseCaseFile). */
const ExportEnvelope = z.strictObject({
  format: z.literal('standardy-records'),
  formatVersion: z.literal(1),
  exportedOn: z.string(),
  systems: z.array(z.strictObject({ system: z.string().url().max(300), cases: z.unknown() })),
});

/**
 * The standard's own records, kept by the background (no browser API here: tested in Node with
 * fake-indexeddb). Every change is one read–apply–write transaction, so two tabs never lose an update.
 */
export function createRecordsService(deps: RecordsDeps) {
  const { db, store } = deps;

  async function caseState(system: string, caseId: string) {
    const facts = await store.get(system, caseId);
    const own = await db.records.get([system, caseId]);
    const today = deps.today();
    const record = mergedRecord(facts, own, today);
    return { facts, own, record, today };
  }

  async function view(system: string, caseId: string) {
    const { facts, own, record, today } = await caseState(system, caseId);
    if (!record) return undefined;
    const evaluation = evaluateCase(record, deps.rules(), today);
    const hostTools = (facts?.detail?.documents ?? []).map((d) => d.tool);
    const { days } = await deps.retention();
    const closed = closedOn(facts, own);
    return {
      record,
      own: own ?? null,
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
    let answer: ChangeAnswer = { ok: true };
    await db.transaction('rw', db.records, async () => {
      const today = deps.today();
      const prev = (await db.records.get([system, caseId])) ?? emptyRecord(system, caseId, today);
      const before = mergedRecord(facts, prev, today);
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
      const current = before.stageHistory.at(-1)!.stage;
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
      let next: OwnRecord;
      try {
        next = applyChange(prev, changeData, today);
      } catch (e) {
        answer = { ok: false, errors: [err('index', String(e), String(e))] };
        return;
      }
      const after = mergedRecord(facts, next, today)!;
      // Only problems this change brings are refused (the host's own data may already have some).
      const known = new Set(checkRecord(before, rules, today).map((e) => `${e.path}|${e.message.pl}`));
      const errors = checkRecord(after, rules, today).filter((e) => !known.has(`${e.path}|${e.message.pl}`));
      if (errors.length) {
        answer = { ok: false, errors };
        return;
      }
      next.base = baseOf(after);
      await db.records.put(next);
    });
    return answer;
  }

  async function ownRecordsOf(system: string): Promise<Map<string, OwnRecord>> {
    const all = await db.records.where('system').equals(system).toArray();
    return new Map(all.map((r) => [r.caseId, r]));
  }

  /** Every case a complete record can be made of: the worker's records and the host's read detail pages. */
  async function exportAll(): Promise<ExportAnswer> {
    await store.flush();
    const today = deps.today();
    const rules = deps.rules();
    const own = await db.records.toArray();
    const facts = await db.cases.toArray();
    const keys = new Map<string, { system: string; caseId: string }>();
    for (const x of [...own, ...facts.filter((f) => f.detail)])
      keys.set(`${x.system}\u0000${x.caseId}`, { system: x.system, caseId: x.caseId });
    const ownBy = new Map(own.map((r) => [`${r.system}\u0000${r.caseId}`, r]));
    const factsBy = new Map(facts.map((f) => [`${f.system}\u0000${f.caseId}`, f]));
    const bySystem = new Map<string, CaseRecord[]>();
    const skipped: ExportAnswer['skipped'] = [];
    for (const [key, { system, caseId }] of [...keys].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const record = mergedRecord(factsBy.get(key), ownBy.get(key), today);
      if (!record) continue;
      const errors = checkRecord(record, rules, today);
      if (errors.length) {
        skipped.push({ system, caseId, errors });
        continue;
      }
      bySystem.set(system, [...(bySystem.get(system) ?? []), record]);
    }
    const file: RecordsExport = {
      format: 'standardy-records',
      formatVersion: 1,
      exportedOn: today,
      systems: [...bySystem].map(([system, records]) => ({ system, cases: { formatVersion: 1, records } })),
    };
    return { file, skipped };
  }

  /** All or nothing: every system's file is checked by the core before anything is written. */
  async function importAll(data: unknown): Promise<ImportAnswer> {
    const envelope = parseWith(ExportEnvelope, data);
    if (!envelope.ok) return envelope;
    const today = deps.today();
    const rules = deps.rules();
    const errors: InputError[] = [];
    const incoming: OwnRecord[] = [];
    envelope.value.systems.forEach((s, i) => {
      const file = parseCaseFile(s.cases, { rules, today });
      if (!file.ok) {
        for (const e of file.errors)
          errors.push({ ...e, path: `systems[${i}].cases${e.path ? `.${e.path}` : ''}` });
        return;
      }
      for (const r of file.value.records)
        if (r.kind === 'case') incoming.push(ownFromCaseRecord(new URL(s.system).origin, r, today));
    });
    if (errors.length) return { ok: false, errors };
    await store.flush();
    await db.transaction('rw', db.records, async () => {
      for (const r of incoming) {
        const prev = await db.records.get([r.system, r.caseId]);
        await db.records.put(prev ? unionOwn(prev, r) : r);
      }
    });
    return { ok: true, cases: incoming.length };
  }

  async function wipe(): Promise<void> {
    await store.flush();
    await db.transaction('rw', db.records, db.cases, db.lists, async () => {
      await db.records.clear();
      await db.cases.clear();
      await db.lists.clear();
    });
    await store.forget();
  }

  async function closedCases(days: number): Promise<RetentionCase[]> {
    await store.flush();
    const own = new Map((await db.records.toArray()).map((r) => [`${r.system}\u0000${r.caseId}`, r]));
    const facts = new Map<string, CaseFacts>(
      (await db.cases.toArray()).map((f) => [`${f.system}\u0000${f.caseId}`, f]),
    );
    const out: RetentionCase[] = [];
    for (const key of new Set([...own.keys(), ...facts.keys()])) {
      const [system, caseId] = key.split('\u0000') as [string, string];
      const closed = closedOn(facts.get(key), own.get(key));
      if (closed) out.push({ system, caseId, closedOn: closed, purgeOn: addDays(closed, days) });
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
    await db.transaction('rw', db.records, db.cases, async () => {
      const keys = due.map((c) => [c.system, c.caseId] as [string, string]);
      await db.records.bulkDelete(keys);
      await db.cases.bulkDelete(keys);
    });
    await store.forget();
    return due.length;
  }

  return { view, change, ownRecordsOf, exportAll, importAll, wipe, retention, purge };
}
export type RecordsService = ReturnType<typeof createRecordsService>;
