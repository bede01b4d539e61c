import { Paragraph } from 'docx';
import { ChartRun } from 'docx/charts';
import { TIME_USE_CATEGORIES, formatNumber, formatPercent, toolName } from '../../core/index.ts';
import type { Audit, CaseloadRow, WorkloadTable } from '../../core/index.ts';
import type { LayoutBlock, LayoutParagraph, LayoutRow, LayoutTable } from '../layout.ts';
import { packDocx } from '../ooxml.ts';
import type { BodySegment } from '../ooxml.ts';
import { columnWidths, textWidth } from '../style.ts';
import type { StyleId } from '../style.ts';
import { caseloadCharts } from './caseload-chart.ts';
import { reportMessages } from './report-messages.ts';

type Key = Parameters<typeof reportMessages.t>[1];
const t = (key: Key, params: Record<string, string | number | undefined> = {}) =>
  reportMessages.t('pl', key, params);
const num = (x: number) => formatNumber('pl', x, 2);
const pct = (x: number) => formatPercent('pl', x, 0);

const STATUS_PL = {
  ok: 'w normie',
  near: 'blisko normy',
  over: 'ponad normę',
  'over-statutory': 'ponad limit ustawowy',
} satisfies Record<CaseloadRow['status'], string>;
const ROLE_PL = { 'social-worker': 'pracownik socjalny', 'benefits-worker': 'pracownik ds. świadczeń' };
const POSITION_PL = { key: 'kluczowe', proposed: 'proponowane (pilotaż)', optional: 'opcjonalne' };

const WIDTH = textWidth(false);

const para = (style: StyleId, text: string, extra: Partial<LayoutParagraph> = {}): LayoutParagraph => ({
  kind: 'paragraph',
  style,
  inlines: [{ kind: 'text', text }],
  ...extra,
});

/**
 * A data table in the house style: column widths that keep every header word whole, the header row
 * repeated on each page, short rows that never split. `weights` share the width left after that.
 */
function table(headers: string[], rows: string[][], weights: number[]): LayoutTable {
  const body: LayoutRow[] = rows.map((r) => ({
    cantSplit: r.join('').length < 600,
    cells: r.map((c) => [para('TableText', c)]),
  }));
  return {
    kind: 'table',
    role: 'data',
    widths: columnWidths(headers, weights, WIDTH, rows),
    rows: [{ header: true, cantSplit: true, cells: headers.map((h) => [para('TableHeader', h)]) }, ...body],
  };
}

export interface AuditReportOptions {
  institutionName?: string;
  /** Where the data came from, as the reader should see it (e.g. „eksport rejestru rejestr.csv”). */
  source?: string;
}

/**
 * The supervisor's report (.docx) in the documents' house style: summary, per-worker table, the caseload
 * chart (a native Word chart), gaps by case id, overdue stages and reviews, time use and the institution
 * model. Case ids and the standard's facts only — no client names.
 */
