/* global document, window, location, history, fetch, URL, URLSearchParams */
// The demo welfare system's own client script: a single-page register (links change the URL without
// reloading), a case preview in an iframe, tabs on the case card, and the host's own buttons and form.
// Host data is always set as text (textContent), as a well-behaved host does.
(function () {
  'use strict';
  const main = () => document.getElementById('tresc');

  function cell(tr, cls, text, attrs) {
    const td = document.createElement('td');
    if (cls) td.className = cls;
    td.textContent = text;
    for (const [k, v] of Object.entries(attrs || {})) td.setAttribute(k, v);
    tr.append(td);
    return td;
  }

  function renderList(data) {
    const m = main();
    const h1 = document.createElement('h1');
    h1.textContent = data.title;
    const bar = document.createElement('div');
    bar.className = 'pasek';
    if (data.kind === 'own') {
      const p = document.createElement('p');
      p.className = 'podsumowanie';
      const all = document.createElement('span');
      all.className = 'wszystkie';
      all.textContent = String(data.total);
      const active = document.createElement('span');
      active.className = 'aktywne';
      active.textContent = String(data.active);
      p.append('Sprawy: ', all, ', w tym aktywne: ', active);
      bar.append(p);
    } else {
      const span = document.createElement('span');
      span.className = 'licznik';
      const b = document.createElement('b');
      b.textContent = String(data.total);
      span.append('Znaleziono: ', b, ' spraw');
      bar.append(span);
    }
    const exp = document.createElement('button');
    exp.type = 'button';
    exp.id = 'eksport';
    exp.textContent = 'Eksportuj do CSV';
    const out = document.createElement('output');
    out.id = 'eksport-wynik';
    bar.append(' ', exp, ' ', out);
    const table = document.createElement('table');
    table.className = 'rejestr';
    const head = table.createTHead().insertRow();
    for (const t of [
      'Nr sprawy',
      'Klient',
      'Kategoria',
      'Etap',
      'Otwarta',
      'Pracownik socjalny',
      'Pracownik ds. świadczeń',
      'Status',
      '',
    ]) {
      const th = document.createElement('th');
      th.textContent = t;
      head.append(th);
    }
    const body = table.createTBody();
    for (const r of data.rows) {
      const tr = body.insertRow();
      tr.dataset.id = r.id;
      const id = cell(tr, 'sygn', '');
      const a = document.createElement('a');
      a.href = r.href;
      a.textContent = r.id;
      id.append(a);
      cell(tr, 'klient', r.client);
      cell(tr, 'kat', r.category);
      cell(tr, 'etap', r.stage);
      cell(tr, 'otw', r.openedOn);
      cell(tr, 'ps', r.socialWorker.name, { 'data-user-id': r.socialWorker.id });
      cell(tr, 'pds', r.benefitsWorker.name, { 'data-user-id': r.benefitsWorker.id });
      cell(tr, 'status', r.status);
      const btnCell = cell(tr, '', '');
      const btn = document.createElement('button');
      btn.type = 'button';
      btn.className = 'podglad-btn';
      btn.dataset.href = r.href;
      btn.textContent = 'Podgląd';
      btnCell.append(btn);
    }
    const nav = document.createElement('nav');
    nav.className = 'stronicowanie';
    nav.setAttribute('aria-label', 'Strony');
    nav.append('Strona: ');
    for (const l of data.links) {
      const e = document.createElement(l.current ? 'strong' : 'a');
      e.textContent = l.label;
      if (l.current) e.setAttribute('aria-current', 'page');
      else {
        e.setAttribute('href', l.href);
        e.setAttribute('data-spa', '');
      }
      nav.append(e, ' ');
    }
    m.replaceChildren(h1, bar, table, nav);
    document.title = data.title + ' – OPIEKUN';
  }

  async function go(href, push) {
    const url = new URL(href, location.href);
    const view = url.pathname === '/moje' ? 'moje' : 'rejestr';
    const q = new URLSearchParams(url.search);
    q.set('widok', view);
    const loading = document.createElement('p');
    loading.className = 'wczytywanie';
    loading.textContent = 'Wczytywanie…';
    main().replaceChildren(loading);
    const res = await fetch('/api/lista?' + q.toString());
    const data = await res.json();
    if (push) history.pushState({ spa: true }, '', url.pathname + url.search);
    renderList(data);
  }

  document.addEventListener('click', (e) => {
    const target = e.target instanceof window.Element ? e.target : null;
    const a = target && target.closest('a[data-spa]');
    const spa = a && !document.querySelector('.lista-v2') && new URL(a.href).origin === location.origin;
    if (spa && (a.pathname === '/rejestr' || a.pathname === '/moje')) {
      e.preventDefault();
      go(a.href, true);
      return;
    }
    const preview = target && target.closest('.podglad-btn');
    if (preview) {
      const box = document.getElementById('podglad');
      const url = new URL(preview.dataset.href, location.href);
      url.searchParams.set('widok', 'ramka');
      box.querySelector('iframe').src = url.pathname + url.search;
      box.hidden = false;
      return;
    }
    if (target && target.closest('.podglad .zamknij')) {
      document.getElementById('podglad').hidden = true;
      return;
    }
    if (target && target.id === 'eksport') {
      const rows = document.querySelectorAll('table.rejestr tbody tr, .lista-v2 .wiersz').length;
      document.getElementById('eksport-wynik').textContent = 'Wyeksportowano ' + rows + ' wierszy';
    }
  });

  window.addEventListener('popstate', () => {
    if (location.pathname === '/rejestr' || location.pathname === '/moje') go(location.href, false);
  });

  function showTab() {
    const panels = document.querySelectorAll('.panel');
    if (!panels.length) return;
    const want = location.hash === '#dokumenty' ? 'dokumenty' : 'dane';
    for (const p of panels) p.hidden = p.id !== want;
  }
  window.addEventListener('hashchange', showTab);
  showTab();

  const form = document.getElementById('notatka');
  if (form)
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const text = document.getElementById('tresc-notatki');
      const li = document.createElement('li');
      li.textContent = 'Zapisano notatkę: ' + text.value;
      form.querySelector('.notatki').append(li);
      text.value = '';
    });
})();
