import { useState } from 'react';
import { formatError, parseJsonBytes, parseRecordsFile, summariseFile } from '../../core/index.ts';
import type { FileSummary, InputError, RecordsFileV2, Rules } from '../../core/index.ts';
import type { ImportedRecordsFiles, ImportedRegister } from '../lib/db.ts';
import { fileBytes } from '../lib/download.ts';
import { FileButton } from '../ui/FileButton.tsx';
import type { Lang, T } from './i18n.ts';

interface Props {
  t: T;
  lang: Lang;
  today: string;
  rules: Rules;
  register: ImportedRegister | undefined;
  saved: ImportedRecordsFiles | undefined;
  onSaved(x: ImportedRecordsFiles | undefined): void;
}

interface Checked {
  fileName: string;
  errors: InputError[];
  summary?: FileSummary;
  file?: RecordsFileV2;
}

/** Largest records file read (a worker's export is a few MB even for hundreds of cases). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * The team's records without a server: each worker exports their records in the options page; the
 * supervisor loads the files (several, or a folder of them) here. Every file is checked and summarised
 * against the register before anything is imported, and nothing is imported half: one bad file stops
 * them all.
 */
export function RecordsFilesPanel({ t, lang, today, rules, register, saved, onSaved }: Props) {
  const [checked, setChecked] = useState<Checked[]>([]);
  const [status, setStatus] = useState('');
  const reg = register ? { records: register.records, asOf: register.importedOn } : undefined;

  const read = async (list: File[]) => {
    setStatus('');
    const files = list.filter((f) => /\.json$/i.test(f.name));
    const out: Checked[] = [];
    for (const f of files) {
      if (f.size > MAX_FILE_BYTES) {
        out.push({
          fileName: f.name,
          errors: [{ path: '', message: { pl: t('records.too-large'), en: t('records.too-large') } }],
        });
        continue;
      }
      const json = parseJsonBytes(await fileBytes(f));
      const parsed = json.ok ? parseRecordsFile(json.value, { rules, today }) : json;
      if (!parsed.ok) out.push({ fileName: f.name, errors: parsed.errors });
      else if (parsed.value.formatVersion !== 2)
        out.push({
          fileName: f.name,
          errors: [
            { path: 'formatVersion', message: { pl: t('records.old-format'), en: t('records.old-format') } },
          ],
        });
      else
        out.push({
          fileName: f.name,
          errors: [],
          summary: summariseFile(parsed.value, reg, today),
          file: (json as { value: RecordsFileV2 }).value,
        });
    }
    if (!files.length) setStatus(t('records.none'));
    setChecked(out);
  };

  const bad = checked.filter((c) => c.errors.length);
  const importAll = () => {
    const kept = (saved?.files ?? []).filter((f) => !checked.some((c) => c.fileName === f.fileName));
    onSaved({
      key: 'records-files',
      files: [...kept, ...checked.map((c) => ({ fileName: c.fileName, importedOn: today, file: c.file! }))],
    });
    setStatus(t('records.imported', { n: checked.length }));
    setChecked([]);
  };

  return (
    <section id="zapisy" aria-labelledby="zapisy-h">
      <h2 id="zapisy-h">{t('section.records')}</h2>
      <p>{t('records.intro')}</p>
      <div className="row">
        <FileButton
          lang={lang}
          label={t('records.files')}
          multiple
          accept=".json,application/json"
          reset
          onFiles={(files) => void read(files)}
        />
        <FileButton
          lang={lang}
          label={t('records.folder')}
          // A folder of exports at once (Chromium and Firefox both support it).
          {...({ webkitdirectory: '' } as object)}
          reset
          onFiles={(files) => void read(files)}
        />
      </div>
      {checked.length ? (
        <>
          <table className="records-summary">
            <caption>{t('records.summary')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('records.col-file')}</th>
                <th scope="col">{t('records.col-cases')}</th>
                <th scope="col">{t('records.col-in-register')}</th>
                <th scope="col">{t('records.col-newer')}</th>
                <th scope="col">{t('records.col-older')}</th>
                <th scope="col">{t('records.col-conflicts')}</th>
              </tr>
            </thead>
            <tbody>
              {checked.map((c) => (
                <tr key={c.fileName} data-file={c.fileName}>
                  <th scope="row">{c.fileName}</th>
                  {c.summary ? (
                    <>
                      <td>{c.summary.cases}</td>
                      <td>{c.summary.inRegister}</td>
                      <td>{c.summary.newer}</td>
                      <td>{c.summary.older}</td>
                      <td>{c.summary.conflicts}</td>
                    </>
                  ) : (
                    <td colSpan={5} className="error">
                      {t('records.file-invalid')}
                      <ul>
                        {c.errors.slice(0, 10).map((e, i) => (
                          <li key={i}>{formatError(e, lang)}</li>
                        ))}
                      </ul>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {bad.length ? (
            <p role="alert">{t('records.none-imported', { n: bad.length })}</p>
          ) : (
            <p>
              <button type="button" onClick={importAll}>
                {t('records.import', { n: checked.length })}
              </button>{' '}
              <button type="button" onClick={() => setChecked([])}>
                {t('records.cancel')}
              </button>
            </p>
          )}
        </>
      ) : null}
      <p role="status">{status}</p>
      {saved?.files.length ? (
        <>
          <h3>{t('records.loaded')}</h3>
          <ul id="records-files">
            {saved.files.map((f) => (
              <li key={f.fileName}>
                {t('records.loaded-file', {
                  name: f.fileName,
                  worker: f.file.worker ?? '—',
                  date: f.file.exportedOn,
                })}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => onSaved(undefined)}>
            {t('records.remove')}
          </button>
        </>
      ) : null}
    </section>
  );
}