export async function renderAuditReport(audit: Audit, options: AuditReportOptions = {}): Promise<Uint8Array> {
  const c = audit.check;
  const s = c.summary;
  const institution = options.institutionName ?? c.institution?.name ?? t('default-institution');
  const blocks: LayoutBlock[] = [];
  let section = 0;
  const h1 = (text: string) => blocks.push(para('Heading1', `${++section}. ${text}`));
  const h2 = (text: string) => blocks.push(para('Heading2', text));
  const p = (text: string) => blocks.push(para('Text', text));

  blocks.push({
    kind: 'table',
    role: 'letterhead',
    widths: [Math.round(WIDTH * 0.55), WIDTH - Math.round(WIDTH * 0.55)],
    rows: [
      {
        cantSplit: true,
        cells: [
          [
            {
              ...para('Letterhead', institution),
              inlines: [{ kind: 'text', text: institution, bold: true }],
            },
          ],
          [para('Letterhead', t('as-of', { d: audit.today }), { align: 'right' })],
        ],
      },
    ],
  });
  blocks.push(para('Title', t('title'), { keepNext: true }));
  if (options.source) blocks.push(para('Subtitle', t('source', { source: options.source })));

  h1(t('h.summary'));
  p(
    t('cases', {
      cases: s.cases,
      active: s.active,
      suspended: s.suspended,
      closed: s.closed,
      contacts: s.contacts,
    }),
  );
  p(
    t('completeness', {
      share: pct(c.completeness.team.share),
      done: c.completeness.team.done,
      due: c.completeness.team.due,
      gaps: c.completeness.gaps.length,
    }),
  );
  p(t('findings', s.findings));
  const overWorkers = c.caseload.rows.filter((r) => r.status === 'over' || r.status === 'over-statutory');
  p(
    overWorkers.length
      ? t('over', {
          list: overWorkers
            .map((r) => t('over.item', { worker: r.worker, n: r.active, norm: num(r.norm) }))
            .join(', '),
        })
      : t('over.none'),
  );

  h1(t('h.workers'));
  const compl = new Map(c.completeness.byWorker.map((w) => [w.worker, w]));
  const findingsBy = new Map<string, { error: number; warning: number }>();
  for (const e of c.cases)
    for (const f of e.findings) {
      const x = findingsBy.get(e.socialWorker) ?? { error: 0, warning: 0 };
      if (f.severity === 'error') x.error++;
      if (f.severity === 'warning') x.warning++;
      findingsBy.set(e.socialWorker, x);
    }
  const workerRow = (r: CaseloadRow) => [
    r.worker,
    num(r.fte),
    String(r.active),
    String(r.suspended),
    num(r.norm),
    STATUS_PL[r.status],
  ];
  const social = c.caseload.rows.filter((r) => r.role === 'social-worker');
  const benefits = c.caseload.rows.filter((r) => r.role === 'benefits-worker');
  if (social.length) {
    h2(t('h.social-workers'));
    blocks.push(
      table(
        ['Pracownik', 'Etat', 'Aktywne', 'Zawieszone', 'Norma', 'Stan', 'Kompletność', 'Błędy / ostrzeżenia'],
        social.map((r) => {
          const w = compl.get(r.worker);
          const f = findingsBy.get(r.worker) ?? { error: 0, warning: 0 };
          return [
            ...workerRow(r),
            w ? `${pct(w.share)} (${w.done}/${w.due})` : t('none'),
            `${f.error} / ${f.warning}`,
          ];
        }),
        [1, 0.4, 0.6, 0.5, 0.5, 2.8, 1.4, 1.1],
      ),
    );
  }
  if (benefits.length) {
    h2(t('h.benefits-workers'));
    blocks.push(
      table(
        ['Pracownik', 'Etat', 'Aktywne', 'Zawieszone', 'Norma', 'Stan'],
        benefits.map(workerRow),
        [1, 0.6, 0.8, 0.8, 0.6, 1.6],
      ),
    );
  }

  h1(t('h.caseload'));
  const charts = caseloadCharts(c.caseload.rows);
  const chartAt = new Map<number, (typeof charts)[number]>();
  for (const chart of charts) {
    chartAt.set(blocks.length, chart);
    blocks.push(para('Normal', '', { keepNext: true }));
  }
  blocks.push(para('Note', t('chart.caption')));

  h1(t('h.gaps'));
  if (c.completeness.gaps.length === 0) p(t('gaps.none'));
  else
    blocks.push(
      table(
        ['Nr sprawy', 'Pracownik', 'Etap', 'Brakujące narzędzie'],
        c.completeness.gaps.map((g) => [
          g.caseId,
          g.worker,
          g.stage,
          g.tools.map((id) => toolName(id)).join(t('alternatives')),
        ]),
        [1.4, 1, 0.6, 4],
      ),
    );
  const overdue = c.cases.flatMap((e) =>
    e.findings.filter((f) => f.code === 'stage-overdue' || f.code === 'agreement-review-overdue'),
  );
  h2(t('h.overdue'));
  if (overdue.length)
    blocks.push(
      table(
        ['Nr sprawy', 'Ustalenie'],
        overdue.map((f) => [f.caseId ?? '', f.message.pl]),
        [1.4, 6],
      ),
    );
  else p(t('overdue.none'));

  h1(t('h.time'));
  if (!audit.workload) p(t('time.none'));
  else {
    const wl = (tab: WorkloadTable, title: string) => {
      h2(title);
      blocks.push(
        table(
          ['Kategoria', 'Godziny zespołu', 'Udział zespołu', 'Toruń – OBOP', 'Toruń – RZD'],
          tab.categories.map((id) => {
            const cat = TIME_USE_CATEGORIES.find((x) => x.id === id)!;
            return [
              `${cat.letter} – ${cat.name.pl}`,
              num(tab.team.hours[id]!),
              pct(tab.team.share[id]!),
              pct(tab.baseline.obop.share[id]!),
              pct(tab.baseline.rzd.share[id]!),
            ];
          }),
          [5, 1.3, 1.2, 1.2, 1.2],
        ),
      );
    };
    wl(audit.workload.socialWorkers, t('h.time-sw'));
    wl(audit.workload.benefitsWorkers, t('h.time-bw'));
    for (const f of audit.workload.findings) p(f.message.pl);
  }

  const inst = audit.institution;
  h1(t('h.model', { model: inst.model.pl }));
  blocks.push(
    table(
      ['Stanowisko', 'Sprawy aktywne', 'Norma', 'Potrzebne etaty', 'Zatrudnione etaty', 'Bilans'],
      inst.staffing.map((l) => [
        ROLE_PL[l.role],
        String(l.activeCases),
        num(l.norm),
        num(l.requiredFte),
        l.employedFrom === 'cases' ? t('from-cases', { value: num(l.employedFte) }) : num(l.employedFte),
        num(l.balance),
      ]),
      [2.4, 1.1, 0.9, 1.2, 1.4, 1],
    ),
  );
  p(t('minimum', { n: inst.statutoryMinimum.socialWorkers, basis: inst.statutoryMinimum.basis.pl }));
  h2(t('h.positions'));
  blocks.push(
    table(
      ['Stanowisko', 'W modelu', 'Jest'],
      inst.positions.map((x) => [x.name.pl, POSITION_PL[x.status], x.present ? t('yes') : t('no')]),
      [5, 2, 0.8],
    ),
  );
  h2(t('h.conditions'));
  blocks.push(
    table(
      ['Warunek', 'Spełniony'],
      inst.conditions.map((x) => {
        const value = x.met === null ? t('not-assessed') : x.met ? t('yes') : t('no');
        return [x.name.pl, x.inferred ? t('inferred', { value }) : value];
      }),
      [6, 1.5],
    ),
  );
  if (inst.services.length) {
    h2(t('h.services'));
    for (const svc of inst.services) {
      p(t('service.done', { name: svc.name.pl, done: svc.done, total: svc.stages.length }));
      blocks.push(
        table(
          ['Etap', 'Wykonany'],
          svc.stages.map((st) => [st.name.pl, st.done ? t('yes') : t('no')]),
          [6, 1.2],
        ),
      );
    }
  }

  // The charts are docx's own (a chart part each); everything else is the house-style layout.
  const segments: BodySegment[] = [];
  let from = 0;
  for (const [at, chart] of chartAt) {
    segments.push({ layout: blocks.slice(from, at) });
    segments.push({ native: [new Paragraph({ keepNext: true, children: [new ChartRun(chart)] })] });
    from = at + 1;
  }
  segments.push({ layout: blocks.slice(from) });
  return packDocx(
    {
      name: t('title'),
      description: t('footer-note'),
      landscape: false,
      draft: false,
      runningHeader: `${institution} · ${t('running-header', { d: audit.today })}`,
      footerNote: t('footer-note'),
    },
    segments,
  );
}
