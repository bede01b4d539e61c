import { useState } from 'react';
import { STAGES } from '../../core/index.ts';
import type { ChecklistItem, Rules } from '../../core/index.ts';
import type { Lang } from '../lib/facts.ts';
import { ChangeForm, DateField, Field } from './forms.tsx';
import type { Submit } from './forms.tsx';
import { t } from './i18n.ts';

interface Props {
  lang: Lang;
  today: string;
  rules: Rules;
  checklist: ChecklistItem[];
  /** Tools the worker's own entries record (the panel may undo those). */
  ownTools: string[];
  hostTools: string[];
  change: (change: unknown) => ReturnType<Submit>;
}

export function toolName(rules: Rules, lang: Lang, id: string): string {
  return rules.tools.get(id)?.name[lang] ?? id;
}

function statusText(lang: Lang, item: ChecklistItem): string {
  switch (item.status) {
    case 'done':
      return t(lang, 'item.done', { date: item.doneOn });
    case 'waived':
      return t(lang, 'item.waived', { date: item.waived?.on, reason: item.waived?.reason ?? '' });
    case 'missing':
      return t(lang, 'item.missing');
    case 'optional':
      return t(lang, 'item.optional');
    default:
      return t(lang, 'item.not-yet-due');
  }
}

/** The stage checklist from the core: per stage, each tool's class, status and dates, with its actions. */
export function Checklist(props: Props) {
  const { lang } = props;
  const items = props.checklist.filter((c) => c.status !== 'not-applicable');
  return (
    <section aria-labelledby="checklist-h">
      <h2 id="checklist-h">{t(lang, 'checklist')}</h2>
      {STAGES.map((stage) => {
        const here = items.filter((c) => c.stage === stage.id);
        if (!here.length) return null;
        return (
          <div key={stage.id} className="stage">
            <h3>{t(lang, 'stage.heading', { stage: stage.id, name: stage.name[lang] })}</h3>
            <ul className="checklist">
              {here.map((item) => (
                <ChecklistRow key={item.requirement} {...props} item={item} />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function ChecklistRow(props: Props & { item: ChecklistItem }) {
  const { lang, rules, item, today, ownTools } = props;
  const [open, setOpen] = useState<'done' | 'waive' | null>(null);
  const [tool, setTool] = useState(item.tools[0]!);
  const [date, setDate] = useState(today);
  const [reason, setReason] = useState('');
  const names = item.tools.map((id) => toolName(rules, lang, id));
  const recordedHere = item.tools.filter((id) => ownTools.includes(id));
  const fromHost = item.tools.some((id) => props.hostTools.includes(id));
  const canRecord = item.status !== 'done' && item.status !== 'waived';
  return (
    <li data-requirement={item.requirement} data-status={item.status} className={`item ${item.status}`}>
      <div className="item-name">
        {item.mode === 'any-of' && item.tools.length > 1
          ? `${t(lang, 'item.any-of')} ${names.join(' / ')}`
          : names[0]}
        <span className="class"> · {t(lang, `class.${item.class}`)}</span>
      </div>
      <div className="item-status">
        <span data-part="status">{statusText(lang, item)}</span>
        {item.dueOn && item.status === 'missing' ? (
          <span> · {t(lang, 'item.due', { date: item.dueOn })}</span>
        ) : null}
        {fromHost && (item.status === 'done' || item.status === 'waived') ? (
          <span> {t(lang, 'item.from-host')}</span>
        ) : null}
      </div>
      <div className="actions">
        {canRecord ? (
          <>
            <button
              type="button"
              aria-expanded={open === 'done'}
              onClick={() => setOpen(open === 'done' ? null : 'done')}
            >
              {t(lang, 'action.done')}
            </button>
            {item.class !== 'FS' ? (
              <button
                type="button"
                aria-expanded={open === 'waive'}
                onClick={() => setOpen(open === 'waive' ? null : 'waive')}
              >
                {t(lang, 'action.waive')}
              </button>
            ) : null}
          </>
        ) : null}
        {recordedHere.length ? (
          <button
            type="button"
            onClick={() =>
              void Promise.all(recordedHere.map((id) => props.change({ kind: 'tool-undo', tool: id })))
            }
          >
            {t(lang, 'action.undo')}
          </button>
        ) : null}
      </div>
      {open ? (
        <ChangeForm
          lang={lang}
          label={`${t(lang, open === 'done' ? 'action.done' : 'action.waive')} ${names.join(' / ')}`}
          labels={{ tool: t(lang, 'field.tool'), on: t(lang, 'field.date'), reason: t(lang, 'field.reason') }}
          onDone={() => setOpen(null)}
          submit={() =>
            props.change(
              open === 'done'
                ? { kind: 'tool-done', tool, on: date }
                : { kind: 'tool-waived', tool, on: date, reason },
            )
          }
        >
          {item.tools.length > 1 ? (
            // Radio buttons, not a drop-down: long tool names wrap instead of being cut at 380 px.
            <fieldset className="choices">
              <legend>{t(lang, 'field.tool')}</legend>
              {item.tools.map((id) => (
                <label key={id} className="check">
                  <input
                    type="radio"
                    name={`tool-${item.requirement}`}
                    value={id}
                    checked={tool === id}
                    onChange={() => setTool(id)}
                  />{' '}
                  {toolName(rules, lang, id)}
                </label>
              ))}
            </fieldset>
          ) : null}
          <DateField
            lang={lang}
            label={t(lang, 'field.date')}
            value={date}
            today={today}
            max={today}
            onChange={setDate}
          />
          {open === 'waive' ? (
            <Field label={t(lang, 'field.reason')}>
              {(id) => <input id={id} required value={reason} onChange={(e) => setReason(e.target.value)} />}
            </Field>
          ) : null}
        </ChangeForm>
      ) : null}
    </li>
  );
}
