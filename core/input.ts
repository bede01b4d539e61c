import * as z from 'zod';
import { en, pl } from 'zod/v4/locales';
import { STANDARDS } from './data/standards.ts';
import { compileRules } from './engine/rules.ts';
import type { Rules } from './engine/rules.ts';
import { errorMessages, inputError, isInputFailure } from './errors.ts';
import { decodeUtf8File } from './register/encoding.ts';
import type { ErrorCode, InputError } from './errors.ts';
import { CaseFile } from './schema/case-record.ts';
import type { CaseRecord } from './schema/case-record.ts';
import { Policy } from './schema/policy.ts';
import { TimeUseFile } from './schema/time-use.ts';
import { TOOLS } from './data/tools.ts';

export type { InputError } from './errors.ts';
export { formatError } from './errors.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: InputError[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

// The two locales by their own modules (not `z.locales`): a bundle then carries two languages, not fifty.
const localePl = pl().localeError;
const localeEn = en().localeError;

/** Parse with zod; every issue becomes an InputError with its path and a Polish and an English message. */
export function parseWith<S extends z.ZodType>(schema: S, data: unknown): Parsed<z.output<S>> {
  const pl = schema.safeParse(data, { error: localePl });
  if (pl.success) return { ok: true, value: pl.data };
  const en = schema.safeParse(data, { error: localeEn });
  const enIssues = en.success ? [] : en.error.issues;
  const errors = pl.error.issues.map((issue, i): InputError => {
    const path = formatPath(issue.path);
    // Custom issues carry a catalogue code as their message; zod's own get `schema.<issue code>`.
    if (errorMessages.has(issue.message))
      return inputError(
        issue.message as ErrorCode,
        (issue as { params?: Record<string, string> }).params,
        undefined,
        path,
      );
    return {
      code: `schema.${issue.code.replace(/_/g, '-')}`,
      path,
      message: { pl: issue.message, en: enIssues[i]?.message ?? issue.message },
    };
  });
  return { ok: false, errors };
}

function error(
  path: readonly PropertyKey[],
  code: ErrorCode,
  params: Record<string, string | number> = {},
): InputError {
  return inputError(code, params, undefined, formatPath(path));
}

/** A policy file: schema, then the checks that need the catalogue. Nothing is used half-read. */
export function parsePolicy(data: unknown): Parsed<Policy> {
  const parsed = parseWith(Policy, data);
  if (!parsed.ok) return parsed;
  const errors: InputError[] = [];
  const builtIn = new Set(TOOLS.map((t) => t.id));
  parsed.value.extraTools.forEach((t, i) => {
    if (builtIn.has(t.id))
      errors.push(error(['extraTools', i, 'id'], 'input.duplicate-tool-id', { tool: t.id }));
  });
  const known = new Set([...builtIn, ...parsed.value.extraTools.map((t) => t.id)]);
  parsed.value.optionalTools?.forEach((id, i) => {
    if (!known.has(id)) errors.push(error(['optionalTools', i], 'input.unknown-tool', { tool: id }));
  });
  return errors.length ? { ok: false, errors } : parsed;
}

/**
 * A case-record file: schema, then consistency against the standard, the policy and `today`: known tools
 * of the case's category, unique case ids, no future dates, stage history in date order.
 */
export function parseCaseFile(data: unknown, options: { rules?: Rules; today: string }): Parsed<CaseFile> {
  const parsed = parseWith(CaseFile, data);
  if (!parsed.ok) return parsed;
  const rules = options.rules ?? compileRules();
  const errors: InputError[] = [];
  const seen = new Map<string, number>();
  parsed.value.records.forEach((r, i) => {
    const at = (...p: PropertyKey[]) => ['records', i, ...p];
    const first = seen.get(r.id);
    if (first !== undefined) errors.push(error(at('id'), 'input.duplicate-case', { id: r.id, first }));
    else seen.set(r.id, i);
    if (r.kind === 'contact') {
      future(errors, at('date'), r.date, options.today);
      return;
    }
    checkCase(r, rules, options.today, at, errors);
  });
  return errors.length ? { ok: false, errors } : parsed;
}

