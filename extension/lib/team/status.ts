import type { Lang } from '../facts.ts';
import { teamMessages } from './messages.ts';

/**
 * Where the team's records stand, kept by the background (team/sync.ts) and shown by the side panel's
 * status line, the options page and the dashboard. Plain data: stored between service-worker wake-ups.
 */
export type TeamState =
  /** No server configured: nothing is sent, nothing asked. */
  | 'off'
  /** The browser has not granted the server's origin. */
  | 'no-permission'
  /** The build does not let the extension connect to that origin (CSP, docs/team.md). */
  | 'not-allowed'
  | 'signed-out'
  /** Was signed in; the server no longer knows the session. */
  | 'expired'
  | 'syncing'
  | 'synced'
  | 'offline'
  /** Signed in, but not a member of the team database (or no worker role). */
  | 'forbidden';

/** A document written in this browser and not yet on the server. */
export interface PendingDoc {
  id: string;
  system: string;
  caseId: string;
  /** A worker's change (not the case's identity or a host reading, which travel along with one). */
  change: boolean;
}

/** An entry the server refused: it stays in this browser, and says why. */
export interface DeniedDoc {
  id: string;
  system: string;
  caseId: string;
  /** The validate function's code (core/team/design.ts): not-case-worker, not-author, schema, free-text… */
  code: string;
  reason: string;
}

export interface TeamStatus {
  state: TeamState;
  /** The signed-in CouchDB user (the worker id), remembered while the session lasts. */
  user?: string;
  roles?: string[];
  /** When everything was last in step with the server (ISO date-time). */
  syncedAt?: string;
  pending: PendingDoc[];
  denied: DeniedDoc[];
  /** Host readings of this worker whose conflicting revisions were resolved here (newer reading kept). */
  resolved: { caseId: string; kept: string; dropped: string[] }[];
  /** The server's words when it refused the database. */
  reason?: string;
  /** The local mirror's database name (deleted when the server is disconnected or the data wiped). */
  local?: string;
}

export const NO_TEAM: TeamStatus = { state: 'off', pending: [], denied: [], resolved: [] };

/** The code of a validate function's refusal (`not-case-worker: …`), or `forbidden`. */
export function deniedCode(reason: string): string {
  const m = /^([a-z-]+):/.exec(reason);
  return m ? m[1]! : 'forbidden';
}

/** The status line: "zsynchronizowano 12:03", "bez połączenia — 3 zmiany czekają", "brak uprawnień"… */
export function statusLine(lang: Lang, s: TeamStatus): string {
  const waiting = s.pending.filter((p) => p.change).length;
  const time = s.syncedAt ? clock(s.syncedAt) : '';
  switch (s.state) {
    case 'off':
      return '';
    case 'synced':
      return teamMessages.t(lang, 'status.synced', { time });
    case 'syncing':
      return teamMessages.t(lang, 'status.syncing', { n: waiting });
    case 'offline':
      return teamMessages.t(lang, 'status.offline', { n: waiting });
    case 'forbidden':
      return teamMessages.t(lang, 'status.forbidden');
    default:
      return teamMessages.t(lang, `status.${s.state}`, { n: waiting });
  }
}

/** `HH:MM` of an ISO time, on this machine's clock. */
export function clock(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** The plain sentence for an entry the server refused. */
export function deniedLine(lang: Lang, d: DeniedDoc): string {
  const key = `denied.${d.code}` as const;
  return teamMessages.has(key)
    ? teamMessages.t(lang, key, { caseId: d.caseId })
    : teamMessages.t(lang, 'denied.forbidden', { caseId: d.caseId, reason: d.reason });
}
