import {
  Button,
  Field as FluentField,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { formatError } from '../../../../core/index.ts';
import { formErrors, prefillFromPacket, removeAt, setAt } from '../form.ts';
import { t } from '../i18n.ts';
import type { Lang } from '../i18n.ts';
import { changedFields, planDocument } from '../plan.ts';
import { TEMPLATES, dataText, getTemplate, renderDocx, visible } from '../templates.ts';
import type { TemplateData } from '../templates.ts';
import type { Placement, UpdateOutcome } from '../word.ts';
import { FieldInput } from './FieldInput.tsx';

export interface DraftActions {
  /** In Word: insert the plan. */
  insert?(plan: ReturnType<typeof planDocument>, placement: Placement): Promise<void>;
  /** In Word: rewrite changed fields' controls. */
  update?(changes: { tag: string; text: string }[]): Promise<UpdateOutcome>;
  /** Outside Word: save the bytes as a file. */
  save?(bytes: Uint8Array, fileName: string): void;
}

type Notice = { intent: 'success' | 'warning' | 'error' | 'info'; text: string; details?: string[] };

export function DraftPanel({ lang, actions, today }: { lang: Lang; actions: DraftActions; today: string }) {
  const [templateId, setTemplateId] = useState<string>(TEMPLATES[0]!.id);
  const [data, setData] = useState<TemplateData>({});
  const [inserted, setInserted] = useState<{ templateId: string; data: TemplateData } | null>(null);
  const [packet, setPacket] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const def = getTemplate(templateId)!;
  const errors = useMemo(() => formErrors(templateId, data), [templateId, data]);
  const cond = useMemo(() => dataText(def, data), [def, data]);
  const changes = useMemo(
    () => (inserted && inserted.templateId === templateId ? changedFields(def, inserted.data, data) : []),
    [def, inserted, templateId, data],
  );

  const run = async (fn: () => Promise<Notice>) => {
    setBusy(true);
    try {
      setNotice(await fn());
    } catch (e) {
      setNotice({ intent: 'error', text: t(lang, 'error', { error: (e as Error).message }) });
    } finally {
      setBusy(false);
    }
  };

  const applyPacket = () => {
    const result = prefillFromPacket(templateId, packet, today);
    if ('notJson' in result)
      setNotice({ intent: 'error', text: t(lang, 'packet.not-json', { error: result.notJson }) });
    else if (!result.ok)
      setNotice({
        intent: 'error',
        text: t(lang, 'packet.invalid'),
        details: result.errors.map((e) => formatError(e, lang)),
      });
    else {
      setData(result.value);
      setNotice({
        intent: 'success',
        text: t(lang, 'packet.applied', { id: String(result.value.caseId ?? '') }),
      });
    }
  };

  const insert = (placement: Placement) =>
    run(async () => {
      await actions.insert!(planDocument(def, data), placement);
      setInserted({ templateId, data });
      return { intent: 'success', text: t(lang, 'insert.done', { name: def.name[lang] }) };
    });

  const update = () =>
    run(async () => {
      if (changes.length === 0) return { intent: 'info', text: t(lang, 'update.none') };
      const outcome = await actions.update!(changes);
      setInserted({ templateId, data });
      const parts: string[] = [];
      if (outcome.updated.length) parts.push(t(lang, 'update.done', { fields: outcome.updated.join(', ') }));
      if (outcome.notInDocument.length)
        parts.push(t(lang, 'update.gone', { fields: outcome.notInDocument.join(', ') }));
      return { intent: outcome.notInDocument.length ? 'warning' : 'success', text: parts.join(' ') };
    });

  const download = () =>
    run(async () => {
      const bytes = await renderDocx(templateId, data, { draft: errors.missing.length > 0 });
      const file = `${templateId}${typeof data.caseId === 'string' ? `-${data.caseId.replace(/[^A-Za-z0-9._-]+/g, '_')}` : ''}.docx`;
      actions.save!(bytes, file);
      return { intent: 'success', text: t(lang, 'download.done', { file }) };
    });

  const blocked = errors.blocking.length > 0;
  return (
    <form className="panel" onSubmit={(e) => e.preventDefault()} aria-label={t(lang, 'tab.draft')}>
      <FluentField label={t(lang, 'template')}>
        <Select
          id="template"
          value={templateId}
          onChange={(_, d) => {
            setTemplateId(d.value);
            setNotice(null);
          }}
        >
          {TEMPLATES.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {tpl.name[lang]}
            </option>
          ))}
        </Select>
      </FluentField>
      <FluentField label={t(lang, 'packet')} hint={t(lang, 'packet.help')}>
        <Textarea id="packet" value={packet} onChange={(_, d) => setPacket(d.value)} resize="vertical" />
      </FluentField>
      <Button onClick={applyPacket} disabled={packet.trim() === ''}>
        {t(lang, 'packet.apply')}
      </Button>

      {def.sections
        .filter((s) => visible(def, s, cond))
        .map((section) => (
          <section key={section.id} aria-labelledby={`s-${section.id}`} className="section">
            <h2 id={`s-${section.id}`}>{section.title[lang]}</h2>
            {section.blocks.map((b) =>
              b.kind === 'note' || b.kind === 'signatures' ? null : (
                <FieldInput
                  key={b.id}
                  field={b}
                  path={b.id}
                  data={data}
                  lang={lang}
                  errors={[...errors.blocking, ...errors.missing]}
                  onChange={(path, value) => setData((d) => setAt(d, path, value))}
                  onRemoveItem={(path, i) => setData((d) => removeAt(d, path, i))}
                  shown={(f) => visible(def, f, cond)}
                />
              ),
            )}
          </section>
        ))}

      <div className="actions" role="group" aria-label={t(lang, 'tab.draft')}>
        {blocked && (
          <MessageBar intent="error">
            <MessageBarBody>{t(lang, 'form.errors', { n: errors.blocking.length })}</MessageBarBody>
          </MessageBar>
        )}
        {!blocked && errors.missing.length > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>{t(lang, 'form.missing', { n: errors.missing.length })}</MessageBarBody>
          </MessageBar>
        )}
        {actions.insert && (
          <>
            <Button appearance="primary" disabled={blocked || busy} onClick={() => insert('cursor')}>
              {t(lang, 'insert.cursor')}
            </Button>
            <Button disabled={blocked || busy} onClick={() => insert('replace')}>
              {t(lang, 'insert.replace')}
            </Button>
          </>
        )}
        {actions.update && inserted && (
          <Button disabled={blocked || busy || changes.length === 0} onClick={update}>
            {t(lang, 'update', { n: changes.length })}
          </Button>
        )}
        {actions.save && (
          <Button appearance="primary" disabled={blocked || busy} onClick={download}>
            {t(lang, 'download')}
          </Button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {notice && (
          <MessageBar intent={notice.intent}>
            <MessageBarBody>
              {notice.text}
              {notice.details && (
                <ul>
                  {notice.details.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </form>
  );
}
