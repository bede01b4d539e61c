import { useEffect, useMemo, useState } from 'react';
import {
  DEMO_REGISTER_MAPPING,
  formatError,
  importRegister,
  isInputFailure,
  parseJsonBytes,
  parseWith,
  readTable,
  RegisterMapping,
  SOCIAL_WORK_STANDARD_IDS,
  STAGE_IDS,
  TOOLS,
} from '../../core/index.ts';
import type { Rules, Table } from '../../core/index.ts';
import { downloadBlob, fileBytes } from '../lib/download.ts';
import { FileButton } from '../ui/FileButton.tsx';
import type { DashboardKey, Lang, T } from './i18n.ts';
import { stageName, standardName } from './labels.ts';
import {
  COLUMN_KEYS,
  distinctValues,
  documentLabels,
  hasColumn,
  REQUIRED_COLUMNS,
  valueTarget,
  withColumn,
  withValue,
} from './model.ts';
import type { ValueKind } from './model.ts';
import type { ImportedRegister } from '../lib/db.ts';

interface Props {
  t: T;
  lang: Lang;
  today: string;
  rules: Rules;
  mapping: RegisterMapping;
  onMapping(m: RegisterMapping): void;
  onImported(r: ImportedRegister): void;
}

const SPECIAL_TARGETS = [
  'specialist-interview',
  'periodic-evaluation',
  'final-evaluation',
  'agreement',
] as const;

/**
 * File → detected encoding and delimiter → column mapping (prefilled from the saved mapping or the demo
 * preset) → preview with the rows that cannot be read → import. Only mapped columns are ever read.
 */
