import type { Extract, Page } from './schema.ts';
import { readText } from '../lib/read.ts';

/**
 * How many elements each selector of a page matches on a saved copy of the host's page: the numbers
 * shipped beside the saved pages (expected.json) and checked by the adapter test.
 */
export function selectorCounts(doc: Document, page: Page): Record<string, number> {
  const out: Record<string, number> = {};
  const container = doc.querySelector(page.container);
  out.container = doc.querySelectorAll(page.container).length;
  if (!container) return out;
  const count = (name: string, scopes: Element[], ex: Extract | undefined) => {
    if (ex) out[name] = scopes.filter((s) => readText(s, ex) !== undefined).length;
  };
  const rows = page.rows ? [...container.querySelectorAll(page.rows)] : [container];
  if (page.rows) out.rows = rows.length;
  for (const [name, ex] of Object.entries(page.fields)) count(`fields.${name}`, rows, ex);
  count('total', [container], page.total);
  count('activeCount', [container], page.activeCount);
  const anchors = (p: Page['badge'], scopes: Element[]) =>
    scopes.filter((s) => (p.selector ? s.querySelector(p.selector) : s) !== null).length;
  out['badge'] = anchors(page.badge, rows);
  if (page.banner) out['banner'] = anchors(page.banner, [container]);
  for (const [name, list] of [
    ['stageHistory', page.stageHistory],
    ['documents', page.documents],
  ] as const) {
    if (!list) continue;
    const items = [...container.querySelectorAll(list.items)];
    out[`${name}.items`] = items.length;
    for (const [field, ex] of Object.entries(list))
      if (field !== 'items') count(`${name}.${field}`, items, ex as Extract);
  }
  return out;
}
