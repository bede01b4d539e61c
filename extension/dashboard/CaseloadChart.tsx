import { formatNumber } from '../../core/index.ts';
import type { CaseloadRow } from '../../core/index.ts';
import type { Lang, T } from './i18n.ts';
import { shownCaseloadStatus } from './model.ts';

const BAR = 22;
const GAP = 10;
const LEFT = 170;
const WIDTH = 720;
const RIGHT = 230;

/**
 * Active cases per worker against the norm as horizontal SVG bars: every bar carries its number and its
 * status in words (not only a colour), and the figure's label repeats them for screen readers.
 */
export function CaseloadChart({
  t,
  lang,
  rows,
  role,
  complete,
}: {
  t: T;
  lang: Lang;
  rows: readonly CaseloadRow[];
  role: CaseloadRow['role'];
  /** The register is in the analysis: counts are whole, not lower bounds. */
  complete: boolean;
}) {
  const mine = rows.filter((r) => r.role === role).sort((a, b) => a.worker.localeCompare(b.worker));
  if (mine.length === 0) return null;
  const baseNorm = mine[0]!.norm / (mine[0]!.fte || 1);
  const max = Math.max(...mine.map((r) => Math.max(r.active, r.norm))) * 1.1;
  const plot = WIDTH - LEFT - RIGHT;
  const x = (n: number) => LEFT + (n / max) * plot;
  const height = mine.length * (BAR + GAP) + 30;
  const caption = t(role === 'social-worker' ? 'overview.chart-sw' : 'overview.chart-bw', {
    norm: formatNumber(lang, baseNorm),
  });
  const status = (r: CaseloadRow) => t(`status.${shownCaseloadStatus(r, complete)}`);
  const bars = mine.map((r) =>
    t('overview.chart-bar', {
      worker: r.displayName ? `${r.displayName} (${r.worker})` : r.worker,
      cases: t(complete ? 'overview.active-cases' : 'overview.active-cases-at-least', { n: r.active }),
      norm: formatNumber(lang, r.norm),
      status: status(r),
    }),
  );
  const id = `chart-${role}`;
  return (
    <figure className="chart" data-testid={id}>
      <figcaption id={`${id}-cap`}>{caption}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-cap ${id}-desc`}
        preserveAspectRatio="xMinYMin meet"
      >
        <desc id={`${id}-desc`}>{bars.join('; ')}</desc>
        {mine.map((r, i) => {
          const y = 10 + i * (BAR + GAP);
          return (
            <g key={r.worker} data-worker={r.worker}>
              <text x={LEFT - 8} y={y + BAR * 0.7} textAnchor="end" className="label">
                {r.worker}
              </text>
              <rect
                x={LEFT}
                y={y}
                width={Math.max(1, x(r.active) - LEFT)}
                height={BAR}
                className={`bar ${shownCaseloadStatus(r, complete)}`}
              />
              <line x1={x(r.norm)} x2={x(r.norm)} y1={y - 3} y2={y + BAR + 3} className="norm" />
              <text x={x(Math.max(r.active, r.norm)) + 8} y={y + BAR * 0.7} className="value">
                {`${complete ? '' : '≥ '}${r.active} / ${formatNumber(lang, r.norm)} – ${status(r)}`}
              </text>
            </g>
          );
        })}
        <text x={x(baseNorm)} y={height - 4} textAnchor="middle" className="axis">
          {t('overview.norm-line', { norm: formatNumber(lang, baseNorm) })}
        </text>
      </svg>
    </figure>
  );
}
