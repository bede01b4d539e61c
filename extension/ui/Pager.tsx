import type { Lang } from '../../core/i18n.ts';
import { t } from './messages.ts';

export const PAGE_SIZES = [25, 50, 100] as const;

/** The rows of one page, and where the page stands (1-based page, clamped to the pages there are). */
export function pageOf<T>(rows: readonly T[], page: number, size: number) {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const from = (current - 1) * size;
  return {
    rows: rows.slice(from, from + size),
    page: current,
    pages,
    from: rows.length ? from + 1 : 0,
    to: Math.min(from + size, rows.length),
  };
}

/** Previous / next page, where the table stands, and how many rows a page shows. */
export function Pager(props: {
  lang: Lang;
  /** What the table is ("sprawy"): names the navigation for screen readers. */
  name: string;
  id: string;
  page: number;
  pages: number;
  from: number;
  to: number;
  total: number;
  size: number;
  onPage(page: number): void;
  onSize(size: number): void;
}) {
  const { lang } = props;
  return (
    <nav className="pager" aria-label={t(lang, 'pager.label', { name: props.name })} id={props.id}>
      <button type="button" disabled={props.page <= 1} onClick={() => props.onPage(props.page - 1)}>
        <span aria-hidden="true">‹ </span>
        {t(lang, 'pager.prev')}
      </button>
      <span className="pager-status" aria-live="polite">
        {t(lang, 'pager.status', {
          page: props.page,
          pages: props.pages,
          from: props.from,
          to: props.to,
          total: props.total,
        })}
      </span>
      <button type="button" disabled={props.page >= props.pages} onClick={() => props.onPage(props.page + 1)}>
        {t(lang, 'pager.next')}
        <span aria-hidden="true"> ›</span>
      </button>
      <label>
        {t(lang, 'pager.size')}{' '}
        <select value={props.size} onChange={(e) => props.onSize(Number(e.target.value))}>
          {PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}
