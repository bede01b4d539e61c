import { useCallback, useEffect, useState } from 'react';
import { STAGES, STANDARDS } from '../../core/index.ts';
import type { Policy, Rules } from '../../core/index.ts';
import { browser } from 'wxt/browser';
import type { Lang } from '../lib/facts.ts';
import { rulesOf } from '../lib/policy.ts';
import type { PanelRefresh, PanelView } from '../lib/protocol.ts';
import { localToday } from '../lib/today.ts';
import { followedTab, openOptions, request } from './api.ts';
import { Checklist } from './Checklist.tsx';
import { Drafts } from './Drafts.tsx';
import { showDate, tr } from './i18n.ts';
import { AgreementSection, RecordSection } from './RecordForms.tsx';
import { TeamStatusLine } from './TeamStatusLine.tsx';

/** The side panel: the case the followed tab shows, evaluated by the core, and the standard's own record. */
export function App() {
  const [view, setView] = useState<PanelView | null>(null);
  const [policy, setPolicy] = useState<{ rules: Rules; policy: Policy | null } | null>(null);
  const [tabId, setTabId] = useState<number | undefined>();

  const load = useCallback(async () => {
    const tab = await followedTab();
    setTabId(tab);
    const [next, inForce] = await Promise.all([
      request({ type: 'panel-view', tabId: tab }),
      request({ type: 'policy-in-force' }),
    ]);
    setPolicy({ rules: rulesOf(inForce), policy: inForce.policy });
    setView(next);
    document.documentElement.lang = next.lang;
  }, []);

  useEffect(() => {
    void load();
    const onMessage = (m: PanelRefresh) => {
      if (m?.type === 'panel-refresh') void load();
    };
    const reload = () => void load();
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onActivated.addListener(reload);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(reload);
    };
  }, [load]);

  if (!view || !policy) return <p role="status">{tr('pl', 'panel.loading')}</p>;
  const lang: Lang = view.lang;
  const optionsLink = (
    <p>
      <button type="button" className="link" onClick={openOptions}>
        {tr(lang, 'panel.open-options')}
      </button>
    </p>
  );
  if (view.kind !== 'case') {
    const text =
      view.kind === 'no-page'
        ? tr(lang, 'panel.no-page')
        : view.kind === 'no-adapter'
          ? tr(lang, 'panel.no-adapter', { url: view.url })
          : view.kind === 'no-case'
            ? tr(lang, 'panel.no-case', { adapter: view.adapterName })
            : tr(lang, 'panel.case-unknown', { caseId: view.caseId });
    return (
      <main>
        <h1>{tr(lang, 'panel.title')}</h1>
        <p id="panel-state" data-kind={view.kind}>
          {text}
        </p>
        <TeamStatusLine lang={lang} />
        {optionsLink}
      </main>
    );
  }

  const { record, evaluation } = view;
  const today = localToday();
  const change = (c: unknown) =>
    request({ type: 'record-change', system: view.system, caseId: view.caseId, change: c }).then(
      async (a) => {
        if (a.ok) await load();
        return a;
      },
    );
  const stage = STAGES.find((s) => s.id === evaluation.stage)!;
  const standard = STANDARDS.find((s) => s.id === record.standard);
  return (
    <main data-case={view.caseId} data-tab={tabId}>
      <h1>{tr(lang, 'panel.case', { caseId: view.caseId })}</h1>
      <TeamStatusLine lang={lang} system={view.system} caseId={view.caseId} />
      <p id="case-summary">
        {tr(lang, 'panel.summary', {
          standard: standard?.name[lang] ?? record.standard,
          stage: evaluation.stage,
          stageName: stage.name[lang],
          since: showDate(lang, evaluation.stageEnteredOn),
          status: tr(lang, `status.${evaluation.status}`),
        })}
      </p>
      {evaluation.crisis ? <p className="crisis">{tr(lang, 'panel.crisis-on')}</p> : null}
      {evaluation.frame ? (
        <p>
          {tr(lang, 'panel.frame', {
            days: evaluation.frame.days,
            limit: evaluation.frame.limit,
            overdue: evaluation.frame.overdue ? tr(lang, 'panel.frame-overdue') : '',
          })}
        </p>
      ) : null}
      {view.purgeOn ? (
        <p className="notice" id="purge-notice">
          {tr(lang, 'panel.purge', { date: showDate(lang, view.purgeOn) })}
        </p>
      ) : null}

      <section aria-labelledby="findings-h">
        <h2 id="findings-h">{tr(lang, 'findings')}</h2>
        {evaluation.findings.length ? (
          <ul className="findings">
            {evaluation.findings.map((f, i) => (
              <li key={i} data-code={f.code} data-severity={f.severity} className={f.severity}>
                <strong>{tr(lang, `severity.${f.severity}`)}:</strong> {f.message[lang]}
              </li>
            ))}
          </ul>
        ) : (
          <p>{tr(lang, 'findings.none')}</p>
        )}
      </section>

      <Checklist
        lang={lang}
        today={today}
        rules={policy.rules}
        checklist={evaluation.checklist}
        ownTools={view.ownTools}
        hostTools={view.hostTools}
        change={change}
      />
      <AgreementSection lang={lang} today={today} record={record} evaluation={evaluation} change={change} />
      <RecordSection lang={lang} today={today} record={record} evaluation={evaluation} change={change} />
      <Drafts lang={lang} today={today} record={record} rules={policy.rules} policy={policy.policy} />
      {optionsLink}
    </main>
  );
}
