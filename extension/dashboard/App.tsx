import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  buildAudit,
  DEMO_REGISTER_MAPPING,
  parseRecordsFile,
  RegisterMapping,
  teamCase,
  teamCases,
} from '../../core/index.ts';
import type { EvaluationCache, RecordsFile } from '../../core/index.ts';
import type { DashboardItem, ImportedRecordsFiles, ImportedRegister, ImportedTimeUse } from '../lib/db.ts';
import { rulesOf } from '../lib/policy.ts';
import type { DashboardState, PanelRefresh } from '../lib/protocol.ts';
import { localToday } from '../lib/today.ts';
import { teamMessages } from '../lib/team/messages.ts';
import { request } from '../sidepanel/api.ts';
import { CasesPanel } from './CasesPanel.tsx';
import { translator } from './i18n.ts';
import type { Lang } from './i18n.ts';
import { ImportWizard } from './ImportWizard.tsx';
import { InstitutionPanel } from './InstitutionPanel.tsx';
import { Overview } from './Overview.tsx';
import { RecordsFilesPanel } from './RecordsFilesPanel.tsx';
import { ReportsPanel } from './ReportsPanel.tsx';
import { SourcePanel } from './SourcePanel.tsx';
import type { TeamFeedState } from './team-feed.ts';
import { TeamSourcePanel } from './TeamSourcePanel.tsx';
import { WorkloadPanel } from './WorkloadPanel.tsx';
import { completeData } from './model.ts';

/**
 * The supervisor's dashboard: sources → import → overview, cases, workload, institution model, reports.
 * Its data live in the background's database (typed messages, never IndexedDB here); every case is built
 * by the core's case builder from the register, the workers' records files and this browser's records,
 * and evaluated under the policy in force.
 */
