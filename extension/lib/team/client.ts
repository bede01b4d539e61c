import type { TeamConfig } from './config.ts';

/**
 * The extension's only door to the network: every request of the team feature (PouchDB's replication, the
 * session, the dashboard's pull) goes through `guardedFetch`, which refuses any origin but the configured
 * server's — the code-side half of "requests only to the configured origin" (the CSP is the other half).
 * The session is CouchDB's cookie (`POST /_session`): the password goes to the server once and is never
 * stored; the browser keeps the cookie for the server's origin.
 */
export class ForeignOriginError extends Error {}

export function guardedFetch(config: { origin: string }, fetchImpl: typeof fetch = fetch): typeof fetch {
  return (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (url.origin !== config.origin)
      return Promise.reject(new ForeignOriginError(`standardy: request to ${url.origin} refused`));
    // No connection becomes CouchDB's own "unavailable" answer: PouchDB 9 leaves some of its requests'
    // rejections unhandled (activeTasks' info()), while an answer it reads and retries.
    return fetchImpl(input, { ...init, credentials: 'include' }).catch(() => unavailable());
  };
}

export const UNAVAILABLE = 'unavailable';
function unavailable(): Response {
  return new Response(JSON.stringify({ error: UNAVAILABLE, reason: 'no connection' }), {
    status: 503,
    headers: { 'content-type': 'application/json' },
  });
}

export interface TeamUser {
  name: string;
  roles: string[];
}

/** What a request to the server came to, besides an answer. */
export type TeamFailure =
  | { kind: 'offline' }
  | { kind: 'bad-credentials' }
  | { kind: 'signed-out' }
  | { kind: 'forbidden'; reason: string }
  | { kind: 'server'; status: number; reason: string };

export class TeamRequestError extends Error {
  constructor(readonly failure: TeamFailure) {
    super(failure.kind);
  }
}

export function teamClient(config: TeamConfig, fetchImpl: typeof fetch = fetch) {
  const http = guardedFetch(config, fetchImpl);

  async function request(path: string, init: RequestInit = {}): Promise<Response> {
    let res: Response;
    try {
      res = await http(`${config.url}${path}`, {
        ...init,
        headers: { accept: 'application/json', 'content-type': 'application/json', ...init.headers },
      });
    } catch (e) {
      if (e instanceof ForeignOriginError) throw e;
      throw new TeamRequestError({ kind: 'offline' });
    }
    if (res.status === 503 || res.status === 502 || res.status === 504)
      throw new TeamRequestError({ kind: 'offline' });
    return res;
  }

  async function failure(res: Response): Promise<TeamFailure> {
    const body = (await res.json().catch(() => ({}))) as { reason?: string };
    const reason = body.reason ?? '';
    if (res.status === 401) return { kind: 'signed-out' };
    if (res.status === 403) return { kind: 'forbidden', reason };
    return { kind: 'server', status: res.status, reason };
  }

  return {
    config,
    fetch: http,
    /** Sign in: the server sets its session cookie; nothing of the password is kept here. */
    async signIn(name: string, password: string): Promise<TeamUser> {
      const res = await request('/_session', { method: 'POST', body: JSON.stringify({ name, password }) });
      if (res.status === 401) throw new TeamRequestError({ kind: 'bad-credentials' });
      if (!res.ok) throw new TeamRequestError(await failure(res));
      const body = (await res.json()) as { name?: string; roles?: string[] };
      return { name: body.name ?? name, roles: body.roles ?? [] };
    },
    /** Who the session cookie is, or null when there is no valid session (never signed in, or expired). */
    async session(): Promise<TeamUser | null> {
      const res = await request('/_session');
      if (!res.ok) throw new TeamRequestError(await failure(res));
      const body = (await res.json()) as { userCtx?: { name?: string | null; roles?: string[] } };
      const name = body.userCtx?.name;
      return name ? { name, roles: body.userCtx?.roles ?? [] } : null;
    },
    async signOut(): Promise<void> {
      await request('/_session', { method: 'DELETE' }).catch(() => undefined);
    },
    /** The database is there and this user may read it (a member). */
    async checkDatabase(): Promise<{ updateSeq: string | number }> {
      const res = await request(`/${encodeURIComponent(config.database)}`);
      if (!res.ok) throw new TeamRequestError(await failure(res));
      const body = (await res.json()) as { update_seq: string | number };
      return { updateSeq: body.update_seq };
    },
    /** Every document (with CouchDB's note of conflicts): the dashboard's first load. */
    async allDocs(): Promise<unknown[]> {
      const res = await request(
        `/${encodeURIComponent(config.database)}/_all_docs?include_docs=true&conflicts=true`,
      );
      if (!res.ok) throw new TeamRequestError(await failure(res));
      const body = (await res.json()) as { rows: { doc?: unknown }[] };
      return body.rows.flatMap((r) => (r.doc ? [r.doc] : []));
    },
    /** Every live revision of one document (a host document with conflicts). */
    async openRevs(id: string): Promise<unknown[]> {
      const res = await request(
        `/${encodeURIComponent(config.database)}/${encodeURIComponent(id)}?open_revs=all`,
      );
      if (!res.ok) throw new TeamRequestError(await failure(res));
      const body = (await res.json()) as { ok?: { _deleted?: boolean } }[];
      return body.flatMap((r) => (r.ok && !r.ok._deleted ? [r.ok] : []));
    },
  };
}
export type TeamClient = ReturnType<typeof teamClient>;
