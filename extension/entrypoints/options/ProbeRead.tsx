import { STAGES, STANDARDS, TOOLS } from '../../../core/index.ts';
import type { Adapter } from '../../adapters/schema.ts';
import type { CaseRead, ListRead } from '../../lib/facts.ts';
import type { Lang } from '../../lib/facts.ts';
import { t } from './i18n.ts';
import type { OptionsKey } from './i18n.ts';

/**
 * What the adapter test read from a live page, said with the standard's names (category, stage, tools by
 * name, dd.mm.rrrr), not the ids the adapter maps to. The raw read stays one click away for the IT person
 * who writes the adapter.
 */

/** A page of the adapter by what it is: its own name when it has one, else its kind ("karta sprawy"). */
export function pageName(lang: Lang, adapter: Adapter | undefined, pageId: string): string {
  const page = adapter?.pages.find((p) => p.id === pageId) as
    (Adapter['pages'][number] & { name?: string }) | undefined;
  if (!page) return pageId;
  if (page.name) return page.name;
  const kind: OptionsKey =
    page.kind === 'case-list'
      ? page.scope === 'own'
        ? 'page-kind.own-list'
        : 'page-kind.team-list'
      : page.kind === 'case-detail'
        ? 'page-kind.case-detail'
        : 'page-kind.other';
  return t(lang, kind);
}

const SELECTOR_KEYS: Record<string, OptionsKey> = {
  container: 'selector.container',
  rows: 'selector.rows',
  total: 'selector.total',
  activeCount: 'selector.activeCount',
  badge: 'selector.badge',
  banner: 'selector.banner',
  'fields.caseId': 'selector.caseId',
  'fields.socialWorker': 'selector.socialWorker',
  'fields.benefitsWorker': 'selector.benefitsWorker',
  'fields.category': 'selector.category',
  'fields.stage': 'selector.stage',
  'fields.stageSince': 'selector.stageSince',
  'fields.openedOn': 'selector.openedOn',
  'fields.status': 'selector.status',
  'stageHistory.items': 'selector.stageHistory',
  'stageHistory.stage': 'selector.stageHistory-stage',
  'stageHistory.date': 'selector.stageHistory-date',
  'documents.items': 'selector.documents',
  'documents.name': 'selector.documents-name',
  'documents.date': 'selector.documents-date',
  'documents.status': 'selector.documents-status',
};

/** What a selector of the adapter finds, in words (its key in the adapter file is shown beside it). */
export function selectorName(lang: Lang, key: string): string {
  const known = SELECTOR_KEYS[key];
  return known ? t(lang, known) : key;
}

const standardName = (lang: Lang, id: string | undefined) =>
  id ? (STANDARDS.find((s) => s.id === id)?.shortName[lang] ?? id) : '';
const stageName = (lang: Lang, id: string | undefined) => {
  const s = id ? STAGES.find((x) => x.id === id) : undefined;
  return s ? `${s.id} – ${s.name[lang]}` : (id ?? '');
};
const toolName = (lang: Lang, id: string) => TOOLS.find((x) => x.id === id)?.name[lang] ?? id;

function CaseFacts({ lang, read }: { lang: Lang; read: CaseRead }) {
  const rows: [OptionsKey, string][] = [
    ['read.caseId', read.caseId],
    ['read.standard', standardName(lang, read.standard)],
    ['read.stage', stageName(lang, read.stage)],
    ['read.stageSince', read.stageSince ? t(lang, 'read.date', { d: read.stageSince }) : ''],
    ['read.openedOn', read.openedOn ? t(lang, 'read.date', { d: read.openedOn }) : ''],
    ['read.status', read.status ? t(lang, `read.status-${read.status}`) : ''],
    ['read.socialWorker', read.socialWorker ?? ''],
    ['read.benefitsWorker', read.benefitsWorker ?? ''],
  ];
  return (
    <dl className="read-facts">
      {rows
        .filter(([, v]) => v !== '')
        .map(([k, v]) => (
          <div key={k}>
            <dt>{t(lang, k)}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      {read.documents?.length ? (
        <div>
          <dt>{t(lang, 'read.documents')}</dt>
          <dd>
            <ul>
              {read.documents.map((d, i) => (
                <li key={i}>
                  {t(lang, d.status === 'waived' ? 'read.document-waived' : 'read.document-done', {
                    name: toolName(lang, d.tool),
                    d: d.on,
                  })}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/** The read of one page: a case's facts, or a list's first rows and counts; a failed read says what failed. */
export function ProbeRead({ lang, read }: { lang: Lang; read: unknown }) {
  const r = read as (Partial<CaseRead> & Partial<ListRead> & { ok?: false; problem?: string }) | undefined;
  if (!r || typeof r !== 'object') return null;
  return (
    <div className="probe-read">
      {r.ok === false ? (
        <p className="error">{t(lang, 'read.failed', { what: selectorName(lang, r.problem ?? '') })}</p>
      ) : Array.isArray(r.rows) ? (
        <>
          <p>
            {t(lang, r.scope === 'own' ? 'read.list-own' : 'read.list-team', { n: r.rows.length })}
            {r.total !== undefined ? ` ${t(lang, 'read.total', { n: r.total })}` : ''}
          </p>
          {r.rows.map((row, i) => (
            <CaseFacts key={i} lang={lang} read={row} />
          ))}
        </>
      ) : r.caseId ? (
        <CaseFacts lang={lang} read={r as CaseRead} />
      ) : null}
      <details>
        <summary>{t(lang, 'read.json')}</summary>
        <pre tabIndex={0}>{JSON.stringify(read, null, 2)}</pre>
      </details>
    </div>
  );
}
