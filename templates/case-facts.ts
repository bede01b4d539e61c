import type { CaseRecord, StageId } from '../core/index.ts';

/** Facts of a core case record that several templates' prefill bindings read. Pure. */

export function currentStage(record: CaseRecord): StageId {
  return record.stageHistory[record.stageHistory.length - 1]!.stage;
}

/** The stage a case was at on a date (its last stage entered on or before it). */
export function stageOn(record: CaseRecord, date: string): StageId {
  let stage = record.stageHistory[0]!.stage;
  for (const h of record.stageHistory) if (h.enteredOn <= date) stage = h.stage;
  return stage;
}

/** The date of the latest assessment questionnaire (stage 1c): the agreement's basis (docs/standard.md §1.3). */
export function diagnosisDate(record: CaseRecord): string | undefined {
  const done = record.tools.filter((t) => t.tool === 'oo-assessment-questionnaire').map((t) => t.doneOn);
  return done.sort().at(-1);
}

/** The agreement's dates as the agreement templates name them. */
export function agreementDates(record: CaseRecord, crisis: boolean): Record<string, unknown> {
  const a = record.agreement;
  if (!a || (!crisis && a.crisisVariant)) return {};
  return {
    drawnUpOn: a.signedOn,
    periodFrom: a.period.from,
    periodTo: a.period.to,
    reviewDates: a.reviewDates.length ? [...a.reviewDates] : undefined,
  };
}
