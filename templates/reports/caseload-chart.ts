import type { ChartRunOptions } from 'docx/charts';
import type { CaseloadRow, CaseloadStatus } from '../../core/index.ts';
import { formatNumber } from '../../core/index.ts';
import { reportMessages } from './report-messages.ts';

/** Bar colours by caseload status; the table beside the chart says the same in words. */
const STATUS_COLOR: Record<CaseloadStatus, string> = {
  ok: '2E5EAA',
  near: 'D68910',
  over: 'BA2323',
  'over-statutory': '7B1111',
};

/**
 * Caseload per worker as a native Word chart (docx's ChartRun: `word/charts/chart1.xml` with its data in an
 * embedded workbook, so Word's "Edit data" works): active cases as columns coloured by status, the norm
 * (20 / 80 scaled by FTE) as a dashed line, Polish labels. One chart per role, so each norm line is
 * flat. Pure: rows in, chart options out.
 */
export function caseloadChart(
  rows: readonly CaseloadRow[],
  title: string,
  width = 620,
  height = 280,
): ChartRunOptions {
  const t = (key: Parameters<typeof reportMessages.t>[1], params = {}) => reportMessages.t('pl', key, params);
  return {
    type: 'column',
    title: { text: title, font: { size: 12, bold: true } },
    categories: rows.map((r) => r.worker),
    series: [
      {
        name: t('chart.active'),
        values: rows.map((r) => r.active),
        colors: rows.map((r) => STATUS_COLOR[r.status]),
        dataLabels: { value: true, position: 'outsideEnd' },
      },
      {
        name: t('chart.norm'),
        type: 'line',
        values: rows.map((r) => r.norm),
        markers: false,
        line: { color: '404040', width: 1.75, dash: 'dash' },
      },
    ],
    categoryAxis: { title: t('chart.workers') },
    valueAxis: { title: t('chart.cases'), minimum: 0, numberFormat: '0' },
    legend: { position: 'bottom' },
    font: { name: 'Calibri' },
    transformation: { width, height },
    altText: {
      name: title,
      description: rows
        .map((r) =>
          reportMessages.t('pl', 'chart.alt-row', {
            worker: r.worker,
            n: r.active,
            norm: formatNumber('pl', r.norm),
          }),
        )
        .join('; '),
    },
  };
}

/** One chart per role present: social workers (norm 20) and benefits workers (norm 80). */
export function caseloadCharts(rows: readonly CaseloadRow[]): ChartRunOptions[] {
  const charts: ChartRunOptions[] = [];
  const social = rows.filter((r) => r.role === 'social-worker');
  const benefits = rows.filter((r) => r.role === 'benefits-worker');
  if (social.length) charts.push(caseloadChart(social, reportMessages.t('pl', 'chart.title-sw')));
  if (benefits.length)
    charts.push(caseloadChart(benefits, reportMessages.t('pl', 'chart.title-bw'), 620, 240));
  return charts;
}
