import { daysBetween, plDate } from '../../dates.ts';
import type { CaseRecord } from '../../schema/case-record.ts';
import { finding } from '../finding.ts';
import type { CaseRule } from './types.ts';

/** The latest dated entry of any kind: opening, stage change, tool, waiver, note, evaluation, agreement, information. */
export function lastActionOn(record: CaseRecord): string {
  // Plain loops, no helper closure: this runs for every case of every evaluation.
  let last = record.openedOn;
  for (const h of record.stageHistory) if (h.enteredOn > last) last = h.enteredOn;
  for (const t of record.tools) if (t.doneOn > last) last = t.doneOn;
  for (const w of record.waived) if (w.on > last) last = w.on;
  for (const n of record.updateNotes) if (n.date > last) last = n.date;
  for (const e of record.evaluations) if (e.date > last) last = e.date;
  if (record.agreement && record.agreement.signedOn > last) last = record.agreement.signedOn;
  for (const b of record.benefitsInformation) {
    if (b.date > last) last = b.date;
    if (b.clientInformedOn !== undefined && b.clientInformedOn > last) last = b.clientInformedOn;
  }
  return last;
}

/** docs/standard.md: no dated entry for more than the policy's days (60); suspended and closed cases never. */
export const caseInactive: CaseRule = (ctx) => {
  if (ctx.record.state.status !== 'active') return [];
  const last = lastActionOn(ctx.record);
  const days = daysBetween(last, ctx.today);
  const limit = ctx.rules.policy.inactivityDays;
  if (days <= limit) return [];
  return [
    finding(
      'case-inactive',
      ctx.rules.severities['case-inactive'],
      { caseId: ctx.record.id, date: last },
      { days, last: plDate(last), limit },
    ),
  ];
};
