import { useState } from 'react';
import type { FormEvent } from 'react';
import { browser } from 'wxt/browser';
import type { Lang } from '../../lib/facts.ts';
import {
  DEFAULT_TEAM_DATABASE,
  checkTeamSetting,
  connectSrcAllows,
  extensionPagesCsp,
  teamPermission,
} from '../../lib/team/config.ts';
import { teamMessages } from '../../lib/team/messages.ts';
import { deniedLine, statusLine } from '../../lib/team/status.ts';
import { teamServerItem } from '../../lib/team/storage.ts';
import { request } from '../../sidepanel/api.ts';
import { TeamSignIn, useTeamView } from '../../sidepanel/TeamStatusLine.tsx';

const t = teamMessages.t;

/**
 * "Serwer zespołu": the centre's CouchDB and database (or what IT set by enterprise policy), the browser's
 * permission for its origin — asked only here, once a server is given — the sign-in, and where the team's
 * records stand (waiting, refused, conflicts resolved).
 */
export function TeamSection({ lang }: { lang: Lang }) {
  const view = useTeamView();
  const [url, setUrl] = useState('');
  const [database, setDatabase] = useState(DEFAULT_TEAM_DATABASE);
  const [message, setMessage] = useState('');
  if (!view) return null;
  const configured = view.configured;
  const { status } = view;

  const save = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkTeamSetting(url, database);
    if (!checked.ok)
      return setMessage(
        t(
          lang,
          checked.problem === 'url'
            ? 'options.bad-url'
            : checked.problem === 'credentials'
              ? 'options.credentials'
              : 'options.bad-database',
        ),
      );
    const origin = new URL(checked.value.url).origin;
    if (!connectSrcAllows(extensionPagesCsp(browser.runtime.getManifest()), origin))
      return setMessage(t(lang, 'status.not-allowed'));
    // permissions.request must run in the click's user gesture: ask first, then save.
    void browser.permissions.request({ origins: [teamPermission({ origin })] }).then(async (ok) => {
      if (!ok) return setMessage(t(lang, 'options.refused', { origin }));
      setMessage('');
      await teamServerItem.setValue(checked.value);
    });
  };
  const grant = () => {
    if (!configured) return;
    void browser.permissions.request({ origins: [teamPermission(configured)] }).then((ok) => {
      setMessage(ok ? '' : t(lang, 'options.refused', { origin: configured.origin }));
      if (ok) void request({ type: 'team-retry' });
    });
  };
  const last = status.resolved.at(-1);

  return (
    <section aria-labelledby="team-h" id="team">
      <h2 id="team-h">{t(lang, 'options.title')}</h2>
      <p>{t(lang, 'options.intro')}</p>
      {configured ? (
        <>
          <p id="team-configured" data-url={configured.url}>
            {t(lang, 'options.configured', { url: configured.url, database: configured.database })}
          </p>
          {configured.managed ? <p className="note">{t(lang, 'options.managed')}</p> : null}
          <p id="team-status-options" data-state={status.state}>
            <strong>{t(lang, 'status.label')}</strong> {statusLine(lang, status)}
          </p>
          {!configured.permitted ? (
            <button type="button" id="team-grant" onClick={grant}>
              {t(lang, 'options.grant')}
            </button>
          ) : null}
          {status.user && status.state !== 'signed-out' && status.state !== 'expired' ? (
            <p>
              {t(lang, 'signin.as', { user: status.user })}{' '}
              <button type="button" onClick={() => void request({ type: 'team-sign-out' })}>
                {t(lang, 'signin.out')}
              </button>
            </p>
          ) : configured.permitted && configured.allowedByBuild ? (
            <TeamSignIn lang={lang} {...(status.user ? { user: status.user } : {})} />
          ) : null}
          {status.denied.length ? (
            <div role="alert" className="error">
              <p>{t(lang, 'options.denied')}</p>
              <ul>
                {status.denied.map((d) => (
                  <li key={d.id}>{deniedLine(lang, d)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {last ? (
            <p className="note">
              {t(lang, 'options.resolved', {
                n: status.resolved.length,
                caseId: last.caseId,
                kept: last.kept,
              })}
            </p>
          ) : null}
          {configured.managed ? null : (
            <button type="button" id="team-remove" onClick={() => void teamServerItem.setValue(null)}>
              {t(lang, 'options.remove')}
            </button>
          )}
        </>
      ) : (
        <>
          <p id="team-configured">{t(lang, 'options.none')}</p>
          <form id="team-server" onSubmit={save}>
            <label htmlFor="team-url">{t(lang, 'options.url')}</label>
            <input
              id="team-url"
              type="url"
              required
              placeholder="https://couchdb.osrodek.example:6984"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
            />
            <label htmlFor="team-db">{t(lang, 'options.database')}</label>
            <input id="team-db" required value={database} onChange={(e) => setDatabase(e.target.value)} />
            <button type="submit" id="team-save">
              {t(lang, 'options.save')}
            </button>
          </form>
        </>
      )}
      {message ? (
        <p role="alert" className="error">
          {message}
        </p>
      ) : null}
    </section>
  );
}
