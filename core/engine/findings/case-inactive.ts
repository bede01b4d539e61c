import { daysBetween, plDate } from '../../dates.ts';
import type { CaseRecord } from '../../schema/case-record.ts';
import { finding } from '../finding.ts';
import type { CaseRule } from './types.ts';

/** The latest dated entry of any kind: opening, stage change, tool, waiver, note, evaluation, agreement, information. */
export function lastActionOn(record: CaseRecord): string {
  let last = record.openedOn;
  const see = (d: string | undefined) => {
    if (d !== undefined && d > last) last = d;
  };
  for (const h of record.stageHistory) see(h.enteredOn);
  for (const t of record.tools) see(t.doneOn);
  for (const w of record.waived) see(w.on);
  for (const n of record.updateNotes) see(n.date);
  for (const e of record.evaluations) see(e.date);
  see(record.agreement?.signedOn);
  for (const b of record.benefitsInformation) {
    see(b.date);
    see(b.clientInformedOn);
  }
  return last;
}

/** ids.md: no dated entry for more than the policy's days (60); suspended and closed cases never. */
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
