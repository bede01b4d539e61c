import type { Lang } from '../lib/facts.ts';
import { t } from '../lib/i18n.ts';
import { el, mountShadow, resetShadow } from './shadow.ts';
import type { Mounted } from './shadow.ts';

/** Feature `adapter-notice`: one small, plain notice when the adapter no longer matches the host's page. */
const CSS = `
:host { all: initial; position: fixed; right: 8px; bottom: 8px; z-index: 2147483647; }
:host([hidden]) { display: none; }
div { font: 12px/1.4 system-ui, sans-serif; color: #222; background: #fffbe6; border: 1px solid #8a6d00; padding: 0.4em 0.6em; max-width: 28em; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
button { font: inherit; margin-left: 0.5em; }
`;

export function renderNotice(
  existing: Mounted | undefined,
  lang: Lang,
  info: { adapter: string; page: string; problem: string },
): Mounted {
  const m = existing ?? mountShadow('standardy-notice', CSS);
  const key = `${lang}|${JSON.stringify(info)}`;
  if (m.key === key) return m;
  m.key = key;
  resetShadow(m);
  const box = el(
    'div',
    { role: 'status', 'data-problem': info.problem },
    `ⓘ ${t(lang, 'notice.text', { adapter: info.adapter, page: info.page })}`,
  );
  const close = el('button', { type: 'button' }, t(lang, 'notice.hide'));
  close.addEventListener('click', () => (m.host.hidden = true));
  box.append(close);
  m.root.append(box);
  return m;
}
