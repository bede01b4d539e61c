import type { Adapter, Page } from '../adapters/schema.ts';

/** `*` = any characters but `/`, `**` = anything; the whole string must match. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        out += '.*';
        i++;
      } else out += '[^/]*';
    } else out += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

const cache = new Map<string, RegExp>();
function matches(glob: string, value: string): boolean {
  let re = cache.get(glob);
  if (!re) cache.set(glob, (re = globToRegExp(glob)));
  return re.test(value);
}

/** Does a match pattern `scheme://host/*` cover this URL? Ports are ignored, as in Chrome. */
export function originCovers(pattern: string, url: URL): boolean {
  const m = /^(https?):\/\/(\*\.)?([^/]+)\/\*$/i.exec(pattern);
  if (!m) return false;
  if (url.protocol !== `${m[1]!.toLowerCase()}:`) return false;
  const host = m[3]!.toLowerCase();
  return m[2] ? url.hostname === host || url.hostname.endsWith(`.${host}`) : url.hostname === host;
}

export function adapterCovers(adapter: Pick<Adapter, 'origins'>, url: URL): boolean {
  return adapter.origins.some((o) => originCovers(o, url));
}

/** The first page of the adapter whose paths (and hash routes, when given) match the URL. */
export function matchPage(adapter: Pick<Adapter, 'pages'>, url: URL): Page | undefined {
  return adapter.pages.find(
    (p) =>
      p.paths.some((g) => matches(g, url.pathname)) && (!p.hash || p.hash.some((g) => matches(g, url.hash))),
  );
}

/** `http://127.0.0.2:4310` → `http://127.0.0.2/*` (the match pattern that permissions use). */
export function originPattern(origin: string): string {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}