export function App() {
  const today = useMemo(() => localToday(), []);
  const [lang, setLang] = useState<Lang>('pl');
  const t = useMemo(() => translator(lang), [lang]);
  const [state, setState] = useState<DashboardState>();
  const [useRegister, setUseRegister] = useState(true);
  const [useFiles, setUseFiles] = useState(true);
  const [useLocal, setUseLocal] = useState(true);
  const [useTeam, setUseTeam] = useState(true);
  const [teamFeed, setTeamFeed] = useState<TeamFeedState>();
  const [selectedCase, setSelectedCase] = useState<string>();

  const load = useCallback(async () => {
    const next = await request({ type: 'dashboard-state' });
    setState(next);
    return next;
  }, []);
  useEffect(() => {
    void load().then((s) => setLang(s.lang));
    // A worker's record changed in a side panel of this browser, or the policy in force changed.
    const onMessage = (m: PanelRefresh) => {
      if (m?.type === 'panel-refresh') void load();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [load]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `standardy – ${t('title')}`;
  }, [lang, t]);

  const rules = useMemo(() => rulesOf(state?.policy ?? { source: 'default', policy: null }), [state]);
  const register = state?.items.register;
  const timeUse = state?.items['time-use'];
  const mapping = useMemo(() => {
    const parsed = RegisterMapping.safeParse(state?.items.mapping?.mapping ?? DEMO_REGISTER_MAPPING);
    return parsed.success ? parsed.data : RegisterMapping.parse(DEMO_REGISTER_MAPPING);
  }, [state]);
  const files: { fileName: string; file: RecordsFile }[] = useMemo(() => {
    const out: { fileName: string; file: RecordsFile }[] = [];
    for (const f of state?.items['records-files']?.files ?? []) {
      const parsed = parseRecordsFile(f.file, { rules, today });
      if (parsed.ok) out.push({ fileName: f.fileName, file: parsed.value });
    }
    return out;
  }, [state, rules, today]);
  const local = state?.local;
  // This browser's own records and the team server's, both as shared records for the case builder (the
  // server's keep their system and reader: the builder reads only an entry's and a reading's own fields).
  const shared = useMemo(() => {
    const server = useTeam ? teamFeed?.records : undefined;
    const own = useLocal && local && (local.host.length || local.entries.length) ? local : undefined;
    if (!server) return own;
    if (!own) return server;
    return { host: [...own.host, ...server.host], entries: [...own.entries, ...server.entries] };
  }, [local, useLocal, teamFeed, useTeam]);
  const sources = useMemo(
    () => ({
      ...(useRegister && register
        ? { register: { records: register.records, asOf: register.importedOn } }
        : {}),
      files: useFiles ? files.map((f) => f.file) : [],
      ...(shared ? { shared } : {}),
    }),
    [register, files, shared, useRegister, useFiles],
  );
  const built = useRef<{ key: unknown[]; team: ReturnType<typeof teamCases> }>(undefined);
  const team = useMemo(() => {
    const key = [register, files, local, useRegister, useFiles, useLocal, useTeam, today];
    const prev = built.current;
    // A live change from the team's server: only the cases it touched are built again (20,000 cases
    // rebuilt on every worker's click would take seconds; docs/team.md, BENCH team.change_visible_ms).
    const next =
      prev && teamFeed?.changed && key.every((x, i) => x === prev.key[i])
        ? mergeTeam(prev.team, teamCases(sources, today, new Set(teamFeed.changed)), teamFeed.changed)
        : teamCases(sources, today);
    built.current = { key, team: next };
    return next;
  }, [sources, register, files, local, useRegister, useFiles, useLocal, useTeam, teamFeed, today]);
  // Unchanged cases keep their evaluation while the team's records change live.
  const evaluations = useRef<EvaluationCache>(new WeakMap());
  // Only a register lists every case of the centre: without it each count is a lower bound.
  const complete = completeData({ register: sources.register !== undefined });
  // Where the opened case's facts came from: the same builder, for that one case.
  const provenance = useMemo(
    () => (selectedCase ? teamCase(sources, selectedCase, today)?.provenance : undefined),
    [sources, selectedCase, today],
  );
  const audit = useMemo(
    () => buildAudit(team.records, rules, today, timeUse?.entries, evaluations.current),
    [team, rules, today, timeUse],
  );

  const save = async (item: DashboardItem) => {
    await request({ type: 'dashboard-save', item });
    await load();
  };
  const remove = async (key: DashboardItem['key']) => {
    await request({ type: 'dashboard-delete', key });
    await load();
  };
  const saveRegister = (r: ImportedRegister) => {
    setSelectedCase(undefined);
    void save(r);
  };
  const saveTimeUse = (x: ImportedTimeUse | undefined) => void (x ? save(x) : remove('time-use'));
  const saveMapping = (m: RegisterMapping) => void save({ key: 'mapping', mapping: m });
  const saveFiles = (x: ImportedRecordsFiles | undefined) => void (x ? save(x) : remove('records-files'));
  const clearAll = () => {
    setSelectedCase(undefined);
    void Promise.all([remove('register'), remove('time-use'), remove('records-files')]);
  };

  const sourceLabel = [
    useRegister && register ? t('reports.source-register', { name: register.fileName }) : '',
    useFiles && files.length ? t('reports.source-files', { n: files.length }) : '',
    useLocal && local && (local.host.length || local.entries.length) ? t('reports.source-remembered') : '',
    useTeam && teamFeed?.records ? teamMessages.t(lang, 'dashboard.title') : '',
  ]
    .filter(Boolean)
    .join(' + ');

  const sections = [
    ['zrodlo', 'section.source'],
    ['zespol', 'section.team'],
    ['import', 'section.import'],
    ['zapisy', 'section.records'],
    ['przeglad', 'section.overview'],
    ['sprawy', 'section.cases'],
    ['obciazenie', 'section.workload'],
    ['instytucja', 'section.institution'],
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
        <ReportsPanel
          t={t}
          lang={lang}
          audit={audit}
          today={today}
          source={sourceLabel}
          institutionName={state?.policy.policy?.institution?.name}
        />
      </header>
      <main aria-busy={!state}>
        <SourcePanel
          t={t}
          lang={lang}
          today={today}
          register={register}
          filesCount={files.length}
          localCount={
            local
              ? new Set([...local.host.map((h) => h.caseId), ...local.entries.map((e) => e.caseId)]).size
              : 0
          }
          toolsUnknown={team.toolsUnknown.length}
          useRegister={useRegister}
          useFiles={useFiles}
          useLocal={useLocal}
          onUseRegister={setUseRegister}
          onUseFiles={setUseFiles}
          onUseLocal={setUseLocal}
          policy={state?.policy}
          onPolicyChanged={() => void load()}
          casesTotal={team.records.length}
          onClear={clearAll}
        />
        <TeamSourcePanel
          lang={lang}
          feed={teamFeed}
          onFeed={setTeamFeed}
          use={useTeam}
          onUse={setUseTeam}
          register={useRegister ? register?.records : undefined}
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
        <RecordsFilesPanel
          t={t}
          lang={lang}
          today={today}
          rules={rules}
          register={register}
          saved={state?.items['records-files']}
          onSaved={saveFiles}
        />
        <Overview t={t} lang={lang} audit={audit} complete={complete} onOpenCase={setSelectedCase} />
        <CasesPanel
          t={t}
          lang={lang}
          audit={audit}
          selected={selectedCase}
          provenance={provenance}
          onSelect={setSelectedCase}
        />
        <WorkloadPanel
          t={t}
          lang={lang}
          audit={audit}
          rules={rules}
          timeUse={timeUse}
          onImported={saveTimeUse}
        />
        <InstitutionPanel t={t} lang={lang} audit={audit} complete={complete} />
      </main>
    </>
  );
}

/** The team's cases with the ones in `changed` replaced by their rebuilt versions (`part`). */
function mergeTeam(
  prev: ReturnType<typeof teamCases>,
  part: ReturnType<typeof teamCases>,
  changed: readonly string[],
): ReturnType<typeof teamCases> {
  const gone = new Set(changed);
  const records = prev.records.filter((r) => !gone.has(r.id)).concat(part.records);
  records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const toolsUnknown = prev.toolsUnknown
    .filter((id) => !gone.has(id))
    .concat(part.toolsUnknown)
    .sort();
  return { records, toolsUnknown };
}
