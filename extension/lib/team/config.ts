import { originPattern } from '../url-match.ts';

/**
 * The team's server (docs/team.md): the centre's CouchDB and the team database, set in the options page or
 * by the centre's IT through enterprise policy (`teamServer`, `teamDatabase` in managed-schema.json, which
 * win). Unset, the extension makes no request at all.
 */
export interface TeamServerSetting {
  /** The server's URL (a reverse proxy may add a path): `https://couch.osrodek.pl:6984`. */
  url: string;
  database: string;
}

export interface TeamConfig extends TeamServerSetting {
  /** The URL's origin: the only one any team request may go to. */
  origin: string;
  /** The database's URL. */
  dbUrl: string;
  managed: boolean;
}

export const DEFAULT_TEAM_DATABASE = 'standardy';

/** Why a server setting is refused (Polish and English in messages.ts). */
export type TeamSettingProblem = 'url' | 'database' | 'credentials';

/** A setting as typed: the URL without credentials, a CouchDB database name. */
export function checkTeamSetting(
  url: string,
  database: string,
): { ok: true; value: TeamServerSetting } | { ok: false; problem: TeamSettingProblem } {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return { ok: false, problem: 'url' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { ok: false, problem: 'url' };
  if (parsed.username || parsed.password) return { ok: false, problem: 'credentials' };
  if (parsed.search || parsed.hash) return { ok: false, problem: 'url' };
  const db = database.trim();
  if (!/^[a-z][a-z0-9_$()+/-]{0,237}$/.test(db)) return { ok: false, problem: 'database' };
  return { ok: true, value: { url: `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`, database: db } };
}

export function teamConfig(setting: TeamServerSetting, isManaged: boolean): TeamConfig {
  const url = new URL(setting.url);
  return {
    ...setting,
    origin: url.origin,
    dbUrl: `${setting.url}/${encodeURIComponent(setting.database)}`,
    managed: isManaged,
  };
}

/** The host permission the server's origin needs (asked for only once a server is configured). */
export function teamPermission(config: { origin: string }): string {
  return originPattern(config.origin);
}

/**
 * Does the extension's content security policy let its pages and service worker connect to `origin`? The
 * build names the centre's server (STANDARDY_TEAM_ORIGINS, wxt.config.ts); a server it does not name cannot
 * be reached, and the options page says so instead of failing quietly.
 */
export function connectSrcAllows(csp: string, origin: string): boolean {
  const directive = csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find((parts) => parts[0] === 'connect-src');
  if (!directive) return true;
  const target = new URL(origin);
  return directive.slice(1).some((source) => {
    if (source === '*') return true;
    if (/^[a-z]+:$/.test(source)) return target.protocol === source;
    const m = /^(https?):\/\/([^/:]+)(?::(\d+|\*))?$/.exec(source);
    if (!m) return false;
    if (`${m[1]}:` !== target.protocol) return false;
    const host = m[2]!;
    const hostOk = host.startsWith('*.') ? target.hostname.endsWith(host.slice(1)) : target.hostname === host;
    const defaultPort = target.protocol === 'https:' ? '443' : '80';
    const port = target.port || defaultPort;
    const portOk = m[3] === '*' || (m[3] ?? defaultPort) === port;
    return hostOk && portOk;
  });
}

/** The manifest's policy for extension pages (MV3 object or MV2 string). */
export function extensionPagesCsp(manifest: { content_security_policy?: unknown }): string {
  const csp = manifest.content_security_policy;
  if (typeof csp === 'string') return csp;
  if (csp && typeof csp === 'object' && 'extension_pages' in csp)
    return String((csp as { extension_pages: unknown }).extension_pages);
  return '';
}
