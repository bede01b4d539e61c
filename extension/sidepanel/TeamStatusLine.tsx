import { useCallback, useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { browser } from 'wxt/browser';
import type { Lang } from '../lib/facts.ts';
import type { TeamView } from '../lib/protocol.ts';
import { teamMessages } from '../lib/team/messages.ts';
import { deniedLine, statusLine } from '../lib/team/status.ts';
import { request } from './api.ts';

const t = teamMessages.t;

/**
 * The team server's status line of the side panel ("zsynchronizowano 12:03", "bez połączenia — 3 zmiany
 * czekają", "brak uprawnień"), a sign-in form when the session is missing or expired, and — for the case on
 * screen — every entry the server refused, said plainly. Without a server configured it renders nothing.
 */
export function TeamStatusLine(props: { lang: Lang; system?: string; caseId?: string }) {
  const view = useTeamView();
  if (!view?.configured) return null;
  const { lang } = props;
  const { status } = view;
  const denied =
    props.caseId === undefined
      ? []
      : status.denied.filter((d) => d.system === props.system && d.caseId === props.caseId);
  const others = status.denied.length - denied.length;
  const needsSignIn = status.state === 'signed-out' || status.state === 'expired';
  return (
    <section className="team" aria-label={t(lang, 'status.label')}>
      <p id="team-status" data-state={status.state} role="status">
        <strong>{t(lang, 'status.label')}</strong> {statusLine(lang, status)}
        {others > 0 ? ` · ${t(lang, 'status.denied', { n: others })}` : ''}
      </p>
      {denied.length > 0 && (
        <div role="alert" className="error team-denied">
          <ul>
            {/* One sentence per reason: a change is often two entries (the case's identity and the fact). */}
            {[...new Map(denied.map((d) => [d.code, d])).values()].map((d) => (
              <li key={d.code} data-code={d.code}>
                {deniedLine(lang, d)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {needsSignIn ? <TeamSignIn lang={lang} user={status.user} /> : null}
    </section>
  );
}

/** The team view, re-read whenever the background says something changed. */
export function useTeamView(): TeamView | undefined {
  const [view, setView] = useState<TeamView>();
  const load = useCallback(() => {
    void request({ type: 'team-view' }).then(setView, () => undefined);
  }, []);
  useEffect(() => {
    load();
    const onMessage = (m: { type?: string }) => {
      if (m?.type === 'panel-refresh') load();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [load]);
  return view;
}

/** Sign in with the CouchDB account (the worker's id): the password goes to the server, never to storage. */
export function TeamSignIn(props: { lang: Lang; user?: string; onSignedIn?: () => void }) {
  const { lang } = props;
  const id = useId();
  const [name, setName] = useState(props.user ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const answer = await request({ type: 'team-sign-in', name: name.trim(), password });
      setPassword('');
      if (answer.ok) {
        setError('');
        props.onSignedIn?.();
      } else
        setError(
          answer.failure === 'bad-credentials'
            ? t(lang, 'signin.bad-credentials')
            : answer.failure === 'offline'
              ? t(lang, 'signin.offline')
              : t(lang, 'signin.failed', { reason: answer.reason || answer.failure }),
        );
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="team-signin" aria-label={t(lang, 'signin.title')} onSubmit={(e) => void submit(e)}>
      <label htmlFor={`${id}-name`}>{t(lang, 'signin.name')}</label>
      <input
        id={`${id}-name`}
        name="team-user"
        autoComplete="username"
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <label htmlFor={`${id}-password`}>{t(lang, 'signin.password')}</label>
      <input
        id={`${id}-password`}
        name="team-password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <button type="submit" disabled={busy}>
        {props.user ? t(lang, 'signin.again') : t(lang, 'signin.submit')}
      </button>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      <p className="note">{t(lang, 'signin.note')}</p>
    </form>
  );
}
