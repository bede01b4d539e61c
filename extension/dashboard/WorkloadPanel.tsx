import { useState } from 'react';
import { formatNumber, formatPercent, importTimeUse, isInputFailure, readTable } from '../../core/index.ts';
import type { Audit, Rules, WorkloadTable } from '../../core/index.ts';
import { fileBytes } from '../lib/download.ts';
import { FileButton } from '../ui/FileButton.tsx';
import type { Lang, T } from './i18n.ts';
import { categoryLetter, categoryName } from './labels.ts';
import type { ImportedTimeUse } from '../lib/db.ts';

// Distinguishable fills for up to 13 categories (A–Ł); each segment also carries its letter.
const FILLS = [
  '#1f5fa8',
  '#c2571a',
  '#2e7d32',
  '#8e24aa',
  '#b71c1c',
  '#00695c',
  '#6d4c41',
  '#455a64',
  '#ad1457',
  '#827717',
  '#283593',
  '#4e342e',
  '#37474f',
];

/** Time use in the pilot's categories per worker and team, beside the Toruń baseline (docs/standard.md §6). */
export function WorkloadPanel({
  t,
  lang,
  audit,
  rules,
  timeUse,
  onImported,
}: {
  t: T;
  lang: Lang;
  audit: Audit;
  rules: Rules;
  timeUse: ImportedTimeUse | undefined;
  onImported(x: ImportedTimeUse): void;
}) {
  const [error, setError] = useState<string>();
  const load = async (file: File | undefined) => {
    if (!file) return;
    try {
      const { entries, errors } = importTimeUse(await readTable(await fileBytes(file)));
      setError(undefined);
      onImported({ key: 'time-use', fileName: file.name, entries, errors });
    } catch (e) {
      const detail = isInputFailure(e) ? e.errors.map((x) => x.message[lang]).join('; ') : String(e);
      setError(t('import.read-failed', { detail }));
    }
  };
  const w = audit.workload;
  const threshold = rules.policy.documentationShareThreshold;
  return (
    <section id="obciazenie" aria-labelledby="obciazenie-h">
      <h2 id="obciazenie-h">{t('section.workload')}</h2>
      <FileButton
        lang={lang}
        label={t('workload.file')}
        data-testid="time-use-file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onFiles={(files) => void load(files?.[0])}
      />
      <p className="note">{t('workload.help')}</p>
      {error && <p role="alert">{error}</p>}
      <p role="status" id="time-use-status">
        {timeUse
          ? t('workload.imported', {
              n: timeUse.entries.length,
              name: timeUse.fileName,
              errors: timeUse.errors.length,
            })
          : t('workload.none')}
      </p>
      {timeUse && timeUse.errors.length > 0 && (
        <ul className="issues">
          {timeUse.errors.slice(0, 20).map((e, i) => (
            <li key={i}>
              {t('import.row')} {e.row}: {e.message[lang]}
            </li>
          ))}
        </ul>
      )}
      {w && (
        <>
          <h3>{t('workload.findings')}</h3>
          {w.findings.length === 0 ? (
            <p>{t('workload.findings-none', { threshold: formatPercent(lang, threshold) })}</p>
          ) : (
            <ul id="workload-findings">
              {w.findings.map((f, i) => (
                <li key={i}>
                  <strong>{t(`severity.${f.severity}`)}:</strong> {f.message[lang]}
                </li>
              ))}
            </ul>
          )}
          <WorkloadBlock
            t={t}
            lang={lang}
            table={w.socialWorkers}
            title={t('workload.sw')}
            id="workload-sw"
          />
          <WorkloadBlock
            t={t}
            lang={lang}
            table={w.benefitsWorkers}
            title={t('workload.bw')}
            id="workload-bw"
          />
        </>
      )}
    </section>
  );
}

function WorkloadBlock({
  t,
  lang,
  table,
  title,
  id,
}: {
  t: T;
  lang: Lang;
  table: WorkloadTable;
  title: string;
  id: string;
}) {
  if (table.workers.length === 0) return null;
  const rows = [
    ...table.workers.map((r) => ({ key: r.worker, label: r.worker, row: r })),
    { key: 'team', label: t('workload.team'), row: table.team },
    { key: 'obop', label: t('workload.obop'), row: table.baseline.obop },
    { key: 'rzd', label: t('workload.rzd'), row: table.baseline.rzd },
  ];
  const BAR = 20;
  const GAP = 8;
  const LEFT = 290;
  const WIDTH = 760;
  const plot = WIDTH - LEFT - 10;
  const height = rows.length * (BAR + GAP) + 10;
  return (
    <div className="workload" data-testid={id}>
      <h3>{title}</h3>
      <div className="workload-grid">
        {/* A wide table scrolls on its own; focusable, so the keyboard can scroll it too. */}
        <div className="scroll" tabIndex={0} role="region" aria-label={title}>
          <table id={`${id}-table`}>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('overview.worker')}</th>
                {table.categories.map((c) => (
                  <th scope="col" key={c}>
                    <abbr title={categoryName(lang, c)}>{categoryLetter(c)}</abbr>
                  </th>
                ))}
                <th scope="col">{t('workload.total')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ key, label, row }) => (
                <tr key={key} data-row={key}>
                  <th scope="row">{label}</th>
                  {table.categories.map((c) => (
                    <td key={c} className="num">
                      {formatPercent(lang, row.share[c] ?? 0)}
                    </td>
                  ))}
                  <td className="num">{formatNumber(lang, row.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="legend-box" data-testid={`${id}-legend`}>
          <p className="legend-title">{t('workload.legend')}</p>
          <dl>
            {table.categories.map((c, k) => (
              <div key={c}>
                <dt>
                  <span
                    className="swatch"
                    style={{ background: FILLS[k % FILLS.length] }}
                    aria-hidden="true"
                  />
                  {categoryLetter(c)}
                </dt>
                <dd>{categoryName(lang, c)}</dd>
              </div>
            ))}
          </dl>
        </div>
        <figure className="chart">
          <figcaption id={`${id}-cap`}>{t('workload.chart')}</figcaption>
          <svg
            viewBox={`0 0 ${WIDTH} ${height}`}
            width="100%"
            role="img"
            aria-labelledby={`${id}-cap ${id}-desc`}
          >
            <desc id={`${id}-desc`}>
              {rows
                .map(
                  ({ label, row }) =>
                    `${label}: ${table.categories.map((c) => `${categoryLetter(c)} ${formatPercent(lang, row.share[c] ?? 0)}`).join(', ')}`,
                )
                .join('; ')}
            </desc>
            {rows.map(({ key, label, row }, i) => {
              const y = 5 + i * (BAR + GAP);
              let x = LEFT;
              return (
                <g key={key}>
                  <text x={LEFT - 8} y={y + BAR * 0.72} textAnchor="end" className="label">
                    {label}
                  </text>
                  {table.categories.map((c, k) => {
                    const width = (row.share[c] ?? 0) * plot;
                    const at = x;
                    x += width;
                    return width <= 0 ? null : (
                      <g key={c}>
                        <rect x={at} y={y} width={width} height={BAR} fill={FILLS[k % FILLS.length]} />
                        {width > 16 && (
                          <text x={at + width / 2} y={y + BAR * 0.72} textAnchor="middle" className="seg">
                            {categoryLetter(c)}
                          </text>
                        )}
                      </g>
                    );
                  })}
                </g>
              );
            })}
          </svg>
        </figure>
      </div>
    </div>
  );
}