function future(errors: InputError[], path: PropertyKey[], date: string | undefined, today: string) {
  if (date !== undefined && date > today) errors.push(error(path, 'input.date-future', { today }));
}

function checkCase(
  r: CaseRecord,
  rules: Rules,
  today: string,
  at: (...p: PropertyKey[]) => PropertyKey[],
  errors: InputError[],
) {
  const standard = STANDARDS.find((s) => s.id === r.standard)!;
  if (r.subGroup !== undefined && !standard.subGroups.some((g) => g.id === r.subGroup))
    errors.push(
      error(at('subGroup'), 'input.unknown-subgroup', { subGroup: r.subGroup, standard: r.standard }),
    );
  future(errors, at('openedOn'), r.openedOn, today);
  r.stageHistory.forEach((h, j) => {
    future(errors, at('stageHistory', j, 'enteredOn'), h.enteredOn, today);
    const prev = j === 0 ? r.openedOn : r.stageHistory[j - 1]!.enteredOn;
    if (h.enteredOn < prev)
      errors.push(error(at('stageHistory', j, 'enteredOn'), 'input.date-order', { other: prev }));
  });
  // docs/standard.md: another category's tool is kept (shown not-applicable); only an unknown tool is an error.
  const checkTool = (tool: string, path: PropertyKey[]) => {
    if (!rules.tools.has(tool)) errors.push(error(path, 'input.unknown-tool', { tool }));
  };
  r.tools.forEach((t, j) => {
    checkTool(t.tool, at('tools', j, 'tool'));
    future(errors, at('tools', j, 'doneOn'), t.doneOn, today);
  });
  r.waived.forEach((w, j) => {
    checkTool(w.tool, at('waived', j, 'tool'));
    future(errors, at('waived', j, 'on'), w.on, today);
  });
  r.updateNotes.forEach((n, j) => future(errors, at('updateNotes', j, 'date'), n.date, today));
  r.evaluations.forEach((e, j) => future(errors, at('evaluations', j, 'date'), e.date, today));
  r.benefitsInformation.forEach((b, j) => {
    future(errors, at('benefitsInformation', j, 'date'), b.date, today);
    future(errors, at('benefitsInformation', j, 'clientInformedOn'), b.clientInformedOn, today);
  });
  if (r.agreement) {
    future(errors, at('agreement', 'signedOn'), r.agreement.signedOn, today);
    if (r.agreement.period.to < r.agreement.period.from)
      errors.push(error(at('agreement', 'period', 'to'), 'input.period-order'));
  }
  if (r.state.status === 'suspended') future(errors, at('state', 'since'), r.state.since, today);
  if (r.state.status === 'closed') future(errors, at('state', 'on'), r.state.on, today);
}

export function parseTimeUseFile(data: unknown): Parsed<TimeUseFile> {
  return parseWith(TimeUseFile, data);
}

/**
 * JSON text to a value, or an InputError with the line and column (never the parser's English text, never
 * a stack trace). A byte-order mark is allowed.
 */
export function parseJsonText(text: string): Parsed<unknown> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message);
    if (!at) return { ok: false, errors: [inputError('input.json-truncated')] };
    const before = body.slice(0, Number(at[1]));
    const line = before.split('\n').length;
    const col = Number(at[1]) - before.lastIndexOf('\n');
    return { ok: false, errors: [inputError('input.invalid-json', { line, col }, { line, col })] };
  }
}

/**
 * A JSON file's bytes to a value: UTF-8 required (a Windows-1250 policy is an error naming the line and
 * the byte, not text with U+FFFD), then parsed with the line and column of any error.
 */
export function parseJsonBytes(bytes: Uint8Array): Parsed<unknown> {
  try {
    return parseJsonText(decodeUtf8File(bytes));
  } catch (e) {
    if (isInputFailure(e)) return { ok: false, errors: e.errors };
    throw e;
  }
}
