import { useCallback, useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { decodeUtf8File, isInputFailure, parseJsonText, parseWith, printable } from '../../../core/index.ts';
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
  retentionItem,
  settingsItem,
  systemsItem,
} from '../../lib/settings.ts';
import type { SystemConfig } from '../../lib/settings.ts';
import { originPattern } from '../../lib/url-match.ts';
import { backupTooLarge, sendBackup } from '../../lib/chunked.ts';
import { downloadBlob as download } from '../../lib/download.ts';
import { request } from '../../sidepanel/api.ts';
import { Errors } from '../../sidepanel/forms.tsx';
import { t } from './i18n.ts';
import { FileButton } from '../../ui/FileButton.tsx';
import { ProbeRead, pageName, selectorName } from './ProbeRead.tsx';
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
    document.title = t(next.lang, 'title');
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
      <h1>{t(lang, 'title')}</h1>
      <label htmlFor="lang">{t(lang, 'language')}</label>
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
          {t(lang, 'dashboard')}
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
      setStatus(t(lang, 'bad-origin'));
      return;
    }
    // permissions.request must run in the click's user gesture: ask first, then save.
    void browser.permissions.request({ origins: [originPattern(value)] }).then(async (ok) => {
      if (!ok) return setStatus(t(lang, 'refused'));
      const rest = (await systemsItem.getValue()).filter((x) => x.origin !== value);
      await systemsItem.setValue([...rest, { origin: value, adapterId }]);
      setStatus('');
      await reload();
    });
  };
  return (
    <section aria-labelledby="systems-h">
      <h2 id="systems-h">{t(lang, 'systems')}</h2>
      <p>{t(lang, 'systems-intro')}</p>
      <ul id="systems">
        {s.systems.length ? (
          s.systems.map((x) => (
            <li key={x.origin} data-origin={x.origin}>
              {`${x.origin} → ${s.adapters.find((a) => a.adapter.id === x.adapterId)?.adapter.name ?? x.adapterId} (${t(lang, s.granted.includes(originPattern(x.origin)) ? 'granted' : 'not-granted')}) `}
              <button
                type="button"
                onClick={async () => {
                  await systemsItem.setValue(s.systems.filter((y) => y !== x));
                  await browser.permissions.remove({ origins: [originPattern(x.origin)] }).catch(() => false);
                  await reload();
                }}
              >
                {t(lang, 'remove')}
              </button>
            </li>
          ))
        ) : (
          <li>{t(lang, 'none')}</li>
        )}
      </ul>
      <form id="add-system" onSubmit={submit}>
        <label htmlFor="origin">{t(lang, 'origin')}</label>
        <input id="origin" type="url" required value={origin} onChange={(e) => setOrigin(e.target.value)} />
        <label htmlFor="adapter">{t(lang, 'adapter')}</label>
        <select id="adapter" value={adapterId} onChange={(e) => setAdapterId(e.target.value)}>
          {s.adapters.map(({ adapter }) => (
            <option key={adapter.id} value={adapter.id}>
              {adapter.name}
            </option>
          ))}
        </select>
        <button type="submit" id="grant">
          {t(lang, 'grant')}
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
    setOk(t(lang, 'import-ok', { id: parsed.value.id }));
    await reload();
  };
  const toggle = async (id: string, on: boolean) => {
    const rest = s.disabled.filter((x) => x !== id);
    await disabledAdaptersItem.setValue(on ? rest : [...rest, id]);
    await reload();
  };
  return (
    <section aria-labelledby="adapters-h">
      <h2 id="adapters-h">{t(lang, 'adapters')}</h2>
      <p>{t(lang, 'adapters-intro')}</p>
      <ul id="adapters">
        {s.adapters.map(({ adapter, source }) => (
          <li key={adapter.id} data-adapter={adapter.id}>
            <label className="check">
              <input
                type="checkbox"
                checked={!s.disabled.includes(adapter.id)}
                onChange={(e) => void toggle(adapter.id, e.target.checked)}
              />
              {`${adapter.name} (${t(lang, source === 'bundled' ? 'bundled' : source === 'managed' ? 'managed' : 'imported')}) – ${t(lang, 'enabled')}`}
            </label>
            <button
              type="button"
              onClick={() =>
                download(JSON.stringify(adapter, null, 2), `${adapter.id}.json`, 'application/json')
              }
            >
              {t(lang, 'export-adapter', { name: adapter.name })}
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
                {t(lang, 'remove-adapter', { name: adapter.name })}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {s.managedErrors.map((m) => (
        <div key={m.n}>
          <p className="error">{t(lang, 'managed-invalid', { n: m.n })}</p>
          <Errors lang={lang} errors={m.errors} />
        </div>
      ))}
      <label htmlFor="adapter-json">{t(lang, 'import')}</label>
      <textarea
        id="adapter-json"
        rows={8}
        spellCheck={false}
        value={json}
        onChange={(e) => setJson(e.target.value)}
      />
      <button type="button" id="import" onClick={() => void importText(json)}>
        {t(lang, 'import-button')}
      </button>
      <p>
        <FileButton
          lang={lang}
          label={t(lang, 'import-file')}
          data-testid="adapter-file"
          accept=".json,application/json"
          reset
          onFiles={(files) => void files?.[0]?.text().then(importText)}
        />
      </p>
      <div id="import-status">
        {errors.length ? <p className="error">{t(lang, 'import-errors')}</p> : null}
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
  const chosenTab = s.tabs.find((tab) => tab.tabId === tabId) ?? s.tabs[0];
  const run = async () => {
    const adapter = s.adapters.find((a) => a.adapter.id === adapterId)?.adapter;
    if (!chosenTab || !adapter) return;
    setResult(await request({ type: 'adapter-test', tabId: chosenTab.tabId, adapter }));
  };
  return (
    <section aria-labelledby="test-h">
      <h2 id="test-h">{t(lang, 'test')}</h2>
      <p>{t(lang, 'test-intro')}</p>
      {s.tabs.length ? (
        <>
          <label htmlFor="test-tab">{t(lang, 'test-tab')}</label>
          <select id="test-tab" value={chosenTab?.tabId} onChange={(e) => setTabId(Number(e.target.value))}>
            {s.tabs.map((tab) => (
              <option key={tab.tabId} value={tab.tabId}>
                {tab.url}
              </option>
            ))}
          </select>
          <label htmlFor="test-adapter">{t(lang, 'adapter')}</label>
          <select id="test-adapter" value={adapterId} onChange={(e) => setAdapterId(e.target.value)}>
            {s.adapters.map(({ adapter }) => (
              <option key={adapter.id} value={adapter.id}>
                {adapter.name}
              </option>
            ))}
          </select>
          <button type="button" id="test-run" onClick={() => void run()}>
            {t(lang, 'test-run')}
          </button>
        </>
      ) : (
        <p>{t(lang, 'test-no-tabs')}</p>
      )}
      <button type="button" onClick={() => void reload()}>
        {t(lang, 'test-refresh')}
      </button>
      <div id="test-result" role="status">
        {result ? (
          <TestResult
            lang={lang}
            result={result}
            adapter={s.adapters.find((a) => a.adapter.id === adapterId)?.adapter}
          />
        ) : null}
      </div>
    </section>
  );
}

function TestResult({ lang, result, adapter }: { lang: Lang; result: AdapterTestAnswer; adapter?: Adapter }) {
  if (!result.ok) {
    if ('errors' in result) return <Errors lang={lang} errors={result.errors} />;
    return <p className="error">{t(lang, result.problem === 'no-tab' ? 'test-no-tab' : 'test-no-page')}</p>;
  }
  if (!result.pageId) return <p>{t(lang, 'test-no-page')}</p>;
  return (
    <>
      <p data-page={result.pageId}>
        {t(lang, 'test-page', { page: pageName(lang, adapter, result.pageId) })}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t(lang, 'selector')}</th>
            <th scope="col">{t(lang, 'selector-key')}</th>
            <th scope="col">{t(lang, 'found')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(result.counts).map(([name, n]) => (
            <tr key={name} data-selector={name}>
              <td>{selectorName(lang, name)}</td>
              <td>
                <code>{name}</code>
              </td>
              <td>{n === 0 ? `✗ ${n}` : `✓ ${n}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.read !== undefined ? (
        <>
          <h3>{t(lang, 'test-read')}</h3>
          <ProbeRead lang={lang} read={result.read} />
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
    // The background checks and stores it: one policy in force for every surface.
    const answer = data.ok ? await request({ type: 'policy-set', policy: data.value }) : data;
    if (!answer.ok) return setErrors(answer.errors);
    setErrors([]);
    setOk(t(lang, 'policy-ok'));
    await reload();
  };
  const isManaged = policy.source === 'managed';
  return (
    <section aria-labelledby="policy-h">
      <h2 id="policy-h">{t(lang, 'policy')}</h2>
      <p id="policy-source" data-source={policy.source}>
        {t(lang, `policy-source-${policy.source}`)}
      </p>
      {policy.managedErrors ? (
        <>
          <p className="error">{t(lang, 'policy-managed-invalid')}</p>
          <Errors lang={lang} errors={policy.managedErrors} />
        </>
      ) : null}
      {policy.policy ? (
        <details>
          <summary>{t(lang, 'policy-view')}</summary>
          <pre id="policy-view" tabIndex={0}>
            {JSON.stringify(policy.policy, null, 2)}
          </pre>
        </details>
      ) : null}
      {isManaged ? null : (
        <>
          <label htmlFor="policy-json">{t(lang, 'policy-import')}</label>
          <textarea
            id="policy-json"
            rows={6}
            spellCheck={false}
            value={json}
            onChange={(e) => setJson(e.target.value)}
          />
          <button type="button" id="policy-import" onClick={() => void importPolicy()}>
            {t(lang, 'policy-import-button')}
          </button>
          <button
            type="button"
            id="policy-reset"
            onClick={() => void request({ type: 'policy-set', policy: null }).then(reload)}
            disabled={policy.source !== 'imported'}
          >
            {t(lang, 'policy-reset')}
          </button>
        </>
      )}
      <div id="policy-status">
        {errors.length ? <p className="error">{t(lang, 'policy-errors')}</p> : null}
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
    setStatus(t(lang, 'data-exported', { n: cases, file: name }));
  };
  // A backup of any size up to the stated limit, sent in parts (runtime messages stop at 64 MiB); the
  // status line always says what happened last.
  const importFile = async (file: File) => {
    setErrors([]);
    const tooLarge = backupTooLarge(file.size);
    if (tooLarge) {
      setStatus(t(lang, 'data-import-errors'));
      setErrors([tooLarge]);
      return;
    }
    setStatus(t(lang, 'data-reading', { file: file.name }));
    try {
      // UTF-8 required: a backup in another encoding is an error naming the line, not U+FFFD in records.
      const text = decodeUtf8File(new Uint8Array(await file.arrayBuffer()));
      const answer = await sendBackup(
        text,
        (chunk) => request(chunk),
        (sent, total) => {
          if (total > 1) setStatus(t(lang, 'data-sending', { sent, total }));
        },
      );
      if (!answer.ok) {
        setStatus(t(lang, 'data-import-errors'));
        setErrors(answer.errors);
        return;
      }
      setStatus(t(lang, 'data-imported', { n: answer.cases }));
      await reload();
    } catch (e) {
      if (isInputFailure(e)) {
        setStatus(t(lang, 'data-import-errors'));
        setErrors(e.errors);
      } else
        setStatus(t(lang, 'data-import-failed', { detail: printable(String((e as Error)?.message ?? e)) }));
    }
  };
  return (
    <section aria-labelledby="data-h">
      <h2 id="data-h">{t(lang, 'data')}</h2>
      <p>{t(lang, 'data-intro')}</p>
      <button type="button" id="data-export" onClick={() => void exportAll()}>
        {t(lang, 'data-export')}
      </button>
      <p>
        <FileButton
          lang={lang}
          label={t(lang, 'data-import')}
          id="data-import"
          accept=".json,application/json"
          reset
          onFiles={(files) => {
            const f = files?.[0];
            if (f) void importFile(f);
          }}
        />
      </p>
      <label className="check">
        <input
          id="data-wipe-confirm"
          type="checkbox"
          checked={confirm}
          onChange={(e) => setConfirm(e.target.checked)}
        />
        {t(lang, 'data-wipe-confirm')}
      </label>
      <button
        type="button"
        id="data-wipe"
        disabled={!confirm}
        onClick={() =>
          void request({ type: 'records-wipe' }).then(async () => {
            setConfirm(false);
            setErrors([]);
            setStatus(t(lang, 'data-wiped'));
            await reload();
          })
        }
      >
        {t(lang, 'data-wipe')}
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
      return setStatus(t(lang, 'retention-bad'));
    await retentionItem.setValue({ days: n });
    setStatus(t(lang, 'retention-saved'));
    await reload();
  };
  return (
    <section aria-labelledby="retention-h">
      <h2 id="retention-h">{t(lang, 'retention')}</h2>
      {retention.managed ? (
        <p>{t(lang, 'retention-managed', { days: retention.days ?? '' })}</p>
      ) : (
        <form onSubmit={(e) => void save(e)}>
          <label htmlFor="retention-days">{t(lang, 'retention-days')}</label>
          <input
            id="retention-days"
            inputMode="numeric"
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
          <button type="submit">{t(lang, 'retention-save')}</button>
          <p role="status">{status}</p>
        </form>
      )}
      {retention.days === null ? (
        <p>{t(lang, 'retention-off')}</p>
      ) : retention.cases.length ? (
        <>
          <table id="retention-list">
            <caption>{t(lang, 'retention-list')}</caption>
            <thead>
              <tr>
                <th scope="col">{t(lang, 'retention-col-case')}</th>
                <th scope="col">{t(lang, 'retention-col-system')}</th>
                <th scope="col">{t(lang, 'retention-col-closed')}</th>
                <th scope="col">{t(lang, 'retention-col-by')}</th>
                <th scope="col">{t(lang, 'retention-col-purge')}</th>
              </tr>
            </thead>
            <tbody>
              {retention.cases.map((c) => (
                <tr key={`${c.system}|${c.caseId}`} data-case={c.caseId} data-closed-by={c.closedBy}>
                  <th scope="row">{c.caseId}</th>
                  <td>{c.system}</td>
                  <td>
                    {t(lang, c.closedAtLatest ? 'retention-closed-latest' : 'retention-closed-on', {
                      date: c.closedOn,
                    })}
                  </td>
                  <td>{t(lang, `retention-by-${c.closedBy}`)}</td>
                  <td>{t(lang, 'retention-purge-on', { date: c.purgeOn })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p>{t(lang, 'retention-none')}</p>
      )}
    </section>
  );
}
