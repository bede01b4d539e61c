import type { FindingCode, Localized, Severity, StageId } from '../schema/common.ts';
import { findingMessages } from '../messages.ts';

/** The rule engine's output: plain, serialisable data (STYLE.md), never an exception. */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  caseId?: string;
  workerId?: string;
  stage?: StageId;
  /** The tool id, or for an "any of" requirement the requirement's id. */
  tool?: string;
  /** A date the finding is about (the review date, the information's date). */
  date?: string;
  message: Localized;
}

type Params = Parameters<(typeof findingMessages)[FindingCode]>[0];

export function finding(
  code: FindingCode,
  severity: Severity,
  fields: Omit<Finding, 'code' | 'severity' | 'message'>,
  params: Params = {},
): Finding {
  return { code, severity, ...fields, message: findingMessages[code](params) };
}
