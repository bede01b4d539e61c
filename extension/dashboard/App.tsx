import { useEffect, useMemo, useState } from 'react';
import {
  buildAudit,
  compileRules,
  DEFAULT_POLICY,
  DEMO_REGISTER_MAPPING,
  RegisterMapping,
} from '../../core/index.ts';
import type { CaseRecord } from '../../core/index.ts';
import type { CaseFacts } from '../lib/facts.ts';
import { settingsItem } from '../lib/settings.ts';
import { localToday } from '../lib/today.ts';
import { CasesPanel } from './CasesPanel.tsx';
import { translator } from './i18n.ts';
import type { Lang } from './i18n.ts';
import { ImportWizard } from './ImportWizard.tsx';
import { InstitutionPanel } from './InstitutionPanel.tsx';
import { combineRecords, rememberedRecords } from './model.ts';
import { Overview } from './Overview.tsx';
import { ReportsPanel } from './ReportsPanel.tsx';
import { SourcePanel } from './SourcePanel.tsx';
import { DashboardDb, loadSaved, readRememberedFacts } from './storage.ts';
import type { ImportedRegister, ImportedTimeUse, SavedPolicy } from './storage.ts';
import { WorkloadPanel } from './WorkloadPanel.tsx';

/** The supervisor's dashboard: sources → import → overview, cases, workload, institution model, reports. */
export function App({ db }: { db: DashboardDb }) {
  const today = useMemo(() => localToday(), []);
  const [lang, setLang] = useState<Lang>('pl');
  const t = useMemo(() => translator(lang), [lang]);
  const [ready, setReady] = useState(false);
  const [register, setRegister] = useState<ImportedRegister>();
  const [timeUse, setTimeUse] = useState<ImportedTimeUse>();
  const [policy, setPolicy] = useState<SavedPolicy>();
  const [mapping, setMapping] = useState<RegisterMapping>(() => RegisterMapping.parse(DEMO_REGISTER_MAPPING));
  const [facts, setFacts] = useState<CaseFacts[]>([]);
  const [useRegister, setUseRegister] = useState(true);
  const [useRemembered, setUseRemembered] = useState(true);
  const [selectedCase, setSelectedCase] = useState<string>();

  useEffect(() => {
    void (async () => {
      const [saved, remembered, settings] = await Promise.all([
        loadSaved(db),
        readRememberedFacts().catch(() => [] as CaseFacts[]),
        settingsItem.getValue().catch(() => undefined),
      ]);
      if (settings) setLang(settings.lang);
      setRegister(saved.register);
      setTimeUse(saved['time-use']);
      setPolicy(saved.policy);
      if (saved.mapping) {
        const parsed = RegisterMapping.safeParse(saved.mapping.mapping);
        if (parsed.success) setMapping(parsed.data);
      }
      setFacts(remembered);
      setReady(true);
    })();
  }, [db]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `standardy – ${t('title')}`;
  }, [lang, t]);

  const rules = useMemo(() => compileRules(policy?.policy ?? DEFAULT_POLICY), [policy]);
  const remembered = useMemo(() => rememberedRecords(facts, today), [facts, today]);
  const records: CaseRecord[] = useMemo(
    () => combineRecords(useRegister ? (register?.records ?? []) : [], useRemembered ? remembered : []),
    [register, remembered, useRegister, useRemembered],
  );
  const audit = useMemo(
    () => buildAudit(records, rules, today, timeUse?.entries),
    [records, rules, today, timeUse],
  );

  const saveRegister = (r: ImportedRegister | undefined) => {
    setRegister(r);
    setSelectedCase(undefined);
    void (r ? db.items.put(r) : db.items.delete('register'));
  };
  const saveTimeUse = (x: ImportedTimeUse | undefined) => {
    setTimeUse(x);
    void (x ? db.items.put(x) : db.items.delete('time-use'));
  };
  const savePolicy = (p: SavedPolicy | undefined) => {
    setPolicy(p);
    void (p ? db.items.put(p) : db.items.delete('policy'));
  };
  const saveMapping = (m: RegisterMapping) => {
    setMapping(m);
    void db.items.put({ key: 'mapping', mapping: m });
  };
  const clearAll = () => {
    saveRegister(undefined);
    saveTimeUse(undefined);
  };

  const sourceLabel = [
    useRegister && register ? t('reports.source-register', { name: register.fileName }) : '',
    useRemembered && remembered.length ? t('reports.source-remembered') : '',
  ]
    .filter(Boolean)
    .join(' + ');

  const sections = [
    ['zrodlo', 'section.source'],
    ['import', 'section.import'],
    ['przeglad', 'section.overview'],
    ['sprawy', 'section.cases'],
    ['obciazenie', 'section.workload'],
    ['instytucja', 'section.institution'],
    ['raporty', 'section.reports'],
  ] as const;

  return (
    <>
      <header className="top">
        <h1>{t('title')}</h1>
        <p className="intro">{t('intro')}</p>
        <label className="lang">
          {t('language')}{' '}
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
            <option value="pl">polski</option>
            <option value="en">English</option>
          </select>
        </label>
        <nav aria-label={t('nav.label')}>
          <ul>
            {sections.map(([id, key]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(key)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main aria-busy={!ready}>
        <SourcePanel
          t={t}
          lang={lang}
          today={today}
          register={register}
          rememberedCount={remembered.length}
          useRegister={useRegister}
          useRemembered={useRemembered}
          onUseRegister={setUseRegister}
          onUseRemembered={setUseRemembered}
          policy={policy}
          onPolicy={savePolicy}
          casesTotal={records.length}
          onClear={clearAll}
        />
        <ImportWizard
          t={t}
          lang={lang}
          today={today}
          rules={rules}
          mapping={mapping}
          onMapping={saveMapping}
          onImported={saveRegister}
        />
        <Overview t={t} lang={lang} audit={audit} onOpenCase={setSelectedCase} />
        <CasesPanel t={t} lang={lang} audit={audit} selected={selectedCase} onSelect={setSelectedCase} />
        <WorkloadPanel
          t={t}
          lang={lang}
          audit={audit}
          rules={rules}
          timeUse={timeUse}
          onImported={saveTimeUse}
        />
        <InstitutionPanel t={t} lang={lang} audit={audit} />
        <ReportsPanel
          t={t}
          lang={lang}
          audit={audit}
          today={today}
          source={sourceLabel}
          institutionName={policy?.policy.institution?.name}
        />
      </main>
    </>
  );
}
