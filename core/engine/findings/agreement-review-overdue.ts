import { plDate } from '../../dates.ts';
import { finding } from '../finding.ts';
import type { Finding } from '../finding.ts';
import type { CaseRule } from './types.ts';

/**
 * docs/standard.md: a review date R is met by a periodic evaluation dated after the previous review (or the
 * signing) and before the next review, and each evaluation meets at most one review: reviews take, in
 * date order, the earliest unmatched evaluation in their window. Overdue when today > R and R is not met.
 * A closed case owes no review after its closing date.
 */
/** The review dates in order, each once (copied only when they are not already). */
function sortedUnique(dates: readonly string[]): readonly string[] {
  for (let i = 1; i < dates.length; i++) if (!(dates[i - 1]! < dates[i]!)) return [...new Set(dates)].sort();
  return dates;
}

export const agreementReviewOverdue: CaseRule = (ctx) => {
  const agreement = ctx.record.agreement;
  if (!agreement || agreement.reviewDates.length === 0) return [];
  const state = ctx.record.state;
  const reviews = sortedUnique(agreement.reviewDates);
  const periodic: string[] = [];
  for (const e of ctx.record.evaluations) if (e.kind === 'periodic') periodic.push(e.date);
  if (periodic.length > 1) periodic.sort();
  // Which evaluations a review already took (evaluations are few: a bit per evaluation).
  let used = 0;
  const out: Finding[] = [];
  reviews.forEach((review, i) => {
    const after = i === 0 ? agreement.signedOn : reviews[i - 1]!;
    const before = reviews[i + 1];
    // Matched in date order whether or not the review has passed: a later review never takes an
    // evaluation an earlier one needs.
    let j = -1;
    for (let k = 0; k < periodic.length && k < 31; k++)
      if (!(used & (1 << k)) && periodic[k]! > after && (before === undefined || periodic[k]! < before)) {
        j = k;
        break;
      }
    if (j >= 0) {
      used |= 1 << j;
      return;
    }
    if (!(ctx.today > review)) return;
    if (state.status === 'closed' && review > state.on) return;
    out.push(
      finding(
        'agreement-review-overdue',
        ctx.rules.severities['agreement-review-overdue'],
        { caseId: ctx.record.id, date: review },
        { date: plDate(review) },
      ),
    );
  });
  return out;
};
