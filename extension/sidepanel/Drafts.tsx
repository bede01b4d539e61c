import { useState } from 'react';
import type { CaseRecord, Policy, Rules } from '../../core/index.ts';
import { TEMPLATES, documentFileName, prefillFromCase, renderDocx } from '../../templates/index.ts';
import type { Lang } from '../lib/facts.ts';
import { downloadBlob as download } from '../lib/download.ts';
import { t } from './i18n.ts';

/** A Polish file name from the template and the pseudonymous case id (`umowa-wspolpracy-2026-PS-0023.docx`). */
export function draftFileName(templateId: string, caseId: string): string {
  return documentFileName(templateId, caseId);
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
      const file = draftFileName(id, record.id);
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
