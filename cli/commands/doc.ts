import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CaseRecord, formatError, parseWith } from '../../core/index.ts';
import type { Rules } from '../../core/index.ts';
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
import { InputFailure, orFail, readJsonFile, table } from '../io.ts';
import type { Lang } from '../io.ts';
import { loadRules, resolveToday } from '../load.ts';
import type { Command } from '../main.ts';
import { UsageError } from '../main.ts';

/**
 * `standardy doc` — documents of the standard as .docx: list the templates, render one from data (and a
 * case record) or from the demo, and check .docx files against their template.
 */
export const runDoc: Command = async (args, io, lang) => {
  if (args[0] === 'check') return runDocCheck(args.slice(1), io, lang);
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
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
    },
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
            ? lang === 'pl'
              ? 'dowolny etap'
              : 'any stage'
            : `${lang === 'pl' ? 'etap' : 'stage'} ${t.stages.join(', ')}`,
        ]),
      ))
        io.out(line);
    return 0;
  }
  const [id, ...rest] = positionals;
  if (!id || rest.length)
    throw new UsageError('podaj jeden SZABLON / give one TEMPLATE (standardy doc --list)');
  const def = getTemplate(id);
  if (!def)
    throw new UsageError(
      `nieznany szablon / unknown template: ${id} (${TEMPLATES.map((t) => t.id).join(', ')})`,
    );
  if (!values.out) throw new UsageError('podaj --out PLIK.docx / give --out FILE.docx');
  if (values.demo && (values.data || values.case))
    throw new UsageError('--demo albo --data/--case, nie oba / --demo or --data/--case, not both');
  if (!values.demo && !values.data && !values.case)
    throw new UsageError(
      'podaj --data PLIK.json (i/lub --case PLIK.json) albo --demo / give --data FILE.json or --demo',
    );

  const rules = await loadRules(values.policy, undefined);
  let data: Record<string, unknown>;
  let source: string;
  let institutionName = rules.policy.institution?.name;
  if (values.demo) {
    data = demoTemplateData(id, resolveToday(values.today));
    institutionName ??= 'Miejski Ośrodek Pomocy Rodzinie (demo)';
    source = 'demo';
  } else {
    const prefill = values.case
      ? await loadCasePrefill(id, values.case, values['case-id'], rules, values.today)
      : {};
    const own = values.data ? await readJsonFile(values.data) : {};
    if (own === null || typeof own !== 'object' || Array.isArray(own))
      throw new InputFailure(values.data!, [
        {
          path: '',
          message: {
            pl: 'oczekiwano obiektu JSON z polami dokumentu',
            en: "expected a JSON object of the document's fields",
          },
        },
      ]);
    data = { ...prefill, ...(own as Record<string, unknown>) };
    source = values.data ?? values.case!;
  }

  if (values.draft) {
    const strict = validateTemplateData(id, data);
    if (!strict.ok) {
      io.err(
        lang === 'pl'
          ? `PROJEKT – braki (${strict.errors.length}):`
          : `DRAFT – gaps (${strict.errors.length}):`,
      );
      for (const e of strict.errors) io.err(`  ${formatError(e, lang)}`);
    }
  }
  let bytes: Uint8Array;
  try {
    bytes = await renderDocx(id, data, { draft: values.draft, institutionName });
  } catch (e) {
    if (e instanceof TemplateDataError) throw new InputFailure(source, e.errors);
    throw e;
  }
  await writeFile(values.out, bytes);
  io.out(
    lang === 'pl'
      ? `Zapisano ${values.out} (${def.name.pl}${values.draft ? ', PROJEKT' : ''})`
      : `Wrote ${values.out} (${def.name.en}${values.draft ? ', DRAFT' : ''})`,
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
      throw new UsageError(
        caseId
          ? `brak sprawy ${caseId} w ${file} / no case ${caseId} in ${file}`
          : `${file}: podaj --case-id (${cases.length} spraw) / give --case-id (${cases.length} cases)`,
      );
    candidate = chosen;
  }
  const record = orFail(file, parseWith(CaseRecord, candidate));
  return prefillFromCase(id, record, {
    rules,
    institution: rules.policy.institution,
    today: today ? resolveToday(today) : undefined,
  });
}

interface FileCheck extends CheckResult {
  file: string;
  error?: string;
}

async function docxFiles(path: string): Promise<string[]> {
  const s = await stat(path);
  if (!s.isDirectory()) return [path];
  const out: string[] = [];
  for (const entry of (await readdir(path, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) out.push(...(await docxFiles(full)));
    else if (entry.name.toLowerCase().endsWith('.docx') && !entry.name.startsWith('~$')) out.push(full);
  }
  return out;
}

/** `standardy doc check FILE.docx|FOLDER [--json]`: what each document's template requires but lacks. */
async function runDocCheck(args: string[], io: { out: (l: string) => void }, lang: Lang): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { json: { type: 'boolean' } },
  });
  if (positionals.length === 0)
    throw new UsageError('podaj PLIK.docx albo FOLDER / give FILE.docx or FOLDER');
  const files: string[] = [];
  for (const p of positionals) {
    try {
      files.push(...(await docxFiles(p)));
    } catch {
      throw new InputFailure(p, [
        { path: '', message: { pl: 'brak pliku lub folderu', en: 'no such file or folder' } },
      ]);
    }
  }
  const results: FileCheck[] = [];
  for (const file of files) {
    try {
      const read = await readDocxFields(await readFile(file));
      results.push({ file, ...checkDocument(read, { lang }) });
    } catch (e) {
      results.push({ file, template: null, missing: [], error: (e as Error).message });
    }
  }
  if (values.json) {
    io.out(JSON.stringify(results, null, 2));
    return 0;
  }
  const pl = lang === 'pl';
  for (const r of results) {
    if (r.error) io.out(`✖ ${r.file}: ${pl ? 'nie można odczytać' : 'cannot read'} (${r.error})`);
    else if (!r.template)
      io.out(`? ${r.file}: ${pl ? 'nie rozpoznano szablonu' : 'template not recognised'}`);
    else if (r.missing.length === 0) io.out(`✔ ${r.file} (${r.template}): ${pl ? 'kompletny' : 'complete'}`);
    else {
      io.out(`✖ ${r.file} (${r.template}): ${pl ? 'braki' : 'missing'} ${r.missing.length}`);
      for (const m of r.missing) io.out(`    [${m.section}] ${m.label}  (${m.field})`);
    }
  }
  const incomplete = results.filter((r) => r.missing.length > 0 || r.error || !r.template).length;
  io.out(
    pl
      ? `Sprawdzono ${results.length} ${results.length === 1 ? 'plik' : 'plików'}; z brakami lub nierozpoznanych: ${incomplete}`
      : `Checked ${results.length} file(s); incomplete or unrecognised: ${incomplete}`,
  );
  return 0;
}
