import { compileRules, demoDataset, parseCaseFile, parsePolicy } from '../core/index.ts';
import type { CaseRecord, Rules } from '../core/index.ts';
import { getTemplate } from './definitions/index.ts';
import { topField } from './fields.ts';
import type { PrefillContext, TemplateData, TemplateId } from './model.ts';
import { validateTemplateData } from './validate.ts';

/**
 * Prefill from a core case record: the case's own facts only (id, worker, stage, dates, tools done), by
 * each definition's own bindings (`prefill`). Never personal data of the client: names, addresses and the
 * client's words are left for the worker. A worker's name comes from the policy's display names; a worker
 * id is never written into a name field.
 */

export interface PrefillOptions {
  /** The compiled policy: tool names, the centre's workers (display names). */
  rules?: Rules;
  institution?: { name: string };
  /** The date of the new document (update note, information), when the caller knows it. */
  today?: string;
}

function compact(data: Record<string, unknown>): TemplateData {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
}

export function prefillFromCase(
  id: TemplateId | string,
  record: CaseRecord,
  options: PrefillOptions = {},
): TemplateData {
  const def = getTemplate(id);
  if (!def) throw new RangeError(`prefillFromCase: unknown template ${id}`);
  const rules = options.rules ?? compileRules();
  const context: PrefillContext = {
    rules,
    workerName: (worker) => (worker === undefined ? undefined : rules.workers.get(worker)?.displayName),
  };
  if (options.today) context.today = options.today;
  if (options.institution) context.institution = options.institution;
  const common: Record<string, unknown> = {
    caseId: record.id,
    centreName: options.institution?.name,
    workerName: context.workerName(record.socialWorker),
  };
  const own = compact({ ...common, ...def.prefill(record, context) });
  return Object.fromEntries(Object.entries(own).filter(([key]) => topField(def, key) !== undefined));
}

/** A demo case's document with example values (demo team of core), valid for rendering. */
export function demoTemplateData(id: TemplateId | string, asOf: string): TemplateData {
  const def = getTemplate(id);
  if (!def) throw new RangeError(`demoTemplateData: unknown template ${id}`);
  const demo = demoDataset(asOf);
  const policy = parsePolicy(demo.policy);
  if (!policy.ok) throw new Error('demo policy invalid');
  const rules = compileRules(policy.value);
  const file = parseCaseFile(demo.cases, { rules, today: asOf });
  if (!file.ok) throw new Error('demo cases invalid');
  const options = { rules, institution: policy.value.institution, today: asOf };
  for (const r of file.value.records) {
    if (r.kind !== 'case' || !def.demo.pick(r)) continue;
    const pre = prefillFromCase(def.id, r, options);
    const data = { ...def.demo.values(pre, asOf), ...pre };
    if (validateTemplateData(def.id, data).ok) return data;
  }
  throw new Error(`demoTemplateData: no demo case fits ${id}`);
}

/** A file name for a document: the template's Polish stem and the case id (`umowa-wspolpracy-2026-PS-0023.docx`). */
export function documentFileName(id: TemplateId | string, caseId?: string): string {
  const def = getTemplate(id);
  if (!def) throw new RangeError(`documentFileName: unknown template ${id}`);
  const safe = (caseId ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${def.fileName}${safe ? `-${safe}` : ''}.docx`;
}
