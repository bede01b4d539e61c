import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { localToday } from '../lib/today.ts';
import { buildSite } from './data.ts';
import type { Site, SiteWorker } from './data.ts';
import { EXPORT_PATHS, mappingJson, registerCsv, registerXlsx, timeUseCsv } from './export.ts';
import { listJson, renderDetail, renderExports, renderHelp, renderList } from './render.ts';
import type { ListData, View } from './render.ts';

/**
 * The demo welfare system: a small Node http server (no framework) with a single-page register. Query
 * parameters: `jako=PS-02` signs in as another worker, `rozmiar=1000` shows up to 1,000 rows on a page,
 * `zestaw=duzy` serves 1,000 generated cases (benchmark), `uklad=nowy` the host's "new version" markup.
 * `/eksport` lists the register exports (CSV, XLSX, with client names like a real system's) and the mapping.
 */
export interface DemoHost {
  url: string;
  server: Server;
  close(): Promise<void>;
}

const STATIC: Record<string, { file: string; type: string }> = {
  '/static/app.js': { file: 'public/app.js', type: 'text/javascript; charset=utf-8' },
  '/static/styles.css': { file: 'public/styles.css', type: 'text/css; charset=utf-8' },
};

export function demoHandler(options: { asOf?: () => string } = {}) {
  const asOf = options.asOf ?? (() => localToday());
  const sites = new Map<string, Site>();
  const siteFor = (set: 'demo' | 'large') => {
    const key = `${asOf()}|${set}`;
    let site = sites.get(key);
    if (!site) sites.set(key, (site = buildSite(asOf(), set)));
    return site;
  };

  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://demo.invalid');
    const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    const asset = STATIC[url.pathname];
    if (asset) return send(200, asset.type, readFileSync(new URL(asset.file, import.meta.url), 'utf8'));
    if (url.pathname === '/') return send(302, 'text/plain', '', { location: '/rejestr' });
    if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');

    const site = siteFor(url.searchParams.get('zestaw') === 'duzy' ? 'large' : 'demo');
    const cookie = /(?:^|;\s*)jako=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    const asked = url.searchParams.get('jako') ?? cookie ?? 'PS-01';
    const user: SiteWorker = site.workers.get(asked) ?? site.workers.get('PS-01')!;
    const headers: Record<string, string> = url.searchParams.has('jako')
      ? { 'set-cookie': `jako=${user.id}; Path=/; SameSite=Lax` }
      : {};
    const keep = new URLSearchParams();
    for (const k of ['zestaw', 'uklad']) {
      const v = url.searchParams.get(k);
      if (v) keep.set(k, v);
    }
    const view: View = {
      site,
      user,
      newLayout: url.searchParams.get('uklad') === 'nowy',
      keep,
      embedded: url.searchParams.get('widok') === 'ramka',
    };
    const htmlType = 'text/html; charset=utf-8';

    const list = (kind: 'team' | 'own'): ListData => {
      const mine = (c: Site['cases'][number]) =>
        user.role === 'benefits-worker'
          ? c.record.benefitsWorker === user.id
          : c.record.socialWorker === user.id;
      const all = kind === 'team' ? site.cases : site.cases.filter(mine);
      const size = Math.min(1000, Math.max(10, Number(url.searchParams.get('rozmiar')) || 50));
      const pages = Math.max(1, Math.ceil(all.length / size));
      const pageNo = Math.min(pages, Math.max(1, Number(url.searchParams.get('strona')) || 1));
      const data: ListData = {
        kind,
        title: kind === 'team' ? 'Rejestr spraw zespołu' : 'Moje sprawy',
        rows: all.slice((pageNo - 1) * size, pageNo * size),
        total: all.length,
        page: pageNo,
        pages,
        size,
      };
      if (kind === 'own') data.active = all.filter((c) => c.record.state.status === 'active').length;
      return data;
    };

    if (url.pathname === '/rejestr') return send(200, htmlType, renderList(view, list('team')), headers);
    if (url.pathname === '/moje') return send(200, htmlType, renderList(view, list('own')), headers);
    if (url.pathname === '/api/lista') {
      const kind = url.searchParams.get('widok') === 'moje' ? 'own' : 'team';
      return send(200, 'application/json; charset=utf-8', JSON.stringify(listJson(view, list(kind))));
    }
    if (url.pathname.startsWith('/sprawy/')) {
      const c = site.byId.get(decodeURIComponent(url.pathname.slice('/sprawy/'.length)));
      if (c) return send(200, htmlType, renderDetail(view, c), headers);
    }
    if (url.pathname === '/pomoc') return send(200, htmlType, renderHelp(view), headers);
    if (url.pathname === '/eksport') return send(200, htmlType, renderExports(view), headers);
    const attachment = (name: string) => ({ 'content-disposition': `attachment; filename="${name}"` });
    if (url.pathname === EXPORT_PATHS.csv)
      return send(200, 'text/csv; charset=utf-8', registerCsv(site), attachment('rejestr.csv'));
    if (url.pathname === EXPORT_PATHS.timeUse)
      return send(200, 'text/csv; charset=utf-8', timeUseCsv(site.asOf), attachment('czas-pracy.csv'));
    if (url.pathname === EXPORT_PATHS.mapping)
      return send(200, 'application/json; charset=utf-8', mappingJson(), attachment('mapowanie.json'));
    if (url.pathname === EXPORT_PATHS.xlsx) {
      void registerXlsx(site).then((bytes) => {
        res.writeHead(200, {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'cache-control': 'no-store',
          ...attachment('rejestr.xlsx'),
        });
        res.end(bytes);
      });
      return;
    }
    return send(404, 'text/plain; charset=utf-8', 'Nie znaleziono');
  };
}

/** Start the demo system on a loopback address; port 0 picks a free one. */
export function startDemoHost(
  options: { host?: string; port?: number; asOf?: () => string } = {},
): Promise<DemoHost> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer(demoHandler(options));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${port}`,
        server,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
