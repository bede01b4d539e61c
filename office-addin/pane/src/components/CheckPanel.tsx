import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { t } from '../i18n.ts';
import type { Lang } from '../i18n.ts';
import { checkDocument, getTemplate, readDocxFields } from '../templates.ts';
import type { CheckResult, DocumentInput, MissingField } from '../templates.ts';

export interface CheckActions {
  /** In Word: read the open document (one sync) and say where each missing field can be shown. */
  read?(): Promise<{
    input: DocumentInput;
    canShow(m: MissingField): boolean;
    show(m: MissingField): Promise<boolean>;
  }>;
}

type Shown = {
  result: CheckResult;
  show?: (m: MissingField) => Promise<boolean>;
  canShow?: (m: MissingField) => boolean;
};

/** The supervisor's completeness check: the same pure function as `standardy doc check`. */
export function CheckPanel({ lang, actions }: { lang: Lang; actions: CheckActions }) {
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const guard = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    // An error set inside fn stays: the reset above comes first.
    try {
      await fn();
    } catch (e) {
      setError(t(lang, 'error', { error: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const checkOpen = () =>
    guard(async () => {
      const read = await actions.read!();
      setShown({ result: checkDocument(read.input, { lang }), show: read.show, canShow: read.canShow });
    });

  const checkFile = (file: File) =>
    guard(async () => {
      let fields: Awaited<ReturnType<typeof readDocxFields>>;
      try {
        fields = await readDocxFields(new Uint8Array(await file.arrayBuffer()));
      } catch {
        setShown(null);
        setError(t(lang, 'check.unreadable'));
        return;
      }
      setShown({ result: checkDocument(fields, { lang }) });
    });

  const result = shown?.result;
  const def = result?.template ? getTemplate(result.template) : undefined;
  const bySection = new Map<string, MissingField[]>();
  for (const m of result?.missing ?? []) bySection.set(m.section, [...(bySection.get(m.section) ?? []), m]);

  return (
    <div className="panel">
      <Text>{t(lang, 'check.help')}</Text>
      {actions.read ? (
        <Button appearance="primary" disabled={busy} onClick={checkOpen}>
          {t(lang, 'check.run')}
        </Button>
      ) : (
        <>
          {/* A button in the pane's language, not the browser's „Choose File”. */}
          <Button appearance="primary" disabled={busy} onClick={() => fileInput.current?.click()}>
            {t(lang, 'check.file')}
          </Button>
          <input
            ref={fileInput}
            id="check-file"
            type="file"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void checkFile(file);
              e.target.value = '';
            }}
          />
        </>
      )}
      <div role="status" aria-live="polite">
        {error && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        {result && !def && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t(lang, 'check.unknown')}</MessageBarBody>
          </MessageBar>
        )}
        {result && def && result.missing.length === 0 && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t(lang, 'check.complete', { name: def.name[lang] })}</MessageBarBody>
          </MessageBar>
        )}
        {result && def && result.missing.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {t(lang, 'check.missing', { name: def.name[lang], n: result.missing.length })}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {def &&
        [...bySection].map(([sectionId, missing]) => (
          <section key={sectionId} className="section" aria-labelledby={`m-${sectionId}`}>
            <h2 id={`m-${sectionId}`}>
              {def.sections.find((s) => s.id === sectionId)?.title[lang] ?? sectionId}
            </h2>
            <ul className="missing">
              {missing.map((m) => (
                <li key={m.field}>
                  {shown?.show && shown.canShow?.(m) ? (
                    <Button
                      appearance="transparent"
                      aria-label={t(lang, 'check.show', { label: m.label })}
                      onClick={() =>
                        void guard(async () => {
                          if (!(await shown.show!(m))) setError(t(lang, 'check.not-found'));
                        })
                      }
                    >
                      {m.label}
                    </Button>
                  ) : (
                    <Text>{m.label}</Text>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
