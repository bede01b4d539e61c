import {
  Button,
  Checkbox,
  Field as FluentField,
  Input,
  Select,
  Text,
  Textarea,
} from '@fluentui/react-components';
import type { DayOfWeek } from '@fluentui/react-calendar-compat';
import { DatePicker } from '@fluentui/react-datepicker-compat';
import { useEffect, useState } from 'react';
import { fromPlDate, plDate } from '../../../../core/index.ts';
import type { InputError } from '../../../../core/index.ts';
import { errorsAt, getAt } from '../form.ts';
import { t } from '../i18n.ts';
import type { Lang } from '../i18n.ts';
import { itemName } from '../templates.ts';
import type { Field } from '../templates.ts';
import { CALENDAR_STRINGS } from './calendar-strings.ts';

export interface FieldProps {
  field: Field;
  /** Path of this value in the data: `generalGoal`, `goals[0].area`. */
  path: string;
  data: Record<string, unknown>;
  lang: Lang;
  errors: InputError[];
  onChange(path: string, value: unknown): void;
  onRemoveItem(path: string, index: number): void;
  /** Conditions (`when`) of the template, over the current data. */
  shown(field: Field): boolean;
  /** Errors show once the field was left, or after an attempt to insert (not all red at the start). */
  showErrors(path: string): boolean;
  onLeave(path: string): void;
  /** A date typed that is not a date: the form keeps the last good value and blocks insertion. */
  onInvalid(path: string, invalid: boolean): void;
  invalid(path: string): boolean;
}

/** Makes a DOM id from a data path (`goals[0].area` → `f-goals-0-area`). */
export function fieldDomId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}

const MONDAY = 1 as DayOfWeek;

function isoToDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}
function dateToIso(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A date typed and shown as dd.mm.rrrr, with a calendar in the pane's language (not the browser's). */
function DateInput(props: FieldProps & { id: string; label: string }) {
  const { path, data, lang, onChange, onLeave, onInvalid, id } = props;
  const value = getAt(data, path);
  return (
    <DatePicker
      id={id}
      aria-label={props.label}
      allowTextInput
      value={typeof value === 'string' ? isoToDate(value) : null}
      formatDate={(d) => (d ? plDate(dateToIso(d)) : '')}
      parseDateFromString={(text) => {
        const iso = fromPlDate(text.trim());
        return iso ? isoToDate(iso) : null;
      }}
      onSelectDate={(d) => {
        onInvalid(path, false);
        onChange(path, d ? dateToIso(d) : undefined);
      }}
      onValidationResult={(r) => onInvalid(path, r.error === 'invalid-input')}
      onBlur={() => onLeave(path)}
      strings={CALENDAR_STRINGS[lang]}
      firstDayOfWeek={MONDAY}
      placeholder={t(lang, 'date.placeholder')}
      showGoToToday
    />
  );
}

/** Several dates in one text: dd.mm.rrrr separated by commas. */
function DatesInput(props: FieldProps & { id: string }) {
  const { path, data, onChange, onLeave, onInvalid, id } = props;
  const value = getAt(data, path);
  const shown = Array.isArray(value) ? value.map((d) => plDate(String(d))).join(', ') : '';
  const [text, setText] = useState(shown);
  useEffect(() => setText(shown), [shown]);
  const commit = () => {
    const parts = text
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const isos = parts.map((p) => fromPlDate(p));
    const bad = parts.find((_, i) => isos[i] === undefined);
    onInvalid(path, bad !== undefined);
    if (bad === undefined) onChange(path, isos.length ? isos : undefined);
    onLeave(path);
  };
  return (
    <Input
      id={id}
      placeholder="14.03.2026, 14.06.2026"
      value={text}
      onChange={(_, d) => setText(d.value)}
      onBlur={commit}
    />
  );
}

