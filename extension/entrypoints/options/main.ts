import { browser } from 'wxt/browser';
import { BUNDLED_ADAPTERS } from '../../adapters/index.ts';
import { Adapter } from '../../adapters/schema.ts';
import { formatPath } from '../../../core/input.ts';
import type { Lang } from '../../lib/facts.ts';
import { OPTIONS_MESSAGES } from '../../lib/i18n.ts';
import { customAdaptersItem, settingsItem, systemsItem } from '../../lib/settings.ts';
import { originPattern } from '../../lib/url-match.ts';

// The options page: language, the centre's systems (each origin granted by the user at run time), adapters.
type Key = keyof typeof OPTIONS_MESSAGES;
let lang: Lang = 'pl';
const m = (key: Key, params: Record<string, string> = {}) =>
  OPTIONS_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

async function allAdapters(): Promise<{ adapter: Adapter; bundled: boolean }[]> {
  const custom = (await customAdaptersItem.getValue()).flatMap((a) => {
    const parsed = Adapter.safeParse(a);
    return parsed.success ? [{ adapter: parsed.data, bundled: false }] : [];
  });
  return [...BUNDLED_ADAPTERS.map((adapter) => ({ adapter, bundled: true })), ...custom];
}

async function render(): Promise<void> {
  lang = (await settingsItem.getValue()).lang;
  document.documentElement.lang = lang;
  document.title = m('title');
  const app = document.getElementById('app')!;
  const adapters = await allAdapters();
  const systems = await systemsItem.getValue();
  const granted = (await browser.permissions.getAll()).origins ?? [];

  const langSelect = el(
    'select',
    { id: 'lang' },
    el('option', { value: 'pl' }, 'polski'),
    el('option', { value: 'en' }, 'English'),
  );
  langSelect.value = lang;
  langSelect.addEventListener('change', async () => {
    await settingsItem.setValue({ lang: langSelect.value === 'en' ? 'en' : 'pl' });
    await render();
  });

  const systemList = el('ul', { id: 'systems' });
  for (const s of systems) {
    const ok = granted.includes(originPattern(s.origin));
    const remove = el('button', { type: 'button' }, m('remove'));
    remove.addEventListener('click', async () => {
      await systemsItem.setValue(systems.filter((x) => x !== s));
      await browser.permissions.remove({ origins: [originPattern(s.origin)] }).catch(() => false);
      await render();
    });
    systemList.append(
      el(
        'li',
        { 'data-origin': s.origin },
        `${s.origin} → ${s.adapterId} (${m(ok ? 'granted' : 'not-granted')}) `,
        remove,
      ),
    );
  }
  if (!systems.length) systemList.append(el('li', {}, m('none')));

  const origin = el('input', { type: 'url', id: 'origin', required: '' });
  const adapterSelect = el('select', { id: 'adapter' });
  for (const { adapter } of adapters) adapterSelect.append(el('option', { value: adapter.id }, adapter.name));
  const status = el('p', { id: 'system-status', role: 'status' });
  const grant = el('button', { type: 'submit', id: 'grant' }, m('grant'));
  const form = el(
    'form',
    { id: 'add-system' },
    el('label', { for: 'origin' }, m('origin')),
    origin,
    el('label', { for: 'adapter' }, m('adapter')),
    adapterSelect,
    grant,
    status,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    let value: string;
    try {
      value = new URL(origin.value).origin;
      if (!/^https?:/.test(value)) throw new Error('scheme');
    } catch {
      status.textContent = m('bad-origin');
      status.className = 'error';
      return;
    }
    // permissions.request must run in the click's user gesture: ask first, then save.
    void browser.permissions.request({ origins: [originPattern(value)] }).then(async (ok) => {
      if (!ok) {
        status.textContent = m('refused');
        status.className = 'error';
        return;
      }
      const rest = (await systemsItem.getValue()).filter((s) => s.origin !== value);
      await systemsItem.setValue([...rest, { origin: value, adapterId: adapterSelect.value }]);
      await render();
    });
  });

  const adapterList = el('ul', { id: 'adapters' });
  for (const { adapter, bundled } of adapters)
    adapterList.append(
      el('li', {}, `${adapter.name} (${adapter.id}, ${m(bundled ? 'bundled' : 'imported')})`),
    );
  const json = el('textarea', { id: 'adapter-json', rows: '8', spellcheck: 'false' });
  const importStatus = el('div', { id: 'import-status', role: 'status' });
  const importButton = el('button', { type: 'button', id: 'import' }, m('import-button'));
  importButton.addEventListener('click', async () => {
    let data: unknown;
    try {
      data = JSON.parse(json.value);
    } catch {
      importStatus.replaceChildren(el('p', { class: 'error' }, m('not-json')));
      return;
    }
    const parsed = Adapter.safeParse(data);
    if (!parsed.success) {
      const list = el('ul', { class: 'error' });
      for (const issue of parsed.error.issues)
        list.append(el('li', {}, `${formatPath(issue.path) || '(adapter)'}: ${issue.message}`));
      importStatus.replaceChildren(el('p', { class: 'error' }, m('import-errors')), list);
      return;
    }
    const rest = (await customAdaptersItem.getValue()).filter(
      (a) => (a as { id?: string }).id !== parsed.data.id,
    );
    await customAdaptersItem.setValue([...rest, data as Adapter]);
    await render();
    document
      .getElementById('import-status')!
      .replaceChildren(el('p', { class: 'ok' }, m('import-ok', { id: parsed.data.id })));
  });

  app.replaceChildren(
    el('h1', {}, m('title')),
    el('label', { for: 'lang' }, m('language')),
    langSelect,
    el('h2', {}, m('systems')),
    el('p', {}, m('systems-intro')),
    systemList,
    form,
    el('h2', {}, m('adapters')),
    adapterList,
    el('label', { for: 'adapter-json' }, m('import')),
    json,
    importButton,
    importStatus,
  );
}

void render();
