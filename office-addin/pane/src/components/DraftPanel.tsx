import {
  Button,
  Field as FluentField,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
} from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { formatError } from '../../../../core/index.ts';
import { formErrors, prefillFromPacket, removeAt, setAt } from '../form.ts';
import type { PacketResult } from '../form.ts';
import { t } from '../i18n.ts';
import type { Lang } from '../i18n.ts';
import { changedFields, planDocument } from '../plan.ts';
import {
  TEMPLATES,
  dataText,
  documentFileName,
  getTemplate,
  instanceLabel,
  renderDocx,
  visible,
} from '../templates.ts';
import type { Field, TemplateData } from '../templates.ts';
import type { Placement, UpdateOutcome } from '../word.ts';
import { FieldInput } from './FieldInput.tsx';

export interface DraftActions {
  /** In Word: insert the plan. */
  insert?(plan: ReturnType<typeof planDocument>, placement: Placement): Promise<void>;
  /** In Word: rewrite changed fields' controls. */
  update?(changes: { tag: string; text: string }[]): Promise<UpdateOutcome>;
  /** Outside Word: save the bytes as a file. */
  save?(bytes: Uint8Array, fileName: string): void;
  /** The clipboard's text (navigator.clipboard in the pane; a test may stand in). */
  readClipboard?(): Promise<string>;
}

type Notice = { intent: 'success' | 'warning' | 'error' | 'info'; text: string; details?: string[] };