/** One field of a template, generated from its definition (the zod schema's source); errors inline. */
export function FieldInput(props: FieldProps) {
  const { field, path, data, lang, errors, onChange, onRemoveItem, shown, showErrors, onLeave } = props;
  if (!shown(field)) return null;
  const value = getAt(data, path);
  const invalidText =
    props.invalid(path) && (field.kind === 'date' || field.kind === 'dates')
      ? t(lang, field.kind === 'date' ? 'date.invalid' : 'dates.invalid')
      : '';
  const own = showErrors(path) ? errorsAt(errors, path) : [];
  const message = invalidText || own.map((e) => e.message[lang]).join(' · ');
  const label = field.required ? `${field.label[lang]} (${t(lang, 'required')})` : field.label[lang];
  const id = fieldDomId(path);
  const common = {
    label,
    hint:
      field.kind === 'dates'
        ? [field.help?.[lang], t(lang, 'dates.help')].filter(Boolean).join(' ')
        : field.help?.[lang],
    validationMessage: message || undefined,
    validationState: message ? ('error' as const) : ('none' as const),
  };
  switch (field.kind) {
    case 'text':
      return (
        <FluentField {...common}>
          <Input
            id={id}
            value={typeof value === 'string' ? value : ''}
            onChange={(_, d) => onChange(path, d.value)}
            onBlur={() => onLeave(path)}
          />
        </FluentField>
      );
    case 'long-text':
      return (
        <FluentField {...common}>
          <Textarea
            id={id}
            resize="vertical"
            value={typeof value === 'string' ? value : ''}
            onChange={(_, d) => onChange(path, d.value)}
            onBlur={() => onLeave(path)}
          />
        </FluentField>
      );
    case 'date':
      return (
        <FluentField {...common}>
          <DateInput {...props} id={id} label={label} />
        </FluentField>
      );
    case 'dates':
      return (
        <FluentField {...common}>
          <DatesInput {...props} id={id} />
        </FluentField>
      );
    case 'choice':
      return (
        <FluentField {...common}>
          <Select
            id={id}
            value={typeof value === 'string' ? value : ''}
            onChange={(_, d) => onChange(path, d.value || undefined)}
            onBlur={() => onLeave(path)}
          >
            <option value="">{t(lang, 'choice.none')}</option>
            {field.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label[lang]}
              </option>
            ))}
          </Select>
        </FluentField>
      );
    case 'checklist': {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return (
        <FluentField {...common}>
          <div role="group" aria-label={field.label[lang]} id={id}>
            {field.options.map((o) => (
              <Checkbox
                key={o.id}
                label={o.label[lang]}
                checked={chosen.includes(o.id)}
                onChange={(_, d) => {
                  onChange(path, d.checked ? [...chosen, o.id] : chosen.filter((c) => c !== o.id));
                  onLeave(path);
                }}
              />
            ))}
          </div>
        </FluentField>
      );
    }
    case 'boolean':
      return (
        <FluentField
          validationMessage={message || undefined}
          validationState={message ? 'error' : 'none'}
          hint={field.help?.[lang]}
        >
          <Checkbox
            id={id}
            label={field.label[lang]}
            checked={value === true}
            onChange={(_, d) => onChange(path, d.checked === true)}
          />
        </FluentField>
      );
    case 'list': {
      const items = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
      const itemLabel = (i: number) => itemName(field, i, lang);
      return (
        <fieldset className="list" id={id}>
          <legend>{label}</legend>
          {field.help && <Text size={200}>{field.help[lang]}</Text>}
          {message && (
            <Text role="alert" className="error">
              {message}
            </Text>
          )}
          {items.map((_, i) => (
            <fieldset key={i} className="item">
              <legend>{itemLabel(i)}</legend>
              {field.item.map((f) => (
                <FieldInput key={f.id} {...props} field={f} path={`${path}[${i}].${f.id}`} />
              ))}
              <Button appearance="subtle" onClick={() => onRemoveItem(path, i)}>
                {t(lang, 'list.remove', { item: itemLabel(i) })}
              </Button>
            </fieldset>
          ))}
          <Button
            onClick={() => {
              onChange(`${path}[${items.length}]`, {});
              onLeave(path);
            }}
          >
            {t(lang, 'list.add', { item: itemLabel(items.length) })}
          </Button>
        </fieldset>
      );
    }
  }
}
