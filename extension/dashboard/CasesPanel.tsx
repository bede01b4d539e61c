import { useEffect, useMemo, useRef, useState } from 'react';
import { FINDING_CODES, plDate, SOCIAL_WORK_STANDARD_IDS, STAGE_IDS } from '../../core/index.ts';
import type { Audit, CaseEvaluation } from '../../core/index.ts';
import type { Lang, T } from './i18n.ts';
import { percent } from './i18n.ts';
import { requirementName, stageName, standardName } from './labels.ts';
import { caseShare, filterCases, NO_FILTERS } from './model.ts';
import type { CaseFilters } from './model.ts';

const SHOWN = 200;

/** Filters (worker, category, stage, status, finding) over the evaluated cases, and one case's checklist. */
export function CasesPanel({
  t,
  lang,
  audit,
  selected,
  onSelect,
}: {
  t: T;
  lang: Lang;
  audit: Audit;
  selected: string | undefined;
  onSelect(id: string | undefined): void;
}) {
  const [filters, setFilters] = useState<CaseFilters>(NO_FILTERS);
  const cases = audit.check.cases;
  const shown = useMemo(() => filterCases(cases, filters), [cases, filters]);
  const workers = useMemo(() => [...new Set(cases.map((c) => c.socialWorker))].sort(), [cases]);
  const codes = useMemo(() => {
    const present = new Set(cases.flatMap((c) => c.findings.map((f) => f.code)));
    return FINDING_CODES.filter((code) => present.has(code));
  }, [cases]);
  const open = selected ? cases.find((c) => c.caseId === selected) : undefined;
  const set = (patch: Partial<CaseFilters>) => setFilters({ ...filters, ...patch });
  if (cases.length === 0) return null;

  return (
    <section id="sprawy" aria-labelledby="sprawy-h">
      <h2 id="sprawy-h">{t('section.cases')}</h2>
      {open && <CaseDetail t={t} lang={lang} c={open} onClose={() => onSelect(undefined)} />}
      <fieldset className="filters">
        <legend>{t('filter.legend')}</legend>
        <label>
          {t('filter.worker')}{' '}
          <select id="filter-worker" value={filters.worker} onChange={(e) => set({ worker: e.target.value })}>
            <option value="">{t('filter.all')}</option>
            {workers.map((w) => (
              <option key={w} value={w}>
                {w}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filter.standard')}{' '}
          <select
            id="filter-standard"
            value={filters.standard}
            onChange={(e) => set({ standard: e.target.value as CaseFilters['standard'] })}
          >
            <option value="">{t('filter.all')}</option>
            {SOCIAL_WORK_STANDARD_IDS.map((id) => (
              <option key={id} value={id}>
                {standardName(lang, id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filter.stage')}{' '}
          <select
            id="filter-stage"
            value={filters.stage}
            onChange={(e) => set({ stage: e.target.value as CaseFilters['stage'] })}
          >
            <option value="">{t('filter.all')}</option>
            {STAGE_IDS.map((id) => (
              <option key={id} value={id}>
                {stageName(lang, id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filter.status')}{' '}
          <select
            id="filter-status"
            value={filters.status}
            onChange={(e) => set({ status: e.target.value as CaseFilters['status'] })}
          >
            <option value="">{t('filter.all')}</option>
            {(['active', 'suspended', 'closed'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`case-status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filter.finding')}{' '}
          <select
            id="filter-finding"
            value={filters.finding}
            onChange={(e) => set({ finding: e.target.value as CaseFilters['finding'] })}
          >
            <option value="">{t('filter.all')}</option>
            <option value="any">{t('filter.any-finding')}</option>
            {codes.map((code) => (
              <option key={code} value={code}>
                {t(`finding.${code}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setFilters(NO_FILTERS)}>
          {t('filter.reset')}
        </button>
      </fieldset>
      <p role="status" id="cases-count">
        {t('filter.count', { n: shown.length, total: cases.length })}
      </p>
      <table className="cases" id="cases-table">
        <thead>
          <tr>
            <th scope="col">{t('cases.id')}</th>
            <th scope="col">{t('cases.standard')}</th>
            <th scope="col">{t('overview.worker')}</th>
            <th scope="col">{t('cases.stage')}</th>
            <th scope="col">{t('cases.status')}</th>
            <th scope="col">{t('cases.completeness')}</th>
            <th scope="col">{t('cases.findings')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.slice(0, SHOWN).map((c) => (
            <tr key={c.caseId} data-case={c.caseId}>
              <th scope="row">
                <button
                  type="button"
                  className="link"
                  aria-label={t('cases.open', { id: c.caseId })}
                  onClick={() => onSelect(c.caseId)}
                >
                  {c.caseId}
                </button>
              </th>
              <td>{standardName(lang, c.standard)}</td>
              <td>{c.socialWorker}</td>
              <td>{c.stage}</td>
              <td>{t(`case-status.${c.status}`)}</td>
              <td className="num">{percent(lang, caseShare(c))}</td>
              <td>{c.findings.map((f) => t(`finding.${f.code}`)).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length > SHOWN && <p>{t('cases.more', { n: SHOWN })}</p>}
    </section>
  );
}

const MARK: Record<string, string> = {
  done: '✓',
  missing: '✗',
  waived: '–',
  optional: '○',
  'not-yet-due': '…',
  'not-applicable': '·',
};

/** One case: its checklist with each status in words, and its findings. */
function CaseDetail({ t, lang, c, onClose }: { t: T; lang: Lang; c: CaseEvaluation; onClose(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [c.caseId]);
  return (
    <div className="case-detail" id="case-detail" role="region" aria-labelledby="case-detail-h">
      <h3 id="case-detail-h" tabIndex={-1} ref={heading}>
        {t('case.title', { id: c.caseId })}
      </h3>
      <p>
        {t('case.meta', {
          standard: standardName(lang, c.standard),
          worker: c.socialWorker,
          stage: stageName(lang, c.stage),
          since: plDate(c.stageEnteredOn),
          status: t(`case-status.${c.status}`),
        })}
      </p>
      <table className="checklist" id="case-checklist">
        <caption>{t('case.checklist')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cases.stage')}</th>
            <th scope="col">{t('case.requirement')}</th>
            <th scope="col">{t('case.class')}</th>
            <th scope="col">{t('case.state')}</th>
            <th scope="col">{t('case.date')}</th>
          </tr>
        </thead>
        <tbody>
          {c.checklist.map((item) => (
            <tr
              key={`${item.stage}-${item.requirement}`}
              className={`check ${item.status}`}
              data-requirement={item.requirement}
              data-status={item.status}
            >
              <td>{item.stage}</td>
              <td>{requirementName(lang, item, t('case.or'))}</td>
              <td>{item.class}</td>
              <td>
                <span aria-hidden="true">{MARK[item.status]} </span>
                {t(`check.${item.status}`)}
              </td>
              <td>
                {item.doneOn
                  ? plDate(item.doneOn)
                  : item.waived
                    ? `${plDate(item.waived.on)} – ${item.waived.reason}`
                    : item.dueOn
                      ? t('case.due', { date: plDate(item.dueOn) })
                      : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{t('case.findings')}</h4>
      {c.findings.length === 0 ? (
        <p>{t('case.no-findings')}</p>
      ) : (
        <ul>
          {c.findings.map((f, i) => (
            <li key={i}>
              <strong>{t(`severity.${f.severity}`)}:</strong> {f.message[lang]}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onClose}>
        {t('case.close')}
      </button>
    </div>
  );
}
