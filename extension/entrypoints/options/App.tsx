import { useCallback, useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { parseJsonText, parsePolicy, parseWith } from '../../../core/index.ts';
import type { InputError } from '../../../core/index.ts';
import { BUNDLED_ADAPTERS } from '../../adapters/index.ts';
import { Adapter } from '../../adapters/schema.ts';
import type { Lang } from '../../lib/facts.ts';
import { managedAdapterInputs } from '../../lib/policy.ts';
import type { PolicyInForce } from '../../lib/policy.ts';
import type { AdapterTestAnswer, KnownTab, RetentionAnswer } from '../../lib/protocol.ts';
import {
  customAdaptersItem,
  disabledAdaptersItem,
  managed,
  managedAdaptersItem,
  policyItem,
  retentionItem,
  settingsItem,
  systemsItem,
} from '../../lib/settings.ts';
import type { SystemConfig } from '../../lib/settings.ts';
import { localToday } from '../../lib/today.ts';
import { originPattern } from '../../lib/url-match.ts';
import { downloadBlob as download } from '../../lib/download.ts';
import { request } from '../../sidepanel/api.ts';
import { Errors } from '../../sidepanel/forms.tsx';
import { showDate } from '../../sidepanel/i18n.ts';
import { o } from './i18n.ts';
import { TeamSection } from './TeamSection.tsx';

type Source = 'bundled' | 'imported' | 'managed';
interface Listed {
  adapter: Adapter;
  source: Source;
}
interface State {
  lang: Lang;
  systems: SystemConfig[];
  granted: string[];
  adapters: Listed[];
  managedErrors: { n: number; errors: InputError[] }[];
  disabled: string[];
  policy: PolicyInForce;
  retention: RetentionAnswer;
  tabs: KnownTab[];
}

async function loadState(): Promise<State> {
  const managedInputs = managedAdapterInputs(await managed(managedAdaptersItem, null));
  const managedErrors: State['managedErrors'] = [];
  const adapters: Listed[] = BUNDLED_ADAPTERS.map((adapter) => ({ adapter, source: 'bundled' }));
  managedInputs.forEach((input, i) => {
    const parsed = parseWith(Adapter, input);
    if (parsed.ok) adapters.push({ adapter: parsed.value, source: 'managed' });
    else managedErrors.push({ n: i + 1, errors: parsed.errors });
  });
  for (const input of await customAdaptersItem.getValue()) {
    const parsed = Adapter.safeParse(input);
    if (parsed.success && !adapters.some((a) => a.adapter.id === parsed.data.id))
      adapters.push({ adapter: parsed.data, source: 'imported' });
  }
  const [settings, systems, permissions, disabled, policy, retention, tabs] = await Promise.all([
    settingsItem.getValue(),
    systemsItem.getValue(),
    browser.permissions.getAll(),
    disabledAdaptersItem.getValue(),
    request({ type: 'policy-in-force' }),
    request({ type: 'retention-preview' }),
    request({ type: 'known-tabs' }),
  ]);
  return {
    lang: settings.lang,
    systems,
    granted: permissions.origins ?? [],
    adapters,
    managedErrors,
    disabled,
    policy,
    retention,
    tabs,
  };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; errors: InputError[] } {
  return parseJsonText(text);
}

/** The options page: language, systems, adapters (and their live test), the policy, data and retention. */
export function App() {
  const [s, setS] = useState<State | null>(null);
  const reload = useCallback(async () => {
    const next = await loadState();
    document.documentElement.lang = next.lang;
    document.title = o(next.lang, 'title');
    setS(next);
  }, []);
  useEffect(() => {
    void reload();
    const onMessage = (m: { type?: string }) => {
      if (m?.type === 'panel-refresh') void reload();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [reload]);
  if (!s) return <p role="status">…</p>;
  const { lang } = s;
  return (
    <main>
      <h1>{o(lang, 'title')}</h1>
      <label htmlFor="lang">{o(lang, 'language')}</label>
      <select
        id="lang"
        value={lang}
        onChange={(e) =>
          void settingsItem.setValue({ lang: e.target.value === 'en' ? 'en' : 'pl' }).then(reload)
        }
      >
        <option value="pl">polski</option>
        <option value="en">English</option>
      </select>
      <p>
        <a href="./dashboard.html" target="_blank" rel="noopener">
          {o(lang, 'dashboard')}
        </a>
      </p>
      <Systems s={s} reload={reload} />
      <Adapters s={s} reload={reload} />
      <AdapterTest s={s} reload={reload} />
      <PolicySection s={s} reload={reload} />
      <DataSection s={s} reload={reload} />
      <RetentionSection s={s} reload={reload} />
      <TeamSection lang={lang} />
    </main>
  );
}

interface SectionProps {
  s: State;
  reload: () => Promise<void>;
}

function Systems({ s, reload }: SectionProps) {
  const { lang } = s;
  const [origin, setOrigin] = useState('');
  const [adapterId, setAdapterId] = useState(s.adapters[0]?.adapter.id ?? '');
  const [status, setStatus] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    let value: string;
    try {
      value = new URL(origin).origin;
      if (!/^https?:/.test(value)) throw new Error('scheme');
    } catch {
      setStatus(o(lang, 'bad-origin'));
      return;
    }
    // permissions.request must run in the click's user gesture: ask first, then save.
    void browser.permissions.request({ origins: [originPattern(value)] }).then(async (ok) => {
      if (!ok) return setStatus(o(lang, 'refused'));
      const rest = (await systemsItem.getValue()).filter((x) => x.origin !== value);
      await systemsItem.setValue([...rest, { origin: value, adapterId }]);
      setStatus('');
      await reload();
    });
  };
  return (
    <section aria-labelledby="systems-h">
      <h2 id="systems-h">{o(lang, 'systems')}</h2>
      <p>{o(lang, 'systems-intro')}</p>
      <ul id="systems">
        {s.systems.length ? (
          s.systems.map((x) => (
            <li key={x.origin} data-origin={x.origin}>
              {`${x.origin} → ${x.adapterId} (${o(lang, s.granted.includes(originPattern(x.origin)) ? 'granted' : 'not-granted')}) `}
              <button
                type="button"
                onClick={async () => {
                  await systemsItem.setValue(s.systems.filter((y) => y !== x));
                  await browser.permissions.remove({ origins: [originPattern(x.origin)] }).catch(() => false);
                  await reload();
                }}
              >
                {o(lang, 'remove')}
              </button>
            </li>
          ))
        ) : (
          <li>{o(lang, 'none')}</li>
        )}
      </ul>
      <form id="add-system" onSubmit={submit}>
        <label htmlFor="origin">{o(lang, 'origin')}</label>
        <input id="origin" type="url" required value={origin} onChange={(e) => setOrigin(e.target.value)} />
        <label htmlFor="adapter">{o(lang, 'adapter')}</label>
        <select id="adapter" value={adapterId} onChange={(e) => setAdapterId(e.target.value)}>
          {s.adapters.map(({ adapter }) => (
            <option key={adapter.id} value={adapter.id}>
              {adapter.name}
            </option>
          ))}
        </select>
        <button type="submit" id="grant">
          {o(lang, 'grant')}
        </button>
        <p id="system-status" role="status" className="error">
          {status}
        </p>
      </form>
    </section>
  );
}

function Adapters({ s, reload }: SectionProps) {
  const { lang } = s;
  const [json, setJson] = useState('');
  const [errors, setErrors] = useState<InputError[]>([]);
  const [ok, setOk] = useState('');
  const importText = async (text: string) => {
    setOk('');
    const data = parseJson(text);
    const parsed = data.ok ? parseWith(Adapter, data.value) : data;
    if (!parsed.ok) return setErrors(parsed.errors);
    setErrors([]);
    const rest = (await customAdaptersItem.getValue()).filter(
      (a) => (a as { id?: string }).id !== parsed.value.id,
    );
    await customAdaptersItem.setValue([...rest, data.ok ? (data.value as Adapter) : parsed.value]);
    setOk(o(lang, 'import-ok', { id: parsed.value.id }));
    await reload();
  };
  const toggle = async (id: string, on: boolean) => {
    const rest = s.disabled.filter((x) => x !== id);
    await disabledAdaptersItem.setValue(on ? rest : [...rest, id]);
    await reload();
  };
  return (
    <section aria-labelledby="adapters-h">
      <h2 id="adapters-h">{o(lang, 'adapters')}</h2>
      <p>{o(lang, 'adapters-intro')}</p>
      <ul id="adapters">
        {s.adapters.map(({ adapter, source }) => (
          <li key={adapter.id} data-adapter={adapter.id}>
            <label className="check">
              <input
                type="checkbox"
                checked={!s.disabled.includes(adapter.id)}
                onChange={(e) => void toggle(adapter.id, e.target.checked)}
              />
              {`${adapter.name} (${adapter.id}, ${o(lang, source === 'bundled' ? 'bundled' : source === 'managed' ? 'managed' : 'imported')}) – ${o(lang, 'enabled')}`}
            </label>
            <button
              type="button"
              onClick={() =>
                download(JSON.stringify(adapter, null, 2), `${adapter.id}.json`, 'application/json')
              }
            >
              {`${o(lang, 'export-adapter')} ${adapter.id}`}
            </button>
            {source === 'imported' ? (
              <button
                type="button"
                onClick={async () => {
                  const all = await customAdaptersItem.getValue();
                  await customAdaptersItem.setValue(
                    all.filter((a) => (a as { id?: string }).id !== adapter.id),
                  );
                  await reload();
                }}
              >
                {`${o(lang, 'remove')} ${adapter.id}`}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {s.managedErrors.map((m) => (
        <div key={m.n}>
          <p className="error">{o(lang, 'managed-invalid', { n: m.n })}</p>
          <Errors lang={lang} errors={m.errors} />
        </div>
      ))}
      <label htmlFor="adapter-json">{o(lang, 'import')}</label>
      <textarea
        id="adapter-json"
        rows={8}
        spellCheck={false}
        value={json}
        onChange={(e) => setJson(e.target.value)}
      />
      <button type="button" id="import" onClick={() => void importText(json)}>
        {o(lang, 'import-button')}
      </button>
      <label htmlFor="adapter-file">{o(lang, 'import-file')}</label>
      <input
        id="adapter-file"
        type="file"
        accept=".json,application/json"
        onChange={(e) => void e.target.files?.[0]?.text().then(importText)}
      />
      <div id="import-status">
        {errors.length ? <p className="error">{o(lang, 'import-errors')}</p> : null}
        <Errors lang={lang} errors={errors} />
        <p role="status" className="ok">
          {ok}
        </p>
      </div>
    </section>
  );
}

function AdapterTest({ s, reload }: SectionProps) {
  const { lang } = s;
  const [tabId, setTabId] = useState<number | undefined>(s.tabs[0]?.tabId);
  const [adapterId, setAdapterId] = useState(s.adapters[0]?.adapter.id ?? '');
  const [result, setResult] = useState<AdapterTestAnswer | null>(null);
  const chosenTab = s.tabs.find((t) => t.tabId === tabId) ?? s.tabs[0];
  const run = async () => {
    const adapter = s.adapters.find((a) => a.adapter.id === adapterId)?.adapter;
    if (!chosenTab || !adapter) return;
    setResult(await request({ type: 'adapter-test', tabId: chosenTab.tabId, adapter }));
  };
  return (
    <section aria-labelledby="test-h">
      <h2 id="test-h">{o(lang, 'test')}</h2>
      <p>{o(lang, 'test-intro')}</p>
      {s.tabs.length ? (
        <>
          <label htmlFor="test-tab">{o(lang, 'test-tab')}</label>
          <select id="test-tab" value={chosenTab?.tabId} onChange={(e) => setTabId(Number(e.target.value))}>
            {s.tabs.map((t) => (
              <option key={t.tabId} value={t.tabId}>
                {t.url}
              </option>
            ))}
          </select>
          <label htmlFor="test-adapter">{o(lang, 'adapter')}</label>
          <select id="test-adapter" value={adapterId} onChange={(e) => setAdapterId(e.target.value)}>
            {s.adapters.map(({ adapter }) => (
              <option key={adapter.id} value={adapter.id}>
                {adapter.name}
              </option>
            ))}
          </select>
          <button type="button" id="test-run" onClick={() => void run()}>
            {o(lang, 'test-run')}
          </button>
        </>
      ) : (
        <p>{o(lang, 'test-no-tabs')}</p>
      )}
      <button type="button" onClick={() => void reload()}>
        {o(lang, 'test-refresh')}
      </button>
      <div id="test-result" role="status">
        {result ? <TestResult lang={lang} result={result} /> : null}
      </div>
    </section>
  );
}

function TestResult({ lang, result }: { lang: Lang; result: AdapterTestAnswer }) {
  if (!result.ok) {
    if ('errors' in result) return <Errors lang={lang} errors={result.errors} />;
    return <p className="error">{o(lang, result.problem === 'no-tab' ? 'test-no-tab' : 'test-no-page')}</p>;
  }
  if (!result.pageId) return <p>{o(lang, 'test-no-page')}</p>;
  return (
    <>
      <p>{o(lang, 'test-page', { page: result.pageId })}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{o(lang, 'selector')}</th>
            <th scope="col">{o(lang, 'found')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(result.counts).map(([name, n]) => (
            <tr key={name} data-selector={name}>
              <td>{name}</td>
              <td>{n === 0 ? `✗ ${n}` : `✓ ${n}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.read !== undefined ? (
        <>
          <h3>{o(lang, 'test-read')}</h3>
          <pre tabIndex={0}>{JSON.stringify(result.read, null, 2)}</pre>
        </>
      ) : null}
    </>
  );
}

function PolicySection({ s, reload }: SectionProps) {
  const { lang, policy } = s;
  const [json, setJson] = useState('');
  const [errors, setErrors] = useState<InputError[]>([]);
  const [ok, setOk] = useState('');
  const importPolicy = async () => {
    setOk('');
    const data = parseJson(json);
    const parsed = data.ok ? parsePolicy(data.value) : data;
    if (!parsed.ok || !data.ok) return setErrors(parsed.ok ? [] : parsed.errors);
    setErrors([]);
    await policyItem.setValue({ policy: data.value, importedOn: localToday() });
    setOk(o(lang, 'policy-ok'));
    await reload();
  };
  const isManaged = policy.source === 'managed';
  return (
    <section aria-labelledby="policy-h">
      <h2 id="policy-h">{o(lang, 'policy')}</h2>
      <p id="policy-source" data-source={policy.source}>
        {o(lang, `policy-source-${policy.source}`)}
      </p>
      {policy.managedErrors ? (
        <>
          <p className="error">{o(lang, 'policy-managed-invalid')}</p>
          <Errors lang={lang} errors={policy.managedErrors} />
        </>
      ) : null}
      {policy.policy ? (
        <details>
          <summary>{o(lang, 'policy-view')}</summary>
          <pre id="policy-view" tabIndex={0}>
            {JSON.stringify(policy.policy, null, 2)}
          </pre>
        </details>
      ) : null}
      {isManaged ? null : (
        <>
          <label htmlFor="policy-json">{o(lang, 'policy-import')}</label>
          <textarea
            id="policy-json"
            rows={6}
            spellCheck={false}
            value={json}
            onChange={(e) => setJson(e.target.value)}
          />
          <button type="button" id="policy-import" onClick={() => void importPolicy()}>
            {o(lang, 'policy-import-button')}
          </button>
          <button
            type="button"
            id="policy-reset"
            onClick={() => void policyItem.setValue(null).then(reload)}
            disabled={policy.source !== 'imported'}
          >
            {o(lang, 'policy-reset')}
          </button>
        </>
      )}
      <div id="policy-status">
        {errors.length ? <p className="error">{o(lang, 'policy-errors')}</p> : null}
        <Errors lang={lang} errors={errors} />
        <p role="status" className="ok">
          {ok}
        </p>
      </div>
    </section>
  );
}

function DataSection({ s, reload }: SectionProps) {
  const { lang } = s;
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<InputError[]>([]);
  const [confirm, setConfirm] = useState(false);
  const exportAll = async () => {
    const { file, cases } = await request({ type: 'records-export' });
    const name = `standardy-zapisy-${file.exportedOn}.json`;
    download(JSON.stringify(file, null, 2), name, 'application/json');
    setErrors([]);
    setStatus(o(lang, 'data-exported', { n: cases, file: name }));
  };
  const importFile = async (text: string) => {
    const data = parseJson(text);
    const answer = data.ok ? await request({ type: 'records-import', data: data.value }) : data;
    if (!answer.ok) {
      setStatus(o(lang, 'data-import-errors'));
      setErrors(answer.errors);
      return;
    }
    setErrors([]);
    setStatus(o(lang, 'data-imported', { n: 'cases' in answer ? answer.cases : 0 }));
    await reload();
  };
  return (
    <section aria-labelledby="data-h">
      <h2 id="data-h">{o(lang, 'data')}</h2>
      <p>{o(lang, 'data-intro')}</p>
      <button type="button" id="data-export" onClick={() => void exportAll()}>
        {o(lang, 'data-export')}
      </button>
      <label htmlFor="data-import">{o(lang, 'data-import')}</label>
      <input
        id="data-import"
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          void f?.text().then(importFile);
        }}
      />
      <label className="check">
        <input
          id="data-wipe-confirm"
          type="checkbox"
          checked={confirm}
          onChange={(e) => setConfirm(e.target.checked)}
        />
        {o(lang, 'data-wipe-confirm')}
      </label>
      <button
        type="button"
        id="data-wipe"
        disabled={!confirm}
        onClick={() =>
          void request({ type: 'records-wipe' }).then(async () => {
            setConfirm(false);
            setErrors([]);
            setStatus(o(lang, 'data-wiped'));
            await reload();
          })
        }
      >
        {o(lang, 'data-wipe')}
      </button>
      <div id="data-status">
        <p role="status">{status}</p>
        <Errors lang={lang} errors={errors} />
      </div>
    </section>
  );
}

function RetentionSection({ s, reload }: SectionProps) {
  const { lang, retention } = s;
  const [days, setDays] = useState(retention.days === null ? '' : String(retention.days));
  const [status, setStatus] = useState('');
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const n = days.trim() === '' ? null : Number(days);
    if (n !== null && !(Number.isInteger(n) && n >= 1 && n <= 3650))
      return setStatus(o(lang, 'retention-bad'));
    await retentionItem.setValue({ days: n });
    setStatus(o(lang, 'retention-saved'));
    await reload();
  };
  return (
    <section aria-labelledby="retention-h">
      <h2 id="retention-h">{o(lang, 'retention')}</h2>
      {retention.managed ? (
        <p>{o(lang, 'retention-managed', { days: retention.days ?? '' })}</p>
      ) : (
        <form onSubmit={(e) => void save(e)}>
          <label htmlFor="retention-days">{o(lang, 'retention-days')}</label>
          <input
            id="retention-days"
            inputMode="numeric"
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
          <button type="submit">{o(lang, 'retention-save')}</button>
          <p role="status">{status}</p>
        </form>
      )}
      {retention.days === null ? (
        <p>{o(lang, 'retention-off')}</p>
      ) : retention.cases.length ? (
        <>
          <p>{o(lang, 'retention-list')}</p>
          <ul id="retention-list">
            {retention.cases.map((c) => (
              <li key={`${c.system}|${c.caseId}`} data-case={c.caseId}>
                {`${c.caseId} (${c.system}): ${o(lang, 'retention-case')} ${showDate(lang, c.closedOn)}, ${o(lang, 'retention-purge')} ${showDate(lang, c.purgeOn)}`}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{o(lang, 'retention-none')}</p>
      )}
    </section>
  );
}
