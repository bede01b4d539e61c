import { formatNumber, formatPercent } from '../../core/index.ts';
import type { Audit } from '../../core/index.ts';
import { CaseloadChart } from './CaseloadChart.tsx';
import type { Lang, T } from './i18n.ts';
import { MIN_DUE_FOR_SHARE, overdueFindings, shareKnown, shownCaseloadStatus } from './model.ts';

/**
 * Team completeness, caseload per worker against the norms (table and chart), overdue stages and reviews.
 * Figures say only what the data can: a share from a handful of tools is "za mało danych", and without the
 * register (`complete` false) a worker's count is a lower bound, so "w normie" is never claimed.
 */
export function Overview({
  t,
  lang,
  audit,
  complete,
  onOpenCase,
}: {
  t: T;
  lang: Lang;
  audit: Audit;
  complete: boolean;
  onOpenCase(id: string): void;
}) {
  const c = audit.check;
  const s = c.summary;
  if (s.cases === 0)
    return (
      <section id="przeglad" aria-labelledby="przeglad-h">
        <h2 id="przeglad-h">{t('section.overview')}</h2>
        <p>{t('overview.empty')}</p>
      </section>
    );
  const team = c.completeness.team;
  const byWorker = new Map(c.completeness.byWorker.map((w) => [w.worker, w]));
  const gaps = new Map<string, number>();
  for (const g of c.completeness.gaps) gaps.set(g.worker, (gaps.get(g.worker) ?? 0) + 1);
  const overdue = overdueFindings(c);
  const overdueBy = new Map<string, number>();
  for (const f of overdue) overdueBy.set(f.worker, (overdueBy.get(f.worker) ?? 0) + 1);
  const rows = [...c.caseload.rows].sort((a, b) =>
    a.role === b.role ? a.worker.localeCompare(b.worker) : a.role === 'social-worker' ? -1 : 1,
  );

  return (
    <section id="przeglad" aria-labelledby="przeglad-h">
      <h2 id="przeglad-h">{t('section.overview')}</h2>
      <div className="cards">
        <div className="card" data-testid="team-completeness" data-known={shareKnown(team.due)}>
          <p className="card-title">{t('overview.completeness')}</p>
          <p className="big">
            {shareKnown(team.due) ? formatPercent(lang, team.share) : t('overview.too-little')}
          </p>
          <p>
            {shareKnown(team.due)
              ? t('overview.completeness-detail', { done: team.done, due: team.due })
              : t('overview.too-little-detail', { min: MIN_DUE_FOR_SHARE, done: team.done, due: team.due })}
          </p>
        </div>
        <div className="card" data-testid="active-cases">
          <p className="card-title">{t('overview.active')}</p>
          <p className="big">{s.active}</p>
          <p>{t('overview.active-detail', { s: s.suspended, c: s.closed })}</p>
          {complete ? null : <p className="note">{t('overview.partial-note')}</p>}
        </div>
        <div className="card" data-testid="findings">
          <p className="card-title">{t('overview.findings')}</p>
          <p className="big">{s.findings.error + s.findings.warning + s.findings.info}</p>
          <p>
            {t('overview.findings-detail', {
              e: s.findings.error,
              w: s.findings.warning,
              i: s.findings.info,
            })}
          </p>
        </div>
      </div>

      <table className="workers" id="workers-table">
        <caption>{t('overview.chart')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('overview.worker')}</th>
            <th scope="col">{t('overview.role')}</th>
            <th scope="col">{t('overview.active-col')}</th>
            <th scope="col">{t('overview.suspended-col')}</th>
            <th scope="col">{t('overview.norm')}</th>
            <th scope="col">{t('overview.caseload-status')}</th>
            <th scope="col">{t('overview.completeness-col')}</th>
            <th scope="col">{t('overview.gaps-col')}</th>
            <th scope="col">{t('overview.overdue-col')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const w = r.role === 'social-worker' ? byWorker.get(r.worker) : undefined;
            const status = shownCaseloadStatus(r, complete);
            return (
              <tr key={`${r.role}-${r.worker}`} data-worker={r.worker} data-role={r.role}>
                <th scope="row">{r.displayName ? `${r.worker} – ${r.displayName}` : r.worker}</th>
                <td>{t(`role.${r.role}`)}</td>
                <td className="num">{complete ? r.active : `≥ ${r.active}`}</td>
                <td className="num">{r.suspended}</td>
                <td className="num">{formatNumber(lang, r.norm)}</td>
                <td className={`status ${status}`}>{t(`status.${status}`)}</td>
                <td className="num">
                  {!w
                    ? '—'
                    : shareKnown(w.due)
                      ? t('cases.share', { share: formatPercent(lang, w.share), done: w.done, due: w.due })
                      : t('cases.share', { share: t('overview.too-little'), done: w.done, due: w.due })}
                </td>
                <td className="num">{r.role === 'social-worker' ? (gaps.get(r.worker) ?? 0) : '—'}</td>
                <td className="num">{r.role === 'social-worker' ? (overdueBy.get(r.worker) ?? 0) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h3>{t('overview.chart')}</h3>
      <CaseloadChart t={t} lang={lang} rows={c.caseload.rows} role="social-worker" complete={complete} />
      <CaseloadChart t={t} lang={lang} rows={c.caseload.rows} role="benefits-worker" complete={complete} />

      <h3>{t('overview.overdue')}</h3>
      {overdue.length === 0 ? (
        <p>{t('overview.overdue-none')}</p>
      ) : (
        <ul className="overdue" id="overdue-list">
          {overdue.map((f, i) => (
            <li key={i}>
              <button type="button" className="link" onClick={() => onOpenCase(f.caseId)}>
                {f.caseId}
              </button>{' '}
              ({f.worker}): {f.message[lang]}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
