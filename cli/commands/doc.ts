import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CaseRecord,
  formatError,
  inputError,
  isInputFailure,
  parseWith,
  printable,
} from '../../core/index.ts';
import type { InputError, Rules } from '../../core/index.ts';
import {
  TEMPLATES,
  TemplateDataError,
  checkDocument,
  demoTemplateData,
  getTemplate,
  prefillFromCase,
  readDocxFields,
  renderDocx,
  validateTemplateData,
} from '../../templates/index.ts';
import type { CheckResult } from '../../templates/index.ts';
import { parseCommandArgs, usage } from '../args.ts';
import {
  InputFailure,
  fsError,
  orFail,
  readInputFile,
  readJsonFile,
  reading,
  table,
  writeOutputFile,
} from '../io.ts';
import type { Lang } from '../io.ts';
import { loadRules, resolveToday } from '../load.ts';
import type { Command, Io } from '../main.ts';
import { cli } from '../messages.ts';

/**
 * `standardy doc` — documents of the standard as .docx: list the templates, render one from data (and a
 * case record) or from the demo, and check .docx files against their template.
 */
export const runDoc: Command = async (args, io, lang) => {
  if (args[0] === 'check') return runDocCheck(args.slice(1), io, lang);
  const { values, positionals } = parseCommandArgs('doc', args, {
    list: { type: 'boolean' },
    json: { type: 'boolean' },
    data: { type: 'string' },
    case: { type: 'string' },
    'case-id': { type: 'string' },
    policy: { type: 'string' },
    out: { type: 'string' },
    draft: { type: 'boolean' },
    demo: { type: 'boolean' },
    today: { type: 'string' },
  });
  if (values.list) {
    if (values.json)
      io.out(
        JSON.stringify(
          TEMPLATES.map((t) => ({ id: t.id, name: t.name, stages: t.stages, tool: t.tool ?? null })),
          null,
          2,
        ),
      );
    else
      for (const line of table(
        TEMPLATES.map((t) => [
          t.id,
          t.name[lang],
          t.stages === 'any'
            ? cli.t(lang, 'doc.any-stage')
            : cli.t(lang, 'doc.stages', { list: t.stages.join(', ') }),
        ]),
      ))
        io.out(line);
    return 0;
  }
  const [id, ...rest] = positionals;
  if (!id || rest.length) throw usage('usage.one-template', {}, 'doc');
  const def = getTemplate(id);
  if (!def)
    throw usage(
      'usage.unknown-template',
      { id: printable(id, 60), list: TEMPLATES.map((t) => t.id).join(', ') },
      'doc',
    );
  if (!values.out) throw usage('usage.doc-out', {}, 'doc');
  if (values.demo && (values.data || values.case)) throw usage('usage.doc-demo-or-data', {}, 'doc');
  if (!values.demo && !values.data && !values.case) throw usage('usage.doc-need-data', {}, 'doc');

  const rules = await loadRules(values.policy, undefined);
  let data: Record<string, unknown>;
  let source: string;
  let institutionName = rules.policy.institution?.name;
  if (values.demo) {
    data = demoTemplateData(id, resolveToday(values.today, 'doc'));
    institutionName ??= 'Miejski Ośrodek Pomocy Rodzinie (demo)';
    source = 'demo';
  } else {
    const prefill = values.case
      ? await loadCasePrefill(id, values.case, values['case-id'], rules, values.today)
      : {};
    const own = values.data ? await readJsonFile(values.data) : {};
    if (own === null || typeof own !== 'object' || Array.isArray(own))
      throw new InputFailure(
        [{ code: 'doc.not-object', path: '', message: cli.localized('doc.not-object') }],
        values.data,
      );
    data = { ...prefill, ...(own as Record<string, unknown>) };
    source = values.data ?? values.case!;
  }

  if (values.draft) {
    const strict = validateTemplateData(id, data);
    if (!strict.ok) {
      io.err(cli.t(lang, 'doc.gaps', { n: strict.errors.length }));
      for (const e of strict.errors) io.err(`  ${formatError(e, lang)}`);
    }
  }
  let bytes: Uint8Array;
  try {
    bytes = await renderDocx(id, data, { draft: values.draft, institutionName });
  } catch (e) {
    if (e instanceof TemplateDataError) throw new InputFailure(e.errors, source);
    throw e;
  }
  await writeOutputFile(values.out, bytes);
  io.out(
    cli.t(lang, 'doc.written', {
      file: values.out,
      name: def.name[lang],
      draft: values.draft ? cli.t(lang, 'doc.draft') : '',
    }),
  );
  return 0;
};

