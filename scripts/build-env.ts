// What a build of the browser extension is for, read from the environment by wxt.config.ts and by
// `npm run package` (docs/deployment.md):
//   STANDARDY_ORIGINS=https://opiekun.mops.example.pl,https://*.zasoby.mops.example.pl
//     the centre's systems: install-time host permissions and static content scripts, so a force-installed
//     extension works there without anyone clicking "grant access";
//   STANDARDY_DEMO=1       the demo build (npm start, the e2e suites): the demo system on 127.0.0.1/localhost;
//   STANDARDY_FIREFOX_ID   another Firefox id, for a centre that signs its own build on AMO;
//   STANDARDY_UPDATE_URL   a self-hosted update manifest (Chrome/Edge updates.xml, Firefox updates.json).
// A wrong value stops the build with an error naming the value; nothing is guessed.
import { defineMessages } from '../core/i18n.ts';

/** The Firefox add-on id of the published extension. Permanent once uploaded to addons.mozilla.org. */
export const FIREFOX_ID = 'standardy@wrzos-standardy.pl';
/**
 * Firefox 140 (the current ESR) is the first that implements `data_collection_permissions`; Firefox 127 and
 * older refuse the key, 128–139 ignore it and addons-linter warns (KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION).
 */
export const FIREFOX_MIN_VERSION = '140.0';
/** The demo system (extension/demo-host) listens on the loopback; only the demo build reads it. */
export const DEMO_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];

const m = defineMessages({
  empty: {
    pl: 'STANDARDY_ORIGINS[{i}]: pusty adres (dwa przecinki obok siebie?)',
    en: 'STANDARDY_ORIGINS[{i}]: empty address (two commas in a row?)',
  },
  unreadable: {
    pl: 'STANDARDY_ORIGINS[{i}] „{value}”: to nie jest adres; wpisz np. https://opiekun.mops.example.pl',
    en: 'STANDARDY_ORIGINS[{i}] "{value}": not an address; write e.g. https://opiekun.mops.example.pl',
  },
  scheme: {
    pl: 'STANDARDY_ORIGINS[{i}] „{value}”: dozwolone są tylko adresy https:// i http://',
    en: 'STANDARDY_ORIGINS[{i}] "{value}": only https:// and http:// addresses are allowed',
  },
  path: {
    pl: 'STANDARDY_ORIGINS[{i}] „{value}”: bez ścieżki, zapytania i kotwicy — sam schemat i host (np. https://opiekun.mops.example.pl)',
    en: 'STANDARDY_ORIGINS[{i}] "{value}": no path, query or fragment — scheme and host only (e.g. https://opiekun.mops.example.pl)',
  },
  credentials: {
    pl: 'STANDARDY_ORIGINS[{i}] „{value}”: adres nie może zawierać nazwy użytkownika ani hasła',
    en: 'STANDARDY_ORIGINS[{i}] "{value}": the address must not carry a user name or password',
  },
  wildcard: {
    pl: 'STANDARDY_ORIGINS[{i}] „{value}”: gwiazdka tylko na początku hosta, jako „*.” przed domeną z co najmniej dwiema częściami (np. https://*.mops.example.pl)',
    en: 'STANDARDY_ORIGINS[{i}] "{value}": a wildcard only as a leading "*." before a domain of at least two labels (e.g. https://*.mops.example.pl)',
  },
  firefoxId: {
    pl: 'STANDARDY_FIREFOX_ID „{value}”: identyfikator dodatku Firefoksa ma postać nazwa@domena (np. standardy@mops.example.pl)',
    en: 'STANDARDY_FIREFOX_ID "{value}": a Firefox add-on id reads name@domain (e.g. standardy@mops.example.pl)',
  },
  updateUrl: {
    pl: 'STANDARDY_UPDATE_URL „{value}”: podaj pełny adres https:// pliku aktualizacji',
    en: 'STANDARDY_UPDATE_URL "{value}": give the full https:// address of the update manifest',
  },
});

/** A build setting that cannot be used; the message names the variable, the position and the value. */
export class BuildEnvError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'BuildEnvError';
  }
}

