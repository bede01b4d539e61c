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
import { t } from './i18n.ts';
import type { PanelKey } from './i18n.ts';
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

  if (!view || !policy) return <p role="status">{t('pl', 'panel.loading')}</p>;
  const lang: Lang = view.lang;
  const optionsLink = (
    <p>
      <button type="button" className="link" onClick={openOptions}>
        {t(lang, 'panel.open-options')}
      </button>
    </p>
  );
  if (view.kind !== 'case') {
    const text =
      view.kind === 'no-page'
        ? t(lang, 'panel.no-page')
        : view.kind === 'no-adapter'
          ? t(lang, 'panel.no-adapter', { url: view.url })
          : view.kind === 'no-case'
            ? t(lang, 'panel.no-case', { adapter: view.adapterName })
            : t(lang, 'panel.case-unknown', { caseId: view.caseId });
    return (
      <main>
        <h1>{t(lang, 'panel.title')}</h1>
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
      <h1>{t(lang, 'panel.case', { caseId: view.caseId })}</h1>
      <TeamStatusLine lang={lang} system={view.system} caseId={view.caseId} />
      <p id="case-summary">
        {t(lang, 'panel.summary', {
          standard: standard?.name[lang] ?? record.standard,
          stage: evaluation.stage,
          stageName: stage.name[lang],
          since: evaluation.stageEnteredOn,
          status: t(lang, `status.${evaluation.status}`),
        })}
      </p>
      <p id="provenance" className="note">
        {`${t(lang, 'provenance.label')}: ${t(lang, 'provenance.status', {
          origin: originText(lang, view.provenance.status),
          on: view.provenance.status.on,
        })}; ${t(lang, 'provenance.stage', {
          origin: originText(lang, view.provenance.stage),
          on: view.provenance.stage.on,
        })}.`}
      </p>
      {evaluation.crisis ? <p className="crisis">{t(lang, 'panel.crisis-on')}</p> : null}
      {evaluation.frame ? (
        <p>
          {t(lang, 'panel.frame', {
            days: evaluation.frame.days,
            limit: evaluation.frame.limit,
            overdue: evaluation.frame.overdue ? t(lang, 'panel.frame-overdue') : '',
          })}
        </p>
      ) : null}
      {view.purgeOn ? (
        <p className="notice" id="purge-notice">
          {t(lang, 'panel.purge', { date: view.purgeOn })}
        </p>
      ) : null}

      <section aria-labelledby="findings-h">
        <h2 id="findings-h">{t(lang, 'findings')}</h2>
        {evaluation.findings.length ? (
          <ul className="findings">
            {evaluation.findings.map((f, i) => (
              <li key={i} data-code={f.code} data-severity={f.severity} className={f.severity}>
                <strong>{t(lang, `severity.${f.severity}`)}:</strong> {f.message[lang]}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t(lang, 'findings.none')}</p>
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
      <AgreementSection
        lang={lang}
        today={today}
        record={record}
        evaluation={evaluation}
        change={change}
        hostTools={view.hostTools}
        ownTools={view.ownTools}
      />
      <RecordSection lang={lang} today={today} record={record} evaluation={evaluation} change={change} />
      <Drafts lang={lang} today={today} record={record} rules={policy.rules} policy={policy.policy} />
      {optionsLink}
    </main>
  );
}

/** Who set a fact, in words: the centre's system, a worker's record (with its author), an import. */
export function originText(lang: Lang, p: { origin: 'host' | 'worker' | 'import'; by?: string }): string {
  if (p.origin === 'worker' && p.by) return t(lang, 'origin.worker-by', { by: p.by });
  const key: PanelKey = `origin.${p.origin}`;
  return t(lang, key);
}
