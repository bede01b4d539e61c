import { useState } from 'react';
import { gapsCsv } from '../../core/index.ts';
import type { Audit } from '../../core/index.ts';
import { downloadBlob } from '../lib/download.ts';
import type { Lang, T } from './i18n.ts';
import { downloadName } from './model.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * One click to the supervisor's .docx report or the gaps as CSV: case ids and facts only, no names. Shown
 * at the top of the dashboard (in its header), so the reports are reachable without scrolling.
 */
export function ReportsPanel({
  t,
  audit,
  today,
  source,
  institutionName,
}: {
  t: T;
  lang: Lang;
  audit: Audit;
  today: string;
  source: string;
  institutionName: string | undefined;
}) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const empty = audit.check.summary.cases === 0;

  const docx = async () => {
    setBusy(true);
    setStatus(t('reports.working'));
    try {
      // The .docx renderer (docx) loads on first use: the dashboard opens without it.
      const { renderAuditReport } = await import('../../templates/reports/audit-report.ts');
      const bytes = await renderAuditReport(audit, {
        ...(institutionName ? { institutionName } : {}),
        ...(source ? { source } : {}),
      });
      const name = downloadName('raport-standardy', today, 'docx');
      downloadBlob(bytes, name, DOCX);
      setStatus(t('reports.ready', { name }));
    } finally {
      setBusy(false);
    }
  };
  const csv = () => {
    const name = downloadName('braki-dokumentacji', today, 'csv');
    downloadBlob(gapsCsv(audit), name, 'text/csv;charset=utf-8');
    setStatus(t('reports.ready', { name }));
  };

  return (
    <section id="raporty" className="reports" aria-labelledby="raporty-h">
      <h2 id="raporty-h">{t('section.reports')}</h2>
      <p className="note">{t(empty ? 'reports.empty' : 'reports.note')}</p>
      <div className="buttons">
        <button type="button" className="primary" disabled={empty || busy} onClick={() => void docx()}>
          {t('reports.docx')}
        </button>
        <button type="button" disabled={empty} onClick={csv}>
          {t('reports.csv')}
        </button>
      </div>
      <p role="status" id="report-status">
        {status}
      </p>
    </section>
  );
}
