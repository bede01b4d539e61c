import {
  Button,
  Checkbox,
  Field as FluentField,
  Input,
  Select,
  Text,
  Textarea,
} from '@fluentui/react-components';
import type { InputError } from '../../../../core/index.ts';
import { errorsAt, getAt } from '../form.ts';
import { t } from '../i18n.ts';
import type { Lang } from '../i18n.ts';
import { itemName } from '../templates.ts';
import type { Field } from '../templates.ts';

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
}

/** Makes a DOM id from a data path (`goals[0].area` → `f-goals-0-area`). */
export function fieldDomId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}

/** One field of a template, generated from its definition (the zod schema's source); errors inline. */
export function FieldInput(props: FieldProps) {
  const { field, path, data, lang, errors, onChange, onRemoveItem, shown } = props;
  if (!shown(field)) return null;
  const value = getAt(data, path);
  const own = errorsAt(errors, path);
  const message = own.map((e) => e.message[lang]).join(' · ');
  const label = field.required ? `${field.label[lang]} (${t(lang, 'required')})` : field.label[lang];
  const id = fieldDomId(path);
  const common = {
    label,
    hint: field.help?.[lang],
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
          />
        </FluentField>
      );
    case 'date':
      return (
        <FluentField {...common}>
          <Input
            id={id}
            type="date"
            value={typeof value === 'string' ? value : ''}
            onChange={(_, d) => onChange(path, d.value)}
          />
        </FluentField>
      );
    case 'dates':
      return (
        <FluentField {...common} hint={[field.help?.[lang], t(lang, 'dates.help')].filter(Boolean).join(' ')}>
          <Input
            id={id}
            placeholder="2026-03-14, 2026-06-14"
            value={Array.isArray(value) ? value.join(', ') : ''}
            onChange={(_, d) =>
              onChange(
                path,
                d.value.trim() === ''
                  ? undefined
                  : d.value
                      .split(',')
                      .map((s) => s.trim())
                      .filter((s) => s !== ''),
              )
            }
          />
        </FluentField>
      );
    case 'choice':
      return (
        <FluentField {...common}>
          <Select
            id={id}
            value={typeof value === 'string' ? value : ''}
            onChange={(_, d) => onChange(path, d.value || undefined)}
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
                onChange={(_, d) =>
                  onChange(path, d.checked ? [...chosen, o.id] : chosen.filter((c) => c !== o.id))
                }
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
                <FieldInput
                  key={f.id}
                  field={f}
                  path={`${path}[${i}].${f.id}`}
                  data={data}
                  lang={lang}
                  errors={errors}
                  onChange={onChange}
                  onRemoveItem={onRemoveItem}
                  shown={shown}
                />
              ))}
              <Button appearance="subtle" onClick={() => onRemoveItem(path, i)}>
                {t(lang, 'list.remove', { item: itemLabel(i) })}
              </Button>
            </fieldset>
          ))}
          <Button onClick={() => onChange(`${path}[${items.length}]`, {})}>
            {t(lang, 'list.add', { item: itemLabel(items.length) })}
          </Button>
        </fieldset>
      );
    }
  }
}
