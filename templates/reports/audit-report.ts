import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { plDate, STANDARDS, TIME_USE_CATEGORIES, toolName } from '../../core/index.ts';
import type { Audit, WorkloadTable } from '../../core/index.ts';
import { caseloadChartPng } from './caseload-chart.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const num = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2).replace('.', ','));

const STATUS_PL = {
  ok: 'w normie',
  near: 'blisko normy',
  over: 'ponad normę',
  'over-statutory': 'ponad limit ustawowy',
};
const ROLE_PL = { 'social-worker': 'pracownik socjalny', 'benefits-worker': 'pracownik ds. świadczeń' };

function cell(text: string, bold = false): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold, size: 18 })] })],
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

function table(header: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
}

const p = (text: string) => new Paragraph({ children: [new TextRun(text)], spacing: { after: 120 } });
const h1 = (text: string) =>
  new Paragraph({ text, heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 } });
const h2 = (text: string) =>
  new Paragraph({ text, heading: HeadingLevel.HEADING_2, spacing: { before: 200, after: 100 } });

/**
 * The supervisor's report (.docx): summary, per-worker table, gaps by case id, caseload chart, workload
 * table and the institution-model checklist. Case ids and the standard's facts only — no client names.
 */
export async function renderAuditReport(
  audit: Audit,
  options: { institutionName?: string; source?: string } = {},
): Promise<Uint8Array> {
  const c = audit.check;
  const s = c.summary;
  const institution = options.institutionName ?? c.institution?.name ?? 'Ośrodek pomocy społecznej';
  const body: (Paragraph | Table)[] = [];

  body.push(
    new Paragraph({
      text: 'Raport: dokumentacja, obciążenie i organizacja pracy socjalnej',
      heading: HeadingLevel.TITLE,
    }),
    p(
      `${institution} · stan na ${plDate(audit.today)}${options.source ? ` · źródło: ${options.source}` : ''}`,
    ),
  );

  body.push(h1('1. Podsumowanie'));
  const overWorkers = c.caseload.rows.filter((r) => r.status === 'over' || r.status === 'over-statutory');
  body.push(
    p(
      `Sprawy: ${s.cases} (aktywne ${s.active}, zawieszone ${s.suspended}, zamknięte ${s.closed}); kontakty jednorazowe: ${s.contacts}.`,
    ),
    p(
      `Kompletność obowiązkowej dokumentacji (zespół): ${pct(c.completeness.team.share)} (${c.completeness.team.done} z ${c.completeness.team.due}); braków: ${c.completeness.gaps.length}.`,
    ),
    p(
      `Ustalenia: błędy ${s.findings.error}, ostrzeżenia ${s.findings.warning}, informacje ${s.findings.info}.`,
    ),
    p(
      overWorkers.length
        ? `Ponad normę obciążenia: ${overWorkers.map((r) => `${r.worker} (${r.active} spraw, norma ${num(r.norm)})`).join(', ')}.`
        : 'Nikt nie przekracza normy obciążenia.',
    ),
  );

  body.push(h1('2. Pracownicy'));
  const compl = new Map(c.completeness.byWorker.map((w) => [w.worker, w]));
  const findingsBy = new Map<string, { error: number; warning: number }>();
  for (const e of c.cases)
    for (const f of e.findings) {
      const x = findingsBy.get(e.socialWorker) ?? { error: 0, warning: 0 };
      if (f.severity === 'error') x.error++;
      if (f.severity === 'warning') x.warning++;
      findingsBy.set(e.socialWorker, x);
    }
  body.push(
    table(
      [
        'Pracownik',
        'Rola',
        'Etat',
        'Aktywne',
        'Zawieszone',
        'Norma',
        'Stan',
        'Kompletność',
        'Błędy / ostrzeżenia',
      ],
      c.caseload.rows.map((r) => {
        const w = compl.get(r.worker);
        const f = findingsBy.get(r.worker);
        return [
          r.worker,
          ROLE_PL[r.role],
          num(r.fte),
          String(r.active),
          String(r.suspended),
          num(r.norm),
          STATUS_PL[r.status],
          r.role === 'social-worker' && w ? `${pct(w.share)} (${w.done}/${w.due})` : '—',
          f ? `${f.error} / ${f.warning}` : r.role === 'social-worker' ? '0 / 0' : '—',
        ];
      }),
    ),
  );

  body.push(h1('3. Obciążenie wobec norm (20 / 80)'));
  body.push(
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: caseloadChartPng(c.caseload.rows),
          transformation: { width: 600, height: 280 },
          altText: {
            name: 'Wykres obciążenia',
            title: 'Aktywne sprawy na pracownika wobec normy',
            description: c.caseload.rows
              .map((r) => `${r.worker}: ${r.active} (norma ${num(r.norm)})`)
              .join('; '),
          },
        }),
      ],
    }),
    p(
      'Słupki: aktywne sprawy; linia przerywana: norma (20 na pracownika socjalnego, 80 na pracownika ds. świadczeń, proporcjonalnie do etatu). Liczba z „!”: ponad normę.',
    ),
  );

  body.push(h1('4. Braki w dokumentacji (według numeru sprawy)'));
  if (c.completeness.gaps.length === 0) body.push(p('Brak braków.'));
  else
    body.push(
      table(
        ['Nr sprawy', 'Pracownik', 'Etap', 'Brakujące narzędzie'],
        c.completeness.gaps.map((g) => [
          g.caseId,
          g.worker,
          g.stage,
          g.tools.map((id) => toolName(id)).join(' albo '),
        ]),
      ),
    );
  const overdue = c.cases.flatMap((e) =>
    e.findings.filter((f) => f.code === 'stage-overdue' || f.code === 'agreement-review-overdue'),
  );
  body.push(h2('Etapy i przeglądy umów po terminie'));
  body.push(
    overdue.length
      ? table(
          ['Nr sprawy', 'Ustalenie'],
          overdue.map((f) => [f.caseId ?? '', f.message.pl]),
        )
      : p('Brak.'),
  );

  body.push(h1('5. Czas pracy (kategorie jak w tabelach pilotażu)'));
  if (!audit.workload) body.push(p('Nie dołączono karty czasu pracy.'));
  else {
    const wl = (t: WorkloadTable, title: string) => {
      body.push(h2(title));
      body.push(
        table(
          ['Kategoria', 'Zespół: godz.', 'Zespół: %', 'Toruń OBOP %', 'Toruń RZD %'],
          t.categories.map((id) => {
            const cat = TIME_USE_CATEGORIES.find((x) => x.id === id)!;
            return [
              `${cat.letter} ${cat.name.pl}`,
              num(t.team.hours[id]!),
              pct(t.team.share[id]!),
              pct(t.baseline.obop.share[id]!),
              pct(t.baseline.rzd.share[id]!),
            ];
          }),
        ),
      );
    };
    wl(audit.workload.socialWorkers, 'Pracownicy socjalni (A–I)');
    wl(audit.workload.benefitsWorkers, 'Pracownicy ds. świadczeń (A–Ł)');
    for (const f of audit.workload.findings) body.push(p(`! ${f.message.pl}`));
  }

  const inst = audit.institution;
  body.push(h1(`6. Model instytucji: ${inst.model.pl}`));
  body.push(
    table(
      ['Stanowisko', 'Sprawy aktywne', 'Norma', 'Potrzebne etaty', 'Zatrudnione etaty', 'Bilans'],
      inst.staffing.map((l) => [
        ROLE_PL[l.role],
        String(l.activeCases),
        num(l.norm),
        num(Math.round(l.requiredFte * 100) / 100),
        `${num(l.employedFte)}${l.employedFrom === 'cases' ? ' (wg spraw)' : ''}`,
        num(Math.round(l.balance * 100) / 100),
      ]),
    ),
    p(
      `Minimum ustawowe pracowników socjalnych: ${inst.statutoryMinimum.socialWorkers} (${inst.statutoryMinimum.basis.pl}).`,
    ),
  );
  body.push(h2('Kluczowe stanowiska'));
  body.push(
    table(
      ['Stanowisko', 'W modelu', 'Jest'],
      inst.positions.map((x) => [
        x.name.pl,
        x.status === 'key' ? 'kluczowe' : x.status === 'proposed' ? 'proponowane (pilotaż)' : 'opcjonalne',
        x.present ? 'tak' : 'nie',
      ]),
    ),
  );
  body.push(h2('Warunki organizacyjne pracy socjalnej'));
  body.push(
    table(
      ['Warunek', 'Spełniony'],
      inst.conditions.map((x) => [
        x.name.pl,
        x.met === null ? 'nie oceniono' : `${x.met ? 'tak' : 'nie'}${x.inferred ? ' (z danych)' : ''}`,
      ]),
    ),
  );
  if (inst.services.length) {
    body.push(h2('Usługi specjalistyczne: etapy organizacji'));
    for (const svc of inst.services) {
      body.push(
        p(`${svc.name.pl} (${STANDARDS.find((x) => x.id === svc.standard)?.id}): ${svc.done} z 7 etapów.`),
      );
      body.push(
        table(
          ['Etap', 'Wykonany'],
          svc.stages.map((st) => [st.name.pl, st.done ? 'tak' : 'nie']),
        ),
      );
    }
  }

  const doc = new Document({
    creator: 'standardy',
    title: 'Raport kompletności dokumentacji',
    description: 'Bez danych osobowych klientów: numery spraw i fakty standardu.',
    styles: {
      default: {
        document: { run: { font: 'Liberation Sans', size: 20 } },
        heading1: { run: { size: 28, bold: true }, paragraph: { outlineLevel: 0 } },
        heading2: { run: { size: 24, bold: true }, paragraph: { outlineLevel: 1 } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        headers: {
          default: new Header({
            children: [new Paragraph({ children: [new TextRun({ text: institution, size: 16 })] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                border: { top: { style: BorderStyle.SINGLE, size: 4, color: 'AAAAAA', space: 4 } },
                children: [
                  new TextRun({
                    text: 'Dokument wewnętrzny. Zawiera wyłącznie numery spraw (pseudonimy), bez danych osobowych klientów. Strona ',
                    size: 14,
                  }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 14 }),
                  new TextRun({ text: ' z ', size: 14 }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 14 }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  const blob = await Packer.toBlob(doc);
  return new Uint8Array(await blob.arrayBuffer());
}
