import { plDate } from '../../dates.ts';
import { NO_FINDINGS, finding } from '../finding.ts';
import type { CaseRule } from './types.ts';

/** docs/standard.md: an information entry without `clientInformedOn` (confidentiality principle, docs/standard.md §7). */
export const benefitsInfoClientNotInformed: CaseRule = (ctx) =>
  ctx.record.benefitsInformation.length === 0
    ? NO_FINDINGS
    : ctx.record.benefitsInformation
        .filter((b) => b.clientInformedOn === undefined)
        .map((b) =>
          finding(
            'benefits-info-client-not-informed',
            ctx.rules.severities['benefits-info-client-not-informed'],
            { caseId: ctx.record.id, date: b.date },
            { date: plDate(b.date) },
          ),
        );
