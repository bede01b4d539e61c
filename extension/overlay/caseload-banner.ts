import type { CaseloadBanner, CaseloadWarning, Lang } from '../lib/facts.ts';
import { activeCases, t } from '../lib/i18n.ts';
import { el, mountShadow, resetShadow } from './shadow.ts';
import type { Mounted } from './shadow.ts';

/** Feature `caseload-banner`: workers near or over the norm (20 / 80 active cases, docs/standard.md). */
const CSS = `
:host { all: initial; display: block; margin: 0.5em 0; }
:host([hidden]) { display: none; }
div { font: 14px/1.4 system-ui, sans-serif; color: #222; border: 1px solid #888; border-left-width: 6px; padding: 0.5em 0.75em; background: #fff; }
.over { border-color: #b00020; background: #fdf1f2; }
.near { border-color: #b26a00; background: #fff8ec; }
strong { display: block; }
ul { margin: 0.25em 0; padding-left: 1.2em; }
small { display: block; color: #444; }
button { font: inherit; font-size: 12px; margin-top: 0.25em; }
`;

export function createBanner(): Mounted {
  return mountShadow('standardy-banner', CSS);
}

function line(w: CaseloadWarning, lang: Lang, self: boolean): string {
  const params = {
    worker: w.worker,
    prefix: w.lowerBound ? t(lang, 'banner.at-least') : '',
    n: w.active,
    cases: activeCases(lang, w.active),
    norm: w.norm,
    status: t(lang, `banner.status-${w.status}`),
  };
  return t(lang, self ? 'banner.self' : 'banner.worker', params);
}

export function renderBanner(m: Mounted, banner: CaseloadBanner, lang: Lang): void {
  const key = `${lang}|${JSON.stringify(banner)}`;
  if (m.key === key) return;
  m.key = key;
  resetShadow(m);
  const over = banner.warnings.some((w) => w.status !== 'near');
  const box = el('div', { role: 'status', class: over ? 'over' : banner.warnings.length ? 'near' : '' });
  if (banner.warnings.length) {
    box.append(
      el('strong', {}, `${over ? '⚠' : 'ℹ'} ${t(lang, over ? 'banner.title-over' : 'banner.title-near')}`),
    );
    const list = el('ul');
    for (const w of banner.warnings)
      list.append(
        el(
          'li',
          { 'data-worker': w.worker, 'data-status': w.status },
          line(w, lang, banner.self === w.worker),
        ),
      );
    box.append(list);
    if (banner.warnings.every((w) => w.source === 'host-count'))
      box.append(el('small', {}, t(lang, 'banner.source-host')));
  }
  if (banner.coverage) {
    const { seen, total } = banner.coverage;
    box.append(
      el(
        'small',
        { 'data-part': 'coverage' },
        t(lang, seen < total ? 'banner.coverage' : 'banner.complete', { seen, total }),
      ),
    );
  }
  const hide = el('button', { type: 'button' }, t(lang, 'banner.hide'));
  hide.addEventListener('click', () => (m.host.hidden = true));
  box.append(hide);
  m.root.append(box);
}
