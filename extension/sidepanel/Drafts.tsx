import { useState } from 'react';
import type { CaseRecord, Policy, Rules } from '../../core/index.ts';
import { TEMPLATES, prefillFromCase, renderDocx } from '../../templates/index.ts';
import type { Lang } from '../lib/facts.ts';
import { downloadBlob as download } from '../lib/download.ts';
import { t } from './i18n.ts';

/** Lower-case ASCII words joined by `-`: „Umowa współpracy – interwencja” → `umowa-wspolpracy-interwencja`. */
export function fileSlug(text: string): string {
  return text
    .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'))
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A draft's file name: the document's Polish name and the pseudonymous case id, both as safe words —
 * `umowa-wspolpracy-2026-PS-0023.docx` (no client names; `/` and other signs not allowed in file names).
 */
export function draftFileName(templateNamePl: string, caseId: string): string {
  return `${fileSlug(templateNamePl).toLowerCase()}-${fileSlug(caseId) || 'sprawa'}.docx`;
}

/** The templates' .docx prefilled from the case (case facts only), and the case packet for the Word add-in. */
export function Drafts(props: {
  lang: Lang;
  today: string;
  record: CaseRecord;
  rules: Rules;
  policy: Policy | null;
}) {
  const { lang, record } = props;
  const [status, setStatus] = useState('');
  const [packet, setPacket] = useState('');
  const draft = async (id: string) => {
    try {
      const institution = props.policy?.institution;
      const data = prefillFromCase(id, record, {
        rules: props.rules,
        today: props.today,
        ...(institution ? { institution } : {}),
      });
      const bytes = await renderDocx(id, data, {
        draft: true,
        ...(institution ? { institutionName: institution.name } : {}),
      });
      const file = draftFileName(TEMPLATES.find((x) => x.id === id)!.name.pl, record.id);
      download(bytes, file, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      setStatus(t(lang, 'documents.ready', { file }));
    } catch (e) {
      setStatus(t(lang, 'documents.failed', { error: String(e) }));
    }
  };
  const copyPacket = async () => {
    const text = JSON.stringify({ caseRecord: record }, null, 2);
    setPacket(text);
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t(lang, 'packet.copied'));
    } catch {
      setStatus(t(lang, 'packet.manual'));
    }
  };
  return (
    <section aria-labelledby="documents-h">
      <h2 id="documents-h">{t(lang, 'documents')}</h2>
      <p>{t(lang, 'documents.intro')}</p>
      <ul className="drafts">
        {TEMPLATES.map((tpl) => (
          <li key={tpl.id}>
            <button type="button" data-template={tpl.id} onClick={() => void draft(tpl.id)}>
              {t(lang, 'documents.draft', { name: tpl.name[lang] })}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" id="copy-packet" onClick={() => void copyPacket()}>
        {t(lang, 'packet')}
      </button>
      <p role="status" id="documents-status">
        {status}
      </p>
      {packet ? (
        <>
          <label htmlFor="packet-text">{t(lang, 'packet.label')}</label>
          <textarea id="packet-text" readOnly rows={6} value={packet} />
        </>
      ) : null}
    </section>
  );
}
