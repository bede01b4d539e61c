import { plDate } from '../../core/dates.ts';
import { CATEGORY_LABEL, documentsOf, ROLE_LABEL, STAGE_LONG, STAGE_SHORT, STATUS_LABEL } from './data.ts';
import type { Site, SiteCase, SiteWorker } from './data.ts';
import { EXPORT_PATHS } from './export.ts';

/**
 * Server-side HTML of the demo welfare system ("OPIEKUN", fictional). Every interpolated value is
 * escaped by the `html` tag, as a real system escapes its data; only nested `html` results pass as is.
 */
class Html {
  constructor(readonly text: string) {}
}
type Part = Html | string | number | undefined | null | false | readonly Part[];

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function part(p: Part): string {
  if (p === undefined || p === null || p === false) return '';
  if (p instanceof Html) return p.text;
  if (Array.isArray(p)) return p.map(part).join('');
  return esc(String(p));
}
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => (out += part(v) + strings[i + 1]!));
  return new Html(out);
}

export interface View {
  site: Site;
  user: SiteWorker;
  /** The changed markup of a "new version" of the host (the adapter must then stop matching). */
  newLayout: boolean;
  /** Query kept on every link: the data set and the layout. */
  keep: URLSearchParams;
  embedded?: boolean;
}

function link(view: View, path: string, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams(view.keep);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

function page(view: View, title: string, main: Html): string {
  const { user } = view;
  const body = view.embedded
    ? html`<main id="tresc" class="osadzona">${main}</main>`
    : html`<header class="naglowek">
          <span class="logo">OPIEKUN</span><span class="osrodek">Miejski Ośrodek Pomocy Rodzinie (demo)</span>
          <span class="sesja"
            >Zalogowano: <span class="uzytkownik" data-login="${user.id}">${user.name}</span>,
            <span class="stanowisko">${ROLE_LABEL[user.role]}</span></span
          >
        </header>
        <nav class="menu">
          <a href="${link(view, '/rejestr')}" data-spa>Rejestr spraw</a>
          <a href="${link(view, '/moje')}" data-spa>Moje sprawy</a>
          <a href="/eksport">Eksport</a>
          <a href="/pomoc">Pomoc</a>
        </nav>
        <main id="tresc">${main}</main>
        <div id="podglad" class="podglad" hidden>
          <div class="podglad-okno" role="dialog" aria-label="Podgląd sprawy">
            <button type="button" class="zamknij">Zamknij podgląd</button>
            <iframe title="Podgląd sprawy" name="podglad"></iframe>
          </div>
        </div>`;
  return `<!doctype html>
<html lang="pl"><head><meta charset="utf-8"><title>${esc(title)} – OPIEKUN</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/styles.css"></head>
<body>${body.text}
<script src="/static/app.js" defer></script>
</body></html>`;
}

export interface ListData {
  kind: 'team' | 'own';
  title: string;
  rows: SiteCase[];
  total: number;
  active?: number;
  page: number;
  pages: number;
  size: number;
}

function workerName(site: Site, id: string | undefined): string {
  return id ? (site.workers.get(id)?.name ?? id) : '';
}

/** The list rows as JSON for the single-page app (the same fields the HTML shows). */
export function listJson(view: View, data: ListData) {
  return {
    ...data,
    rows: data.rows.map((c) => ({
      id: c.record.id,
      href: link(view, `/sprawy/${c.record.id}`),
      client: c.client,
      category: CATEGORY_LABEL[c.record.standard],
      stage: STAGE_SHORT[c.record.stageHistory.at(-1)!.stage],
      openedOn: plDate(c.record.openedOn),
      socialWorker: { id: c.record.socialWorker, name: workerName(view.site, c.record.socialWorker) },
      benefitsWorker: {
        id: c.record.benefitsWorker ?? '',
        name: workerName(view.site, c.record.benefitsWorker),
      },
      status: STATUS_LABEL[c.record.state.status],
    })),
    links: pagination(view, data),
  };
}

function pagination(view: View, data: ListData): { label: string; href: string; current: boolean }[] {
  const path = data.kind === 'team' ? '/rejestr' : '/moje';
  const out = [];
  for (let p = 1; p <= data.pages; p++)
    out.push({
      label: String(p),
      href: link(view, path, { strona: String(p), rozmiar: String(data.size) }),
      current: p === data.page,
    });
  return out;
}

export function renderList(view: View, data: ListData): string {
  const json = listJson(view, data);
  if (view.newLayout) {
    const main = html`<h1>${data.title}</h1>
      <p class="wyniki">${data.total} wyników</p>
      <button type="button" id="eksport">Eksportuj do CSV</button> <output id="eksport-wynik"></output>
      <div class="lista-v2">
        ${json.rows.map(
          (r) =>
            html`<div class="wiersz" data-nr="${r.id}">
              <a href="${r.href}">${r.id}</a> · <span>${r.client}</span> · <span>${r.category}</span> ·
              <span>${r.stage}</span>
            </div>`,
        )}
      </div>`;
    return page(view, data.title, main);
  }
  const summary =
    data.kind === 'own'
      ? html`<p class="podsumowanie">
          Sprawy: <span class="wszystkie">${data.total}</span>, w tym aktywne:
          <span class="aktywne">${data.active ?? 0}</span>
        </p>`
      : html`<span class="licznik">Znaleziono: <b>${data.total}</b> spraw</span>`;
  const main = html`<h1>${data.title}</h1>
    <div class="pasek">
      ${summary} <button type="button" id="eksport">Eksportuj do CSV</button>
      <output id="eksport-wynik"></output>
    </div>
    <table class="rejestr">
      <thead>
        <tr>
          <th>Nr sprawy</th>
          <th>Klient</th>
          <th>Kategoria</th>
          <th>Etap</th>
          <th>Otwarta</th>
          <th>Pracownik socjalny</th>
          <th>Pracownik ds. świadczeń</th>
          <th>Status</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        ${json.rows.map(
          (r) =>
            html` <tr data-id="${r.id}">
              <td class="sygn"><a href="${r.href}">${r.id}</a></td>
              <td class="klient">${r.client}</td>
              <td class="kat">${r.category}</td>
              <td class="etap">${r.stage}</td>
              <td class="otw">${r.openedOn}</td>
              <td class="ps" data-user-id="${r.socialWorker.id}">${r.socialWorker.name}</td>
              <td class="pds" data-user-id="${r.benefitsWorker.id}">${r.benefitsWorker.name}</td>
              <td class="status">${r.status}</td>
              <td><button type="button" class="podglad-btn" data-href="${r.href}">Podgląd</button></td>
            </tr>`,
        )}
      </tbody>
    </table>
    <nav class="stronicowanie" aria-label="Strony">
      Strona:
      ${json.links.map((l) =>
        l.current
          ? html`<strong aria-current="page">${l.label}</strong> `
          : html`<a href="${l.href}" data-spa>${l.label}</a> `,
      )}
    </nav>`;
  return page(view, data.title, main);
}

export function renderDetail(view: View, c: SiteCase): string {
  const r = c.record;
  const stage = r.stageHistory.at(-1)!.stage;
  const docs = documentsOf(r);
  const sw = view.site.workers.get(r.socialWorker);
  const bw = r.benefitsWorker ? view.site.workers.get(r.benefitsWorker) : undefined;
  if (view.newLayout) {
    const main = html`<section class="karta-sprawy">
      <h1>Karta sprawy</h1>
      <div class="pole"><span class="etykieta">Nr</span> <span class="wartosc">${r.id}</span></div>
      <div class="pole">
        <span class="etykieta">Grupa</span> <span class="wartosc">${CATEGORY_LABEL[r.standard]}</span>
      </div>
      <div class="pole">
        <span class="etykieta">Faza</span> <span class="wartosc">${STAGE_LONG(stage)}</span>
      </div>
      <div class="pole"><span class="etykieta">Osoba</span> <span class="wartosc">${c.client}</span></div>
      ${noteForm()}
    </section>`;
    return page(view, `Sprawa ${r.id}`, main);
  }
  const main = html`<h1>Sprawa <span class="sygnatura">${r.id}</span></h1>
    <div class="zakladki" role="tablist">
      <a href="#dane" role="tab">Dane sprawy</a>
      <a href="#dokumenty" role="tab">Dokumenty (${docs.length})</a>
    </div>
    <section id="dane" class="panel" role="tabpanel">
      <table class="metryka">
        <tbody>
          <tr>
            <th>Numer sprawy</th>
            <td>${r.id}</td>
          </tr>
          <tr>
            <th>Kategoria klienta</th>
            <td>${CATEGORY_LABEL[r.standard]}</td>
          </tr>
          <tr>
            <th>Etap pracy socjalnej</th>
            <td>${STAGE_LONG(stage)}</td>
          </tr>
          <tr>
            <th>Status</th>
            <td>${STATUS_LABEL[r.state.status]}</td>
          </tr>
        </tbody>
      </table>
      <dl class="osoby">
        <dt>Klient</dt>
        <dd>${c.client}</dd>
        <dt>Adres</dt>
        <dd>${c.address}</dd>
        <dt>Data otwarcia:</dt>
        <dd>${plDate(r.openedOn)}</dd>
        <dt>Pracownik socjalny</dt>
        <dd data-user-id="${r.socialWorker}">${sw?.name ?? r.socialWorker}</dd>
        <dt>Pracownik ds. świadczeń</dt>
        <dd data-user-id="${r.benefitsWorker ?? ''}">${bw?.name ?? ''}</dd>
      </dl>
      <h2>Przebieg pracy socjalnej</h2>
      <table class="przebieg">
        <thead>
          <tr>
            <th>Etap</th>
            <th>Od dnia</th>
            <th>Uwagi</th>
          </tr>
        </thead>
        <tbody>
          ${r.stageHistory.map(
            (h) =>
              html`<tr>
                <td>${STAGE_LONG(h.stage)}</td>
                <td>${plDate(h.enteredOn)}</td>
                <td>${h.justification ?? ''}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>
    <section id="dokumenty" class="panel" role="tabpanel" hidden>
      <table class="dokumenty">
        <thead>
          <tr>
            <th>Rodzaj dokumentu</th>
            <th>Data</th>
            <th>Stan</th>
          </tr>
        </thead>
        <tbody>
          ${docs.map(
            (d) =>
              html`<tr>
                <td class="rodzaj">${d.name}</td>
                <td class="data">${plDate(d.date)}</td>
                <td class="stan">${d.state}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>
    ${noteForm()}`;
  return page(view, `Sprawa ${r.id}`, main);
}

function noteForm(): Html {
  return html`<form id="notatka" class="notatka">
    <label for="tresc-notatki">Notatka służbowa</label>
    <textarea id="tresc-notatki" name="tresc" rows="2"></textarea>
    <button type="submit">Zapisz notatkę</button>
    <ul class="notatki"></ul>
  </form>`;
}

export function renderHelp(view: View): string {
  return page(
    view,
    'Pomoc',
    html`<h1>Pomoc</h1>
      <p>System OPIEKUN (demonstracyjny). Rejestr spraw, moje sprawy, karta sprawy z dokumentami.</p>`,
  );
}

/** The export page: the whole team register as a file, the way welfare systems offer it to supervisors. */
export function renderExports(view: View): string {
  const q = view.keep.toString();
  const href = (path: string) => (q ? `${path}?${q}` : path);
  return page(
    view,
    'Eksport',
    html`<h1>Eksport rejestru spraw</h1>
      <p>Cały rejestr spraw zespołu (${view.site.cases.length} spraw), z danymi klientów.</p>
      <ul class="eksporty">
        <li><a href="${href(EXPORT_PATHS.csv)}" download>Rejestr spraw – CSV (UTF-8, średnik)</a></li>
        <li><a href="${href(EXPORT_PATHS.xlsx)}" download>Rejestr spraw – Excel (XLSX)</a></li>
        <li><a href="${href(EXPORT_PATHS.timeUse)}" download>Ewidencja czasu pracy – CSV</a></li>
        <li><a href="${EXPORT_PATHS.mapping}" download>Mapowanie kolumn dla standardy (JSON)</a></li>
      </ul>`,
  );
}