/** Both languages in one line: the IT person reads Polish first, the English follows. */
function both(key: Parameters<typeof m.t>[1], params: Record<string, string | number>): string {
  return `${m.t('pl', key, params)} / ${m.t('en', key, params)}`;
}

/** A DNS name or an IPv4 address, as a match pattern host may be. */
const HOST_LABEL = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/**
 * The centre's origins to match patterns (`https://host/*`). Accepts `https://host`, `https://host/`,
 * `https://host/*` and a port (match patterns ignore ports, so `http://10.0.0.5:8080` covers every port of
 * that host). Rejects other schemes, paths, queries, credentials and any wildcard but a leading `*.` before a
 * domain of two or more labels. Duplicates collapse; the order is kept.
 */
export function parseOrigins(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  const problems: string[] = [];
  const patterns: string[] = [];
  raw.split(',').forEach((item, i) => {
    const value = item.trim();
    const problem = (key: Parameters<typeof m.t>[1]) => problems.push(both(key, { i, value }));
    if (value === '') return problem('empty');
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)?.[1]?.toLowerCase();
    if (!scheme) return problem('unreadable');
    if (scheme !== 'https' && scheme !== 'http') return problem('scheme');
    const rest = value.slice(scheme.length + 3);
    const authority = rest.split(/[/?#]/)[0]!;
    const tail = rest.slice(authority.length);
    if (tail !== '' && tail !== '/' && tail !== '/*') return problem('path');
    if (authority.includes('@')) return problem('credentials');
    const hostPort = /^(.*?)(:\d{1,5})?$/.exec(authority)!;
    let host = hostPort[1]!.toLowerCase();
    let wildcard = false;
    if (host.startsWith('*.')) {
      wildcard = true;
      host = host.slice(2);
    }
    if (host.includes('*')) return problem('wildcard');
    const labels = host.split('.');
    if (host === '' || !labels.every((l) => HOST_LABEL.test(l))) return problem('unreadable');
    if (wildcard && labels.length < 2) return problem('wildcard');
    const pattern = `${scheme}://${wildcard ? '*.' : ''}${host}/*`;
    if (!patterns.includes(pattern)) patterns.push(pattern);
  });
  if (problems.length) throw new BuildEnvError(problems);
  return patterns;
}

export interface BuildTarget {
  /** Demo origins (STANDARDY_DEMO=1) then the centre's; the static content script matches exactly these. */
  contentScriptMatches: string[];
  /** The centre's origins only: granted at install. Demo origins stay optional (asked for at run time). */
  hostPermissions: string[];
  firefoxId: string;
  updateUrl: string | undefined;
  demo: boolean;
}

/** Everything the manifest takes from the environment, validated together (all problems at once). */
export function buildTarget(env: Record<string, string | undefined>): BuildTarget {
  const problems: string[] = [];
  let centre: string[] = [];
  try {
    centre = parseOrigins(env.STANDARDY_ORIGINS);
  } catch (e) {
    if (!(e instanceof BuildEnvError)) throw e;
    problems.push(...e.problems);
  }
  const firefoxId = env.STANDARDY_FIREFOX_ID?.trim() || FIREFOX_ID;
  // AMO accepts an email-like id or a {GUID}; the email-like form names who publishes it.
  if (
    !/^[A-Za-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(firefoxId) &&
    !/^\{[0-9a-f-]{36}\}$/i.test(firefoxId)
  )
    problems.push(both('firefoxId', { value: firefoxId }));
  const updateUrl = env.STANDARDY_UPDATE_URL?.trim() || undefined;
  if (updateUrl !== undefined && !(URL.canParse(updateUrl) && new URL(updateUrl).protocol === 'https:'))
    problems.push(both('updateUrl', { value: updateUrl }));
  if (problems.length) throw new BuildEnvError(problems);
  const demo = env.STANDARDY_DEMO === '1';
  const contentScriptMatches = [
    ...(demo ? DEMO_ORIGINS : []),
    ...centre.filter((p) => !DEMO_ORIGINS.includes(p)),
  ];
  return { contentScriptMatches, hostPermissions: centre, firefoxId, updateUrl, demo };
}
