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

type Params = Record<string, string | number | undefined>;

/**
 * A parameters object a rule shares between its findings (the same tool at the same stage, thousands of
 * times in a register) gets one message object, made once: findings stay plain data, and a register's
 * 10,000 cases do not carry 10,000 copies of the same sentence. A shared parameters object belongs to one
 * finding code.
 */
const sharedMessages = new WeakMap<object, Localized>();

function messageOf(code: FindingCode, params: Params): Localized {
  let m = sharedMessages.get(params);
  if (!m) {
    m = Object.freeze(findingMessages[code](params));
    sharedMessages.set(params, m);
  }
  return m;
}

export function finding(
  code: FindingCode,
  severity: Severity,
  fields: Omit<Finding, 'code' | 'severity' | 'message'>,
  params: Params = {},
): Finding {
  return { code, severity, ...fields, message: messageOf(code, params) };
}

/** What a rule returns when nothing holds (shared: most rules find nothing in most cases). */
export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
