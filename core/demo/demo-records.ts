import type { CaseEntry } from '../cases/entries.ts';
import type { RecordsFileV2 } from '../cases/records-file.ts';
import type { HostCase } from '../cases/sources.ts';
import type { CaseRecord } from '../schema/case-record.ts';

/**
 * The demo team's records as the workers' browsers would export them: what the host system showed of each
 * case (its case page read: identity, stage history, status, documents) and what the worker recorded in
 * the side panel, which the host does not hold (waivers, update notes, crisis, justifications, reasons,
 * benefits information, agreements and evaluations as the standard records them). Together with the demo
 * system's register they give back every demo case exactly — the test that every surface agrees.
 */
export function demoWorkerRecords(
  records: readonly CaseRecord[],
  system: string,
  today: string,
): RecordsFileV2[] {
  const byWorker = new Map<string, CaseRecord[]>();
  for (const r of records) byWorker.set(r.socialWorker, [...(byWorker.get(r.socialWorker) ?? []), r]);
  return [...byWorker]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([worker, cases]) => ({
      format: 'standardy-records',
      formatVersion: 2,
      exportedOn: today,
      worker,
      systems: [
        {
          system,
          host: cases.map((r) => hostView(r, today)),
          entries: cases.flatMap((r) => workerEntries(r, worker)),
        },
      ],
    }));
}

/** What the demo system's case page shows of a case. */
function hostView(r: CaseRecord, today: string): HostCase {
  const last = r.stageHistory[r.stageHistory.length - 1]!;
  const h: HostCase = {
    caseId: r.id,
    standard: r.standard,
    socialWorker: r.socialWorker,
    openedOn: r.openedOn,
    stage: last.stage,
    stageSince: last.enteredOn,
    status: r.state.status,
    firstSeenOn: r.openedOn,
    seenOn: today,
    detail: {
      seenOn: today,
      stageHistory: r.stageHistory.map((s) => ({ stage: s.stage, enteredOn: s.enteredOn })),
      documents: r.tools.map((t) => ({ tool: t.tool, on: t.doneOn, status: 'done' as const })),
    },
  };
  if (r.benefitsWorker !== undefined) h.benefitsWorker = r.benefitsWorker;
  if (r.state.status === 'suspended') h.statusOn = r.state.since;
  if (r.state.status === 'closed') h.statusOn = r.state.on;
  return h;
}

/** What the worker recorded in the side panel. */
function workerEntries(r: CaseRecord, by: string): CaseEntry[] {
  const out: CaseEntry[] = [];
  const base = { caseId: r.id, origin: 'worker' as const, by };
  let n = 0;
  const id = () => `demo:${r.id.replace(/\//g, '.')}:${n++}`;
  for (const s of r.stageHistory)
    if (s.justification !== undefined)
      out.push({
        ...base,
        id: id(),
        kind: 'stage',
        stage: s.stage,
        on: s.enteredOn,
        justification: s.justification,
      });
  if (r.crisis)
    out.push({ ...base, id: id(), kind: 'crisis', crisis: true, on: r.stageHistory[0]!.enteredOn });
  if (r.state.status === 'suspended')
    out.push({
      ...base,
      id: id(),
      kind: 'status',
      status: 'suspended',
      on: r.state.since,
      reason: r.state.reason,
    });
  if (r.state.status === 'closed')
    out.push({
      ...base,
      id: id(),
      kind: 'status',
      status: 'closed',
      on: r.state.on,
      closeReason: r.state.reason,
      ...(r.state.note !== undefined ? { note: r.state.note } : {}),
    });
  for (const w of r.waived)
    out.push({ ...base, id: id(), kind: 'tool', tool: w.tool, action: 'waived', on: w.on, reason: w.reason });
  for (const note of r.updateNotes)
    out.push({
      ...base,
      id: id(),
      kind: 'note',
      on: note.date,
      noSignificantChange: note.noSignificantChange,
      ...(note.summary ? { summary: note.summary } : {}),
    });
  if (r.agreement)
    out.push({
      ...base,
      id: id(),
      kind: 'agreement',
      on: r.agreement.signedOn,
      crisisVariant: r.agreement.crisisVariant,
      period: { ...r.agreement.period },
      reviewDates: [...r.agreement.reviewDates],
    });
  for (const e of r.evaluations)
    out.push({ ...base, id: id(), kind: 'evaluation', on: e.date, evaluation: e.kind });
  for (const b of r.benefitsInformation) {
    out.push({ ...base, id: id(), kind: 'benefits-info', on: b.date, form: b.form });
    if (b.clientInformedOn)
      out.push({ ...base, id: id(), kind: 'client-informed', on: b.clientInformedOn, infoOn: b.date });
  }
  return out;
}