export function DraftPanel({ lang, actions, today }: { lang: Lang; actions: DraftActions; today: string }) {
  const [templateId, setTemplateId] = useState<string>(TEMPLATES[0]!.id);
  const [data, setData] = useState<TemplateData>({});
  const [inserted, setInserted] = useState<{ templateId: string; data: TemplateData } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  // Errors show for fields the user has left, and for all after an attempt to insert or download.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const def = getTemplate(templateId)!;
  const errors = useMemo(() => formErrors(templateId, data), [templateId, data]);
  const cond = useMemo(() => dataText(def, data), [def, data]);
  const changes = useMemo(
    () => (inserted && inserted.templateId === templateId ? changedFields(def, inserted.data, data) : []),
    [def, inserted, templateId, data],
  );
  const labels = (tags: readonly string[]) => tags.map((tag) => instanceLabel(def, tag, lang)).join(', ');

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

  const applyPacket = (result: PacketResult) => {
    if (result.ok) {
      setData(result.value);
      setTouched(new Set());
      setSubmitted(false);
      setInvalid(new Set());
      setNotice({
        intent: 'success',
        text: t(lang, 'packet.applied', { id: result.caseId, n: Object.keys(result.value).length }),
      });
    } else if (result.code === 'invalid')
      setNotice({
        intent: 'error',
        text: t(lang, 'packet.invalid', { n: result.errors.length }),
        details: result.errors.slice(0, 8).map((e) => formatError(e, lang)),
      });
    else
      setNotice({
        intent: 'error',
        text: t(lang, result.code === 'empty' ? 'packet.empty' : 'packet.not-json'),
      });
  };

  const fromClipboard = async () => {
    let text: string;
    try {
      text = await (actions.readClipboard ?? (() => navigator.clipboard.readText()))();
    } catch {
      setNotice({ intent: 'error', text: t(lang, 'packet.no-clipboard') });
      return;
    }
    applyPacket(prefillFromPacket(templateId, text, today));
  };

  const fromFile = async (file: File | undefined) => {
    if (!file) return;
    applyPacket(prefillFromPacket(templateId, await file.text(), today));
  };

  const blocked = errors.blocking.length > 0 || invalid.size > 0;
  const attempt = (fn: () => void) => {
    setSubmitted(true);
    if (!blocked) fn();
  };

  const insert = (placement: Placement) =>
    attempt(
      () =>
        void run(async () => {
          await actions.insert!(planDocument(def, data, { draft: errors.missing.length > 0 }), placement);
          setInserted({ templateId, data });
          return { intent: 'success', text: t(lang, 'insert.done', { name: def.name[lang] }) };
        }),
    );

  const update = () =>
    void run(async () => {
      if (changes.length === 0) return { intent: 'info', text: t(lang, 'update.none') };
      const outcome = await actions.update!(changes);
      setInserted({ templateId, data });
      const parts: string[] = [];
      if (outcome.updated.length) parts.push(t(lang, 'update.done', { fields: labels(outcome.updated) }));
      if (outcome.notInDocument.length)
        parts.push(t(lang, 'update.gone', { fields: labels(outcome.notInDocument) }));
      return { intent: outcome.notInDocument.length ? 'warning' : 'success', text: parts.join(' ') };
    });

  const download = () =>
    attempt(
      () =>
        void run(async () => {
          const bytes = await renderDocx(templateId, data, { draft: errors.missing.length > 0 });
          const file = documentFileName(
            templateId,
            typeof data.caseId === 'string' ? data.caseId : undefined,
          );
          actions.save!(bytes, file);
          return { intent: 'success', text: t(lang, 'download.done', { file }) };
        }),
    );

  const fieldProps = {
    data,
    lang,
    errors: [...errors.blocking, ...errors.missing],
    onChange: (path: string, value: unknown) => setData((d) => setAt(d, path, value)),
    onRemoveItem: (path: string, i: number) => setData((d) => removeAt(d, path, i)),
    shown: (f: Field) => visible(def, f, cond),
    showErrors: (path: string) => submitted || touched.has(path),
    onLeave: (path: string) => setTouched((s) => (s.has(path) ? s : new Set([...s, path]))),
    onInvalid: (path: string, bad: boolean) =>
      setInvalid((s) => {
        if (s.has(path) === bad) return s;
        const next = new Set(s);
        if (bad) next.add(path);
        else next.delete(path);
        return next;
      }),
    invalid: (path: string) => invalid.has(path),
  };

  return (
    <form className="panel" onSubmit={(e) => e.preventDefault()} aria-label={t(lang, 'tab.draft')} noValidate>
      <FluentField label={t(lang, 'template')}>
        <Select
          id="template"
          value={templateId}
          onChange={(_, d) => {
            setTemplateId(d.value);
            setNotice(null);
            setSubmitted(false);
            setTouched(new Set());
          }}
        >
          {TEMPLATES.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {tpl.name[lang]}
            </option>
          ))}
        </Select>
      </FluentField>

      <section
        className={`packet${dragging ? ' dragging' : ''}`}
        aria-labelledby="packet-h"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void fromFile(e.dataTransfer.files[0]);
        }}
      >
        <h2 id="packet-h">{t(lang, 'packet')}</h2>
        <Text size={200}>{t(lang, 'packet.help')}</Text>
        <div className="buttons">
          <Button onClick={() => void fromClipboard()}>{t(lang, 'packet.clipboard')}</Button>
          <Button onClick={() => fileInput.current?.click()}>{t(lang, 'packet.file')}</Button>
        </div>
        <Text size={200} className="drop">
          {t(lang, 'packet.drop')}
        </Text>
        <input
          ref={fileInput}
          id="packet-file"
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            void fromFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </section>

      {def.sections
        .filter((s) => visible(def, s, cond))
        .map((section) => (
          <section key={section.id} aria-labelledby={`s-${section.id}`} className="section">
            <h2 id={`s-${section.id}`}>{section.title[lang]}</h2>
            {section.help && <Text size={200}>{section.help[lang]}</Text>}
            {section.blocks.flatMap((b) =>
              (b.kind === 'line'
                ? b.fields
                : b.kind === 'note' || b.kind === 'signatures' || b.kind === 'details'
                  ? []
                  : [b]
              ).map((f) => <FieldInput key={f.id} field={f} path={f.id} {...fieldProps} />),
            )}
          </section>
        ))}

      <div className="actions" role="group" aria-label={t(lang, 'tab.draft')}>
        {submitted && blocked && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              {t(lang, 'form.errors', { n: errors.blocking.length + invalid.size })}
            </MessageBarBody>
          </MessageBar>
        )}
        {!blocked && errors.missing.length > 0 && (submitted || touched.size > 0) && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t(lang, 'form.missing', { n: errors.missing.length })}</MessageBarBody>
          </MessageBar>
        )}
        {actions.insert && (
          <>
            <Button appearance="primary" disabled={busy} onClick={() => insert('cursor')}>
              {t(lang, 'insert.cursor')}
            </Button>
            <Button disabled={busy} onClick={() => insert('replace')}>
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
          <Button appearance="primary" disabled={busy} onClick={download}>
            {t(lang, 'download')}
          </Button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {notice && (
          <MessageBar intent={notice.intent} layout="multiline">
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