export function ImportWizard({ t, lang, today, rules, mapping, onMapping, onImported }: Props) {
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array }>();
  const [table, setTable] = useState<Table>();
  const [readError, setReadError] = useState<string>();
  const [mappingErrors, setMappingErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string>();

  // Re-read when the file or the mapping's reading options change.
  const { encoding, delimiter, sheet } = mapping;
  useEffect(() => {
    if (!file) return;
    let live = true;
    readTable(file.bytes, { encoding, delimiter, ...(sheet !== undefined ? { sheet } : {}) }).then(
      (tbl) => {
        if (!live) return;
        setTable(tbl);
        setReadError(undefined);
      },
      (e: unknown) => {
        if (!live) return;
        setTable(undefined);
        // A typed reader error (core/errors.ts) in the page's language; never a library's own text.
        const detail = isInputFailure(e) ? e.errors.map((x) => x.message[lang]).join('; ') : String(e);
        setReadError(t('import.read-failed', { detail }));
      },
    );
    return () => {
      live = false;
    };
  }, [file, encoding, delimiter, sheet, t, lang]);

  const preview = useMemo(
    () => (table ? importRegister(table, mapping, rules, today) : undefined),
    [table, mapping, rules, today],
  );

  const chooseFile = async (f: File | undefined) => {
    setDone(undefined);
    if (!f) return;
    setFile({ name: f.name, bytes: await fileBytes(f) });
  };

  const loadMapping = async (f: File | undefined) => {
    if (!f) return;
    const json = parseJsonBytes(await fileBytes(f));
    const parsed = json.ok ? parseWith(RegisterMapping, json.value) : json;
    if (!parsed.ok) return setMappingErrors(parsed.errors.map((e) => formatError(e, lang)));
    setMappingErrors([]);
    onMapping(parsed.value);
  };

  const saveMapping = () => {
    const parsed = parseWith(RegisterMapping, mapping);
    if (!parsed.ok) return setMappingErrors(parsed.errors.map((e) => formatError(e, lang)));
    setMappingErrors([]);
    const json = { $schema: './register-mapping.schema.json', ...parsed.value };
    const base = parsed.value.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'mapowanie';
    downloadBlob(JSON.stringify(json, null, 2) + '\n', `${base}.json`, 'application/json');
  };

  const doImport = () => {
    if (!file || !preview || preview.records.length === 0) return;
    onImported({
      key: 'register',
      fileName: file.name,
      importedOn: today,
      rowsRead: preview.rowsRead,
      records: preview.records,
      errors: preview.errors,
    });
    setDone(t('import.done', { n: preview.records.length, name: file.name, errors: preview.errors.length }));
    // Imported: the wizard folds back to its first step (the mapping stays saved for the next export).
    setFile(undefined);
    setTable(undefined);
  };

  const headers = table?.header ?? [];
  const valueOptions = (kind: ValueKind): [string, string][] => {
    if (kind === 'standard') return SOCIAL_WORK_STANDARD_IDS.map((id) => [id, standardName(lang, id)]);
    if (kind === 'stage') return STAGE_IDS.map((id) => [id, stageName(lang, id)]);
    if (kind === 'status')
      return (['active', 'suspended', 'closed'] as const).map((s) => [s, t(`case-status.${s}`)]);
    return [
      ...SPECIAL_TARGETS.map((id): [string, string] => [id, t(`target.${id}`)]),
      ...TOOLS.map((tool): [string, string] => [tool.id, tool.name[lang]]),
    ];
  };
  const valueGroups: { kind: ValueKind; title: DashboardKey; labels: string[] }[] = table
    ? [
        {
          kind: 'standard',
          title: 'import.values-category',
          labels: distinctValues(table, mapping.columns.standard),
        },
        { kind: 'stage', title: 'import.values-stage', labels: distinctValues(table, mapping.columns.stage) },
        {
          kind: 'status',
          title: 'import.values-status',
          labels: distinctValues(table, mapping.columns.status),
        },
        {
          kind: 'documents',
          title: 'import.values-documents',
          labels: documentLabels(table, mapping.columns.documents),
        },
      ]
    : [];

  return (
    <section id="import" aria-labelledby="import-h">
      <h2 id="import-h">{t('section.import')}</h2>
      <p className="note">{t('import.names-note')}</p>
      <FileButton
        lang={lang}
        label={t('import.file')}
        data-testid="register-file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        reset
        onFiles={(files) => void chooseFile(files?.[0])}
      />
      {readError && <p role="alert">{readError}</p>}
      {table && (
        <p role="status" id="import-detected" data-format={table.format}>
          {detected(t, table, sheet)}
        </p>
      )}

      <h3>{t('import.step-mapping')}</h3>
      <p>{t('import.mapping-name', { name: mapping.name })}</p>
      <div className="buttons">
        <button type="button" onClick={() => onMapping(RegisterMapping.parse(DEMO_REGISTER_MAPPING))}>
          {t('import.preset-demo')}
        </button>
        <FileButton
          lang={lang}
          label={t('import.load-mapping')}
          accept=".json,application/json"
          reset
          onFiles={(files) => void loadMapping(files?.[0])}
        />
        <button type="button" onClick={saveMapping}>
          {t('import.save-mapping')}
        </button>
      </div>
      {mappingErrors.length > 0 && (
        <div role="alert">
          <p>{t('import.mapping-invalid')}</p>
          <ul>
            {mappingErrors.slice(0, 20).map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="row">
        <label>
          {t('import.encoding')}{' '}
          <select
            value={mapping.encoding}
            onChange={(e) =>
              onMapping({ ...mapping, encoding: e.target.value as RegisterMapping['encoding'] })
            }
          >
            <option value="auto">{t('import.auto')}</option>
            <option value="utf-8">UTF-8</option>
            <option value="windows-1250">Windows-1250</option>
            <option value="iso-8859-2">ISO-8859-2</option>
          </select>
        </label>
        <label>
          {t('import.delimiter')}{' '}
          <select
            value={mapping.delimiter}
            onChange={(e) =>
              onMapping({ ...mapping, delimiter: e.target.value as RegisterMapping['delimiter'] })
            }
          >
            <option value="auto">{t('import.auto')}</option>
            <option value=";">;</option>
            <option value=",">,</option>
            <option value={'\t'}>{t('import.tab')}</option>
          </select>
        </label>
      </div>

      {table && (
        <>
          <div className="columns">
            {COLUMN_KEYS.map((key) => {
              const current = mapping.columns[key] ?? '';
              const missing = current !== '' && !hasColumn(table, current);
              const id = `col-${key}`;
              return (
                <div key={key} className="column-map">
                  <label htmlFor={id}>
                    {t(`col.${key}`)}
                    {REQUIRED_COLUMNS.includes(key) && <span className="req"> ({t('import.required')})</span>}
                  </label>
                  <select
                    id={id}
                    value={current}
                    aria-describedby={missing ? `${id}-missing` : undefined}
                    onChange={(e) => onMapping(withColumn(mapping, key, e.target.value))}
                  >
                    <option value="">{t('import.none')}</option>
                    {missing && <option value={current}>{current}</option>}
                    {headers.map((h) => (
                      <option key={h} value={h}>
                        {h}
                      </option>
                    ))}
                  </select>
                  {missing && (
                    <span id={`${id}-missing`} className="warn">
                      {t('import.not-in-file')}
                    </span>
                  )}
                </div>
              );
            })}
          </div>

          <h4>{t('import.values')}</h4>
          {valueGroups.map((g) =>
            g.labels.length === 0 ? null : (
              <details key={g.kind}>
                <summary>
                  {t(g.title)} ({g.labels.length})
                </summary>
                <table className="values">
                  <tbody>
                    {g.labels.map((label) => {
                      const target =
                        valueTarget(mapping, g.kind, label) ||
                        (valueOptions(g.kind).some(([id]) => id === label) ? label : '');
                      return (
                        <tr key={label}>
                          <th scope="row">{label}</th>
                          <td>
                            <select
                              aria-label={label}
                              value={target}
                              onChange={(e) => onMapping(withValue(mapping, g.kind, label, e.target.value))}
                            >
                              <option value="">{t('import.value-skip')}</option>
                              {valueOptions(g.kind).map(([id, name]) => (
                                <option key={id} value={id}>
                                  {name}
                                </option>
                              ))}
                            </select>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </details>
            ),
          )}
        </>
      )}

      {preview && (
        <>
          <h3>{t('import.step-preview')}</h3>
          <p id="import-preview">
            {t('import.preview-summary', {
              rows: preview.rowsRead,
              ok: preview.records.length,
              errors: preview.errors.length,
              warnings: preview.warnings.length,
            })}
          </p>
          {preview.missingColumns.length > 0 && (
            <p className="warn">{t('import.missing-columns', { list: preview.missingColumns.join(', ') })}</p>
          )}
          {preview.errors.length > 0 && (
            <table className="issues" id="import-errors">
              <caption>{t('import.errors')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('import.row')}</th>
                  <th scope="col">{t('import.column')}</th>
                  <th scope="col">{t('import.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.errors.slice(0, 200).map((e, i) => (
                  <tr key={i}>
                    <td>{e.row}</td>
                    <td>{e.column ?? ''}</td>
                    <td>{e.message[lang]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {preview.warnings.length > 0 && (
            <details>
              <summary>{t('import.warnings', { n: Math.min(20, preview.warnings.length) })}</summary>
              <ul>
                {preview.warnings.slice(0, 20).map((w, i) => (
                  <li key={i}>
                    {t('import.row')} {w.row}: {w.message[lang]}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {preview.records.length > 0 && (
            <table className="sample">
              <caption>{t('import.first-records')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('cases.id')}</th>
                  <th scope="col">{t('cases.standard')}</th>
                  <th scope="col">{t('overview.worker')}</th>
                  <th scope="col">{t('cases.stage')}</th>
                  <th scope="col">{t('cases.status')}</th>
                  <th scope="col">{t('import.values-documents')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.records.slice(0, 5).map((r) => (
                  <tr key={r.id}>
                    <td>{r.id}</td>
                    <td>{standardName(lang, r.standard)}</td>
                    <td>{r.socialWorker}</td>
                    <td>{r.stageHistory.at(-1)!.stage}</td>
                    <td>{t(`case-status.${r.state.status}`)}</td>
                    <td>{r.tools.length + r.evaluations.length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <button
            type="button"
            className="primary"
            disabled={preview.records.length === 0}
            onClick={doImport}
          >
            {t('import.do', { n: preview.records.length })}
          </button>
        </>
      )}
      <p role="status" id="import-done">
        {done ?? ''}
      </p>
    </section>
  );
}

/** What was read, in the words the file's kind needs: a CSV's encoding and delimiter, an XLSX's sheet. */
function detected(t: T, table: Table, sheet: string | number | undefined): string {
  const counts = { rows: table.rows.length, cols: table.header.length };
  if (table.format === 'xlsx')
    return t('import.detected-xlsx', {
      ...counts,
      sheet: typeof sheet === 'string' ? t('import.sheet', { name: sheet }) : '',
    });
  const delimiter =
    table.delimiter === '\t'
      ? t('import.tab')
      : table.delimiter === ';'
        ? t('import.semicolon')
        : table.delimiter === ','
          ? t('import.comma')
          : `„${table.delimiter ?? ''}”`;
  return t('import.detected-csv', {
    ...counts,
    encoding: ENCODING_NAMES[table.encoding ?? ''] ?? table.encoding ?? '',
    delimiter,
  });
}

const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'windows-1250': 'Windows-1250',
  'iso-8859-2': 'ISO-8859-2',
};
