import { useEffect, useMemo, useRef, useState } from 'react';
import { FINDING_CODES, formatPercent, SOCIAL_WORK_STANDARD_IDS, STAGE_IDS } from '../../core/index.ts';
import type { Audit, BuiltCase, CaseEvaluation, Provenance } from '../../core/index.ts';
import { Pager, pageOf } from '../ui/Pager.tsx';
import type { Lang, T } from './i18n.ts';
import { requirementName, stageName, standardName } from './labels.ts';
import { filterCases, NO_FILTERS } from './model.ts';
import type { CaseFilters } from './model.ts';

/** Filters (worker, category, stage, status, finding) over the evaluated cases, and one case's checklist. */
export function CasesPanel({
  t,
  lang,
  audit,
  selected,
  provenance,
  onSelect,
}: {
  t: T;
  lang: Lang;
  audit: Audit;
  selected: string | undefined;
  /** Where the selected case's facts came from (the same builder's answer for that one case). */
  provenance: BuiltCase['provenance'] | undefined;
  onSelect(id: string | undefined): void;
}) {
  const [filters, setFilters] = useState<CaseFilters>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const [size, setSize] = useState(25);
  const cases = audit.check.cases;
  const shown = useMemo(() => filterCases(cases, filters), [cases, filters]);
  const workers = useMemo(() => [...new Set(cases.map((c) => c.socialWorker))].sort(), [cases]);
  // A worker by name where the policy gives one ("PS-01 – Anna Wiśniewska"), else by id.
  const names = useMemo(
    () =>
      new Map(audit.check.caseload.rows.flatMap((r) => (r.displayName ? [[r.worker, r.displayName]] : []))),
    [audit],
  );
  const codes = useMemo(() => {
    const present = new Set(cases.flatMap((c) => c.findings.map((f) => f.code)));
    return FINDING_CODES.filter((code) => present.has(code));
  }, [cases]);
  const open = selected ? cases.find((c) => c.caseId === selected) : undefined;
  const set = (patch: Partial<CaseFilters>) => {
    setFilters({ ...filters, ...patch });
    setPage(1);
  };
  const current = pageOf(shown, page, size);
  if (cases.length === 0) return null;

  return (
    <section id="sprawy" aria-labelledby="sprawy-h">
      <h2 id="sprawy-h">{t('section.cases')}</h2>
      {open && (
        <CaseDetail t={t} lang={lang} c={open} provenance={provenance} onClose={() => onSelect(undefined)} />
      )}
      <fieldset className="filters">
        <legend>{t('filter.legend')}</legend>
        <label>
          {t('filter.case')}{' '}
          <input
            id="filter-case"
            type="search"
            size={14}
            value={filters.caseId}
            onChange={(e) => set({ caseId: e.target.value })}
          />
        </label>
        <label>
          {t('filter.worker')}{' '}
          <select id="filter-worker" value={filters.worker} onChange={(e) => set({ worker: e.target.value })}>
            <option value="">{t('filter.all')}</option>
            {workers.map((w) => (
              <option key={w} value={w}>
                {names.has(w) ? `${w} – ${names.get(w)}` : w}
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
        <button
          type="button"
          onClick={() => {
            setFilters(NO_FILTERS);
            setPage(1);
          }}
        >
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
          {current.rows.map((c) => (
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
              <td className="num">{caseCompleteness(t, lang, c)}</td>
              <td>{c.findings.map((f) => t(`finding.${f.code}`)).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager
        lang={lang}
        id="cases-pager"
        name={t('cases.pager')}
        page={current.page}
        pages={current.pages}
        from={current.from}
        to={current.to}
        total={shown.length}
        size={size}
        onPage={setPage}
        onSize={(n) => {
          setSize(n);
          setPage(1);
        }}
      />
    </section>
  );
}

/** One case's documentation: "67 % (2 z 3)", or "nic jeszcze nie wymagane" when nothing is due yet. */
export function caseCompleteness(t: T, lang: Lang, c: CaseEvaluation): string {
  const { done, due } = c.documentation;
  if (due === 0) return t('cases.nothing-due');
  return t('cases.share', { share: formatPercent(lang, done / due, 0), done, due });
}

const MARK: Record<string, string> = {
  done: '✓',
  missing: '✗',
  waived: '–',
  optional: '○',
  'not-yet-due': '…',
  'not-applicable': '·',
};

const FACTS = ['status', 'stage', 'standard', 'socialWorker'] as const;

/** Who set a fact: the centre's system, a worker (with the author), an import. */
function originText(t: T, p: Provenance): string {
  if (p.origin === 'worker' && p.by) return t('origin.worker-by', { by: p.by });
  return t(`origin.${p.origin}`);
}

/** One case: its checklist with each status in words, where its facts came from, and its findings. */
function CaseDetail({
  t,
  lang,
  c,
  provenance,
  onClose,
}: {
  t: T;
  lang: Lang;
  c: CaseEvaluation;
  provenance: BuiltCase['provenance'] | undefined;
  onClose(): void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [c.caseId]);
  const classes = [...new Set(c.checklist.map((i) => i.class))];
  return (
    <div
      className="case-detail"
      id="case-detail"
      role="region"
      aria-labelledby="case-detail-h"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="case-detail-head">
        <h3 id="case-detail-h" tabIndex={-1} ref={heading}>
          {t('case.title', { id: c.caseId })}
        </h3>
        <button type="button" onClick={onClose} aria-label={t('case.close-label', { id: c.caseId })}>
          {t('case.close')}
        </button>
      </div>
      <p>
        {t('case.meta', {
          standard: standardName(lang, c.standard),
          worker: c.socialWorker,
          stage: stageName(lang, c.stage),
          since: c.stageEnteredOn,
          status: t(`case-status.${c.status}`),
        })}
      </p>
      {provenance ? (
        <table className="provenance" id="case-provenance">
          <caption>{t('case.provenance')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('case.fact')}</th>
              <th scope="col">{t('case.source')}</th>
              <th scope="col">{t('case.since')}</th>
            </tr>
          </thead>
          <tbody>
            {FACTS.map((fact) => {
              const p = provenance[fact];
              return (
                <tr key={fact} data-fact={fact} data-origin={p.origin}>
                  <th scope="row">{t(`fact.${fact}`)}</th>
                  <td>{originText(t, p)}</td>
                  <td>
                    {/* The host dates a status or a stage it shows without a date by the day it was seen. */}
                    {p.origin === 'host' && (fact === 'status' || fact === 'stage')
                      ? t('origin.host-seen', { on: p.on })
                      : t('origin.on', { on: p.on })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <div className="with-legend">
        <table className="checklist" id="case-checklist">
          <caption>{t('case.checklist')}</caption>
          <colgroup>
            <col className="col-stage" />
            <col />
            <col className="col-class" />
            <col className="col-state" />
            <col className="col-date" />
          </colgroup>
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
                className={`check-row ${item.status}`}
                data-requirement={item.requirement}
                data-status={item.status}
              >
                <td>{item.stage}</td>
                <td>{requirementName(lang, item, t('case.or'))}</td>
                <td>
                  <abbr title={t(`legend.${item.class}`)}>{item.class}</abbr>
                </td>
                <td className="state">
                  <span aria-hidden="true">{MARK[item.status]} </span>
                  {t(`check.${item.status}`)}
                </td>
                <td>
                  {item.doneOn
                    ? t('case.done-on', { date: item.doneOn })
                    : item.waived
                      ? t('case.waived-on', { date: item.waived.on, reason: item.waived.reason })
                      : item.dueOn
                        ? t('case.due', { date: item.dueOn })
                        : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="legend-box">
          <p className="legend-title">{t('legend.classes')}</p>
          <dl>
            {classes.map((k) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{t(`legend.${k}`)}</dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
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
    </div>
  );
}
