import type { CaseBadge, Lang } from '../lib/facts.ts';
import { t } from '../lib/i18n.ts';
import { el, mountShadow, resetShadow } from './shadow.ts';
import type { Mounted } from './shadow.ts';

/**
 * Feature `case-badges`: stage, missing obligatory tools and the overdue marker beside a case (list row
 * or detail page). Text and a symbol carry every meaning; colour only repeats it.
 */
const CSS = `
:host { all: initial; display: inline-block; margin: 0 0.25em; vertical-align: middle; }
:host([hidden]) { display: none; }
.b { display: inline-flex; gap: 0.25em; font: 12px/1.3 system-ui, sans-serif; border-radius: 3px; }
.b:focus-visible { outline: 2px solid #1a4fa0; outline-offset: 1px; }
span.p { padding: 0 0.35em; border: 1px solid #888; border-radius: 3px; background: #f4f4f4; color: #222; white-space: nowrap; }
.ok { border-color: #2e7d32; background: #e8f5e9; }
.miss { border-color: #b26a00; background: #fff4e0; }
.over { border-color: #b00020; background: #fde8ea; font-weight: 600; }
.unk { border-style: dashed; color: #555; }
ul { margin: 0.2em 0 0; padding-left: 1.2em; font: 12px/1.3 system-ui, sans-serif; color: #222; }
`;

export function createBadge(): Mounted {
  return mountShadow('standardy-badge', CSS);
}

function parts(b: CaseBadge, lang: Lang): { text: string; cls: string; title?: string }[] {
  const out: { text: string; cls: string; title?: string }[] = [];
  out.push({
    text: b.stage ? t(lang, 'badge.stage', { stage: b.stage }) : t(lang, 'badge.stage-unknown'),
    cls: 'st',
  });
  if (b.stale)
    out.push({ text: `↻ ${t(lang, 'badge.stale')}`, cls: 'unk', title: t(lang, 'badge.stale-title') });
  else if (!b.known)
    out.push({
      text: `? ${t(lang, 'badge.not-opened')}`,
      cls: 'unk',
      title: t(lang, 'badge.not-opened-title'),
    });
  else if (b.missing)
    out.push({
      text: `⚠ ${t(lang, 'badge.missing', { n: b.missing })}`,
      cls: 'miss',
      ...(b.missingTools?.length
        ? { title: t(lang, 'badge.missing-list', { list: b.missingTools.map((x) => x[lang]).join('; ') }) }
        : {}),
    });
  else out.push({ text: `✓ ${t(lang, 'badge.complete')}`, cls: 'ok' });
  if (b.overdue) out.push({ text: `⏰ ${t(lang, 'badge.overdue')}`, cls: 'over' });
  if (b.status === 'suspended' || b.status === 'closed')
    out.push({ text: t(lang, `badge.status-${b.status}`), cls: 'unk' });
  return out;
}

/** Built once per distinct badge and cloned: a 1,000-row list has only a few dozen distinct badges. */
const prototypes = new Map<string, DocumentFragment>();

/** Render a badge; a detail badge also lists the missing tools by name. */
export function renderBadge(m: Mounted, b: CaseBadge, lang: Lang, detail: boolean): void {
  const { caseId, ...shown } = b;
  const key = `${lang}|${detail}|${JSON.stringify(shown)}`;
  if (m.key === key) return;
  m.key = key;
  resetShadow(m);
  m.host.setAttribute('data-case', caseId);
  let proto = prototypes.get(key);
  if (!proto) prototypes.set(key, (proto = build(b, lang, detail)));
  m.root.append(proto.cloneNode(true));
}

function build(b: CaseBadge, lang: Lang, detail: boolean): DocumentFragment {
  const out = document.createDocumentFragment();
  const ps = parts(b, lang);
  const label = t(lang, 'badge.aria', { parts: ps.map((p) => p.title ?? p.text).join(', ') });
  const box = el('span', { class: 'b', tabindex: '0', role: 'group', 'aria-label': label, title: label });
  for (const p of ps) box.append(el('span', { class: `p ${p.cls}`, 'data-part': p.cls }, p.text));
  out.append(box);
  if (detail && b.missingTools?.length)
    out.append(
      el('ul', { 'data-part': 'missing-list' }, ...b.missingTools.map((x) => el('li', {}, x[lang]))),
    );
  return out;
}
