import { useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { InputError } from '../../core/index.ts';
import type { Lang } from '../lib/facts.ts';
import { DateInput } from '../ui/DateInput.tsx';
import { t as ui } from '../ui/messages.ts';
import { t } from './i18n.ts';

/** What a submitted form answers: saved, or errors with their paths (from the background's checks). */
export type Submit = () => Promise<{ ok: true } | { ok: false; errors: InputError[] }>;

/**
 * Errors with where they are: a path the form knows is said by its field's label ("Data: data w
 * przyszłości"), any other path as it is (an adapter's or a file's JSON path, which the reader edits).
 */
export function Errors({
  lang,
  errors,
  labels = {},
}: {
  lang: Lang;
  errors: InputError[];
  labels?: Record<string, string>;
}) {
  if (!errors.length) return null;
  const where = (path: string) => {
    const head = /^[^.[]+/.exec(path)?.[0] ?? '';
    return labels[path] ?? labels[head] ?? path;
  };
  return (
    <div role="alert" className="error">
      <p>{t(lang, 'error.title')}</p>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>{`${e.path ? `${where(e.path)}: ` : ''}${e.message[lang]}`}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A small form: its fields, a save button, the errors or "Saved." announced politely. The form checks its
 * own fields first (required, dates) and says what is wrong by each field's label, in the extension's
 * language — never the browser's validation bubbles.
 */
export function ChangeForm(props: {
  lang: Lang;
  label: string;
  submit: Submit;
  children?: ReactNode;
  button?: string;
  onDone?: () => void;
  testId?: string;
  /** The background's error paths → the labels of this form's fields. */
  labels?: Record<string, string>;
}) {
  const [errors, setErrors] = useState<InputError[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const invalid = invalidFields(e.currentTarget, props.lang);
    if (invalid.length) {
      setStatus('');
      setErrors(invalid);
      return;
    }
    setBusy(true);
    try {
      const answer = await props.submit();
      setErrors(answer.ok ? [] : answer.errors);
      setStatus(answer.ok ? t(props.lang, 'saved') : '');
      if (answer.ok) props.onDone?.();
    } catch (err) {
      setErrors([{ path: '', message: { pl: String(err), en: String(err) } }]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form aria-label={props.label} noValidate onSubmit={(e) => void onSubmit(e)} data-testid={props.testId}>
      {props.children}
      <button type="submit" disabled={busy}>
        {props.button ?? t(props.lang, 'action.save')}
      </button>
      <Errors lang={props.lang} errors={errors} labels={props.labels ?? {}} />
      <p role="status" className="ok">
        {status}
      </p>
    </form>
  );
}

/** The form's fields that do not pass their own checks, as errors named by their labels (first focused). */
function invalidFields(form: HTMLFormElement, lang: Lang): InputError[] {
  const out: InputError[] = [];
  let first: HTMLElement | undefined;
  for (const el of Array.from(form.elements)) {
    if (!(
      el instanceof HTMLInputElement ||
      el instanceof HTMLTextAreaElement ||
      el instanceof HTMLSelectElement
    ))
      continue;
    // checkValidity() fires `invalid`, which shows each field's own message beside it.
    if (el.checkValidity()) continue;
    first ??= el;
    const label = el.labels?.[0]?.textContent?.trim() ?? el.name;
    const text = el.validity.customError ? el.validationMessage : ui(lang, 'form.required');
    out.push({ path: label, message: { pl: text, en: text } });
  }
  first?.focus();
  return out;
}

export function Field(props: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.children(id)}
    </div>
  );
}

/** A labelled date field of our own (dd.mm.rrrr with a calendar), whatever the browser's locale. */
export function DateField(props: {
  lang: Lang;
  label: string;
  value: string;
  today: string;
  max?: string;
  min?: string;
  required?: boolean;
  onChange: (v: string) => void;
}) {
  return (
    <Field label={props.label}>
      {(id) => (
        <DateInput
          id={id}
          lang={props.lang}
          label={props.label}
          value={props.value}
          today={props.today}
          max={props.max}
          min={props.min}
          required={props.required ?? true}
          onChange={props.onChange}
        />
      )}
    </Field>
  );
}
