import { useEffect, useMemo, useRef } from 'react';
import { authorsOutsideRegister } from '../../core/index.ts';
import type { CaseRecord } from '../../core/index.ts';
import type { Lang } from '../lib/facts.ts';
import { teamMessages } from '../lib/team/messages.ts';
import { clock, statusLine } from '../lib/team/status.ts';
import { TeamSignIn, useTeamView } from '../sidepanel/TeamStatusLine.tsx';
import { createTeamFeed } from './team-feed.ts';
import type { TeamFeed, TeamFeedState } from './team-feed.ts';

const t = teamMessages.t;

interface Props {
  lang: Lang;
  feed: TeamFeedState | undefined;
  onFeed(state: TeamFeedState | undefined): void;
  use: boolean;
  onUse(v: boolean): void;
  /** The register's cases: who works each case, per the centre's own word. */
  register: readonly CaseRecord[] | undefined;
}

/**
 * The dashboard's source "Zespół — serwer ośrodka": sign in (a supervisor's CouchDB account), load the
 * team's records, then follow them live; merged with the register by the case builder in App.tsx. Lists
 * the authors whose entries sit on register cases that are not theirs (the server can only check what a
 * document claims).
 */
export function TeamSourcePanel(p: Props) {
  const { lang, feed } = p;
  const view = useTeamView();
  const running = useRef<TeamFeed | undefined>(undefined);
  useEffect(() => () => running.current?.stop(), []);
  const flagged = useMemo(
    () => (feed?.records && p.register ? authorsOutsideRegister(feed.records.entries, p.register) : []),
    [feed, p.register],
  );
  if (!view) return null;
  const configured = view.configured;
  const signedIn =
    view.status.user !== undefined && view.status.state !== 'signed-out' && view.status.state !== 'expired';

  const load = () => {
    if (!configured) return;
    running.current?.stop();
    const feedNow = createTeamFeed(configured, p.onFeed);
    running.current = feedNow;
    void feedNow.load();
  };
  const cases = feed?.cases ?? 0;
  const authors = feed?.authors ?? 0;

  return (
    <section id="zespol" aria-labelledby="zespol-h">
      <h2 id="zespol-h">{t(lang, 'dashboard.title')}</h2>
      {configured ? <p className="note">{t(lang, 'dashboard.intro')}</p> : null}
      {!configured ? (
        <p id="team-source" data-phase="off">
          {t(lang, 'dashboard.not-configured')}
        </p>
      ) : (
        <>
          <p className="note">
            {t(lang, 'options.configured', { url: configured.url, database: configured.database })}
          </p>
          {!signedIn ? (
            <>
              <p>
                <strong>{t(lang, 'status.label')}</strong> {statusLine(lang, view.status)}
              </p>
              <TeamSignIn
                lang={lang}
                {...(view.status.user ? { user: view.status.user } : {})}
                onSignedIn={load}
              />
            </>
          ) : (
            <p>
              {t(lang, 'signin.as', { user: view.status.user ?? '' })}{' '}
              <button type="button" id="team-load" onClick={load}>
                {t(lang, 'dashboard.load')}
              </button>
            </p>
          )}
          <label className="check">
            <input type="checkbox" checked={p.use} onChange={(e) => p.onUse(e.target.checked)} />{' '}
            {t(lang, 'dashboard.use')}
          </label>
          <p
            id="team-source"
            role="status"
            data-phase={feed?.phase ?? 'idle'}
            data-entries={feed?.records?.entries.length ?? 0}
            data-changed={feed?.changedAt ?? ''}
            data-loaded={feed?.loadedAt ?? ''}
          >
            {feed?.phase === 'loading'
              ? t(lang, 'dashboard.loading')
              : feed?.phase === 'failed'
                ? feed.failure === 'forbidden' || feed.failure === 'signed-out'
                  ? t(lang, 'dashboard.not-member')
                  : t(lang, 'signin.failed', { reason: feed.reason || feed.failure || '' })
                : feed?.records
                  ? `${t(lang, 'dashboard.loaded', { entries: feed.records.entries.length, cases, workers: authors })} ${
                      feed.phase === 'offline'
                        ? t(lang, 'dashboard.offline', { time: clock(feed.changedAt ?? feed.loadedAt ?? '') })
                        : feed.changedAt
                          ? t(lang, 'dashboard.live', { time: clock(feed.changedAt) })
                          : t(lang, 'dashboard.live-waiting')
                    }`
                  : ''}
          </p>
          {feed?.invalid ? <p className="note">{t(lang, 'dashboard.invalid', { n: feed.invalid })}</p> : null}
          {feed?.conflicts ? (
            <p className="note">{t(lang, 'dashboard.conflicts', { n: feed.conflicts })}</p>
          ) : null}
          {feed?.records && p.register ? (
            <div id="team-authors">
              <h3>{t(lang, 'dashboard.authors')}</h3>
              {flagged.length ? (
                <ul>
                  {flagged.map((f) => (
                    <li key={`${f.caseId}|${f.author}`} data-case={f.caseId} data-author={f.author}>
                      {t(lang, 'dashboard.author-row', {
                        caseId: f.caseId,
                        author: f.author,
                        entries: f.entries,
                        workers: [f.socialWorker, f.benefitsWorker].filter(Boolean).join(', '),
                      })}
                    </li>
                  ))}
                </ul>
              ) : (
                <p>{t(lang, 'dashboard.authors-none')}</p>
              )}
              <p className="note">{t(lang, 'dashboard.author-note')}</p>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
