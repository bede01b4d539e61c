import { useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { InputError } from '../../core/index.ts';
import type { Lang } from '../lib/facts.ts';
import { tr } from './i18n.ts';

/** What a submitted form answers: saved, or errors with their paths (from the background's checks). */
export type Submit = () => Promise<{ ok: true } | { ok: false; errors: InputError[] }>;

export function Errors({ lang, errors }: { lang: Lang; errors: InputError[] }) {
  if (!errors.length) return null;
  return (
    <div role="alert" className="error">
      <p>{tr(lang, 'error.title')}</p>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>{`${e.path ? `${e.path}: ` : ''}${e.message[lang]}`}</li>
        ))}
      </ul>
    </div>
  );
}

/** A small form: its fields, a save button, the errors or "Saved." announced politely. */
export function ChangeForm(props: {
  lang: Lang;
  label: string;
  submit: Submit;
  children?: ReactNode;
  button?: string;
  onDone?: () => void;
  testId?: string;
}) {
  const [errors, setErrors] = useState<InputError[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const answer = await props.submit();
      setErrors(answer.ok ? [] : answer.errors);
      setStatus(answer.ok ? tr(props.lang, 'saved') : '');
      if (answer.ok) props.onDone?.();
    } catch (err) {
      setErrors([{ path: '', message: { pl: String(err), en: String(err) } }]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form aria-label={props.label} onSubmit={(e) => void onSubmit(e)} data-testid={props.testId}>
      {props.children}
      <button type="submit" disabled={busy}>
        {props.button ?? tr(props.lang, 'action.save')}
      </button>
      <Errors lang={props.lang} errors={errors} />
      <p role="status" className="ok">
        {status}
      </p>
    </form>
  );
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

export function DateField(props: {
  label: string;
  value: string;
  max: string;
  onChange: (v: string) => void;
}) {
  return (
    <Field label={props.label}>
      {(id) => (
        <input
          id={id}
          type="date"
          required
          value={props.value}
          max={props.max}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