/** --case: one case record, or a case-records file with --case-id (or a single case in it). */
async function loadCasePrefill(
  id: string,
  file: string,
  caseId: string | undefined,
  rules: Rules,
  today: string | undefined,
): Promise<Record<string, unknown>> {
  const json = (await readJsonFile(file)) as { records?: unknown[] } | null;
  let candidate: unknown = json;
  if (json && typeof json === 'object' && Array.isArray(json.records)) {
    const cases = json.records.filter((r) => (r as { kind?: string })?.kind === 'case') as { id?: string }[];
    const chosen = caseId ? cases.find((r) => r.id === caseId) : cases.length === 1 ? cases[0] : undefined;
    if (!chosen)
      throw caseId
        ? usage('usage.no-case', { id: printable(caseId, 80), file }, 'doc')
        : usage('usage.give-case-id', { file, n: cases.length }, 'doc');
    candidate = chosen;
  }
  const record = orFail(file, parseWith(CaseRecord, candidate));
  return prefillFromCase(id, record, {
    rules,
    institution: rules.policy.institution,
    today: today ? resolveToday(today, 'doc') : undefined,
  });
}

interface FileCheck extends CheckResult {
  file: string;
  /** The file could not be read as a .docx: exit 2 after the others are checked. */
  error?: InputError;
  /** Not a regular file (a pipe, a device): skipped with a notice. */
  skipped?: InputError;
}

/** The .docx files under a path (folders with subfolders); anything not a regular file is skipped, not read. */
async function docxFiles(path: string, top: boolean, skipped: FileCheck[]): Promise<string[]> {
  const s = await stat(path);
  if (s.isDirectory()) {
    const out: string[] = [];
    for (const entry of (await readdir(path, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) out.push(...(await docxFiles(full, false, skipped)));
      else if (!entry.name.toLowerCase().endsWith('.docx') || entry.name.startsWith('~$')) continue;
      else if (entry.isFile()) out.push(full);
      else if (entry.isSymbolicLink()) {
        // A link to a regular file is read; to anything else (a folder: possible loops) it is skipped.
        const target = await stat(full).catch(() => undefined);
        if (target?.isFile()) out.push(full);
        else skipped.push(skip(full));
      } else skipped.push(skip(full));
    }
    return out;
  }
  if (!s.isFile()) {
    skipped.push(skip(path));
    return [];
  }
  return top || path.toLowerCase().endsWith('.docx') ? [path] : [];
}

const skip = (file: string): FileCheck => ({
  file,
  template: null,
  missing: [],
  skipped: inputError('file.not-regular'),
});

/** `standardy doc check FILE.docx|FOLDER [--json]`: what each document's template requires but lacks. */
async function runDocCheck(args: string[], io: Io, lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs('doc check', args, { json: { type: 'boolean' } });
  if (positionals.length === 0) throw usage('usage.doc-check-input', {}, 'doc check');
  const files: string[] = [];
  const skipped: FileCheck[] = [];
  for (const p of positionals) {
    try {
      files.push(...(await docxFiles(p, true, skipped)));
    } catch (e) {
      throw new InputFailure([fsError(e)], p);
    }
  }
  const results: FileCheck[] = [...skipped];
  for (const file of files) {
    try {
      const bytes = await readInputFile(file);
      const read = await reading(file, () => readDocxFields(bytes));
      results.push({ file, ...checkDocument(read, { lang }) });
    } catch (e) {
      if (!isInputFailure(e)) throw e;
      results.push({ file, template: null, missing: [], error: e.errors[0]! });
    }
  }
  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const failed = results.some((r) => r.error);
  if (values.json) {
    io.out(JSON.stringify(results, null, 2));
    return failed ? 2 : 0;
  }
  for (const r of results) {
    const file = printable(r.file, 300);
    if (r.error) io.err(cli.t(lang, 'check.cannot-read', { file, reason: printable(r.error.message[lang]) }));
    else if (r.skipped) io.err(cli.t(lang, 'check.skipped', { file, reason: r.skipped.message[lang] }));
    else if (!r.template) io.out(cli.t(lang, 'check.unrecognised', { file }));
    else if (r.missing.length === 0) io.out(cli.t(lang, 'check.complete', { file, template: r.template }));
    else {
      io.out(cli.t(lang, 'check.missing', { file, template: r.template, n: r.missing.length }));
      for (const m of r.missing) io.out(`    [${m.section}] ${m.label}  (${m.field})`);
    }
  }
  const checked = results.filter((r) => !r.skipped);
  const incomplete = checked.filter((r) => r.missing.length > 0 || r.error || !r.template).length;
  io.out(cli.t(lang, 'check.summary', { n: checked.length, incomplete }));
  return failed ? 2 : 0;
}
