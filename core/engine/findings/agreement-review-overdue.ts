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
export const agreementReviewOverdue: CaseRule = (ctx) => {
  const agreement = ctx.record.agreement;
  if (!agreement || agreement.reviewDates.length === 0) return [];
  const state = ctx.record.state;
  const reviews = [...new Set(agreement.reviewDates)].sort();
  const periodic = ctx.record.evaluations
    .filter((e) => e.kind === 'periodic')
    .map((e) => e.date)
    .sort();
  const used = new Array<boolean>(periodic.length).fill(false);
  const out: Finding[] = [];
  reviews.forEach((review, i) => {
    const after = i === 0 ? agreement.signedOn : reviews[i - 1]!;
    const before = reviews[i + 1];
    // Matched in date order whether or not the review has passed: a later review never takes an
    // evaluation an earlier one needs.
    const j = periodic.findIndex((d, k) => !used[k] && d > after && (before === undefined || d < before));
    if (j >= 0) {
      used[j] = true;
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
