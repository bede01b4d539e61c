import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { addDays } from '../../core/dates.ts';
import type { Lang } from '../../core/i18n.ts';
import { addMonths, dateText, monthWeeks, parseDateText, weekday } from './dates.ts';
import type { DateProblem } from './dates.ts';
import { MONTHS, t, WEEKDAYS } from './messages.ts';

export interface DateInputProps {
  id: string;
  lang: Lang;
  /** The field's label (names the calendar button and the calendar). */
  label: string;
  /** ISO `YYYY-MM-DD`, or '' for none. */
  value: string;
  /** Called with each valid date typed or chosen ('' when cleared); an invalid text is never passed on. */
  onChange(iso: string): void;
  min?: string | undefined;
  max?: string | undefined;
  required?: boolean | undefined;
  /** The day the calendar opens on when the field is empty, and marks as today. */
  today: string;
}

/**
 * A date field of our own, in the extension's language whatever the browser's locale: text typed as
 * dd.mm.rrrr (checked as it is typed, the error said next to the field once it is left or the form is
 * sent) and a calendar to choose from, Monday first, operated by keyboard (the APG date-picker dialog).
 * While the text is not a valid date the field reports itself invalid (`setCustomValidity`), so the form
 * it sits in is not sent.
 */
export function DateInput(p: DateInputProps) {
  const { lang } = p;
  const [text, setText] = useState(dateText(p.value));
  const [touched, setTouched] = useState(false);
  const [open, setOpen] = useState(false);
  const emitted = useRef(p.value);
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const hintId = `${p.id}-hint`;
  const errorId = `${p.id}-error`;

  // A value set from outside (a reset after saving, another record): show it.
  useEffect(() => {
    if (p.value !== emitted.current) {
      emitted.current = p.value;
      setText(dateText(p.value));
      setTouched(false);
    }
  }, [p.value]);

  const parsed = parseDateText(text, { min: p.min, max: p.max, required: p.required });
  const problem: DateProblem | undefined = parsed.ok ? undefined : parsed.problem;
  const message = problem ? problemText(lang, problem, p) : '';
  useEffect(() => {
    input.current?.setCustomValidity(message);
  }, [message]);

  const type = (next: string) => {
    setText(next);
    const r = parseDateText(next, { min: p.min, max: p.max, required: p.required });
    if (r.ok && r.iso !== emitted.current) {
      emitted.current = r.iso;
      p.onChange(r.iso);
    }
  };
  const pick = (iso: string) => {
    setOpen(false);
    setTouched(true);
    type(dateText(iso));
    input.current?.focus();
  };

  // A click outside the open calendar closes it.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const shown = touched && problem !== undefined;
  return (
    <div className="date-input" ref={box}>
      <div className="date-row">
        <input
          ref={input}
          id={p.id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          placeholder={t(lang, 'date.hint')}
          value={text}
          required={p.required}
          aria-invalid={shown ? true : undefined}
          aria-describedby={shown ? `${hintId} ${errorId}` : hintId}
          onChange={(e) => type(e.target.value)}
          onBlur={() => setTouched(true)}
          onInvalid={(e) => {
            // Our own message beside the field, never the browser's bubble in the browser's language.
            e.preventDefault();
            setTouched(true);
          }}
        />
        <button
          ref={opener}
          type="button"
          className="date-open"
          aria-label={t(lang, 'date.open', { label: p.label })}
          aria-haspopup="dialog"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" />
            <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" fill="none" />
          </svg>
        </button>
      </div>
      <span id={hintId} className="hint">
        {t(lang, 'date.hint')}
      </span>
      {shown ? (
        <span id={errorId} className="field-error">
          {message}
        </span>
      ) : null}
      {open ? (
        <Calendar
          lang={lang}
          label={p.label}
          selected={parsed.ok && parsed.iso ? parsed.iso : ''}
          today={p.today}
          min={p.min}
          max={p.max}
          onPick={pick}
          onClose={() => {
            setOpen(false);
            opener.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}

function problemText(lang: Lang, problem: DateProblem, p: DateInputProps): string {
  switch (problem) {
    case 'format':
      return t(lang, 'date.format', { example: dateText(p.today) });
    case 'not-a-date':
      return t(lang, 'date.not-a-date');
    case 'after-max':
      return t(lang, 'date.after-max', { max: p.max });
    case 'before-min':
      return t(lang, 'date.before-min', { min: p.min });
    default:
      return t(lang, 'date.required');
  }
}

interface CalendarProps {
  lang: Lang;
  label: string;
  selected: string;
  today: string;
  min?: string | undefined;
  max?: string | undefined;
  onPick(iso: string): void;
  onClose(): void;
}

/** The calendar dialog: a month as a grid of days, one of them focusable (roving tabindex). */
function Calendar(p: CalendarProps) {
  const { lang } = p;
  const within = (iso: string) => (!p.max || iso <= p.max) && (!p.min || iso >= p.min);
  const start = p.selected || (p.max && p.today > p.max ? p.max : p.today);
  const [focus, setFocus] = useState(start);
  const grid = useRef<HTMLTableElement>(null);
  // The day takes the keyboard focus on opening and on keys in the grid; the month buttons keep it.
  const moveFocus = useRef(true);
  const titleId = useId();
  useEffect(() => {
    if (!moveFocus.current) return;
    grid.current?.querySelector<HTMLButtonElement>(`button[data-day="${focus}"]`)?.focus();
  }, [focus]);
  const show = (iso: string, takeFocus: boolean) => {
    moveFocus.current = takeFocus;
    setFocus(iso);
  };

  const month = Number(focus.slice(5, 7)) - 1;
  const title = `${MONTHS[lang].nominative[month]} ${focus.slice(0, 4)}`;
  const dayLabel = (iso: string) =>
    `${Number(iso.slice(8, 10))} ${MONTHS[lang].genitive[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}, ${WEEKDAYS[lang].full[weekday(iso)]}`;

  const onKey = (e: KeyboardEvent) => {
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(focus, -1),
      ArrowRight: () => addDays(focus, 1),
      ArrowUp: () => addDays(focus, -7),
      ArrowDown: () => addDays(focus, 7),
      Home: () => addDays(focus, -weekday(focus)),
      End: () => addDays(focus, 6 - weekday(focus)),
      PageUp: () => addMonths(focus, e.shiftKey ? -12 : -1),
      PageDown: () => addMonths(focus, e.shiftKey ? 12 : 1),
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      show(move(), true);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (within(focus)) p.onPick(focus);
    }
  };

  return (
    <div
      className="calendar"
      role="dialog"
      aria-modal="false"
      aria-label={t(lang, 'date.dialog', { label: p.label })}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          p.onClose();
        }
      }}
    >
      <div className="calendar-head">
        <button
          type="button"
          aria-label={t(lang, 'date.prev-month')}
          onClick={() => show(addMonths(focus, -1), false)}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <span id={titleId} className="calendar-title" aria-live="polite">
          {title}
        </span>
        <button
          type="button"
          aria-label={t(lang, 'date.next-month')}
          onClick={() => show(addMonths(focus, 1), false)}
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <table role="grid" aria-labelledby={titleId} ref={grid} onKeyDown={onKey}>
        <thead>
          <tr>
            {WEEKDAYS[lang].short.map((d, i) => (
              <th key={d} scope="col" abbr={WEEKDAYS[lang].full[i]}>
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(focus).map((week) => (
            <tr key={week[0]}>
              {week.map((day) => {
                const other = Number(day.slice(5, 7)) - 1 !== month;
                const enabled = within(day);
                return (
                  <td key={day} aria-selected={day === p.selected}>
                    <button
                      type="button"
                      data-day={day}
                      tabIndex={day === focus ? 0 : -1}
                      className={[other ? 'other' : '', day === p.today ? 'today' : ''].join(' ').trim()}
                      aria-label={dayLabel(day)}
                      aria-current={day === p.today ? 'date' : undefined}
                      aria-disabled={enabled ? undefined : true}
                      onClick={() => (enabled ? p.onPick(day) : show(day, true))}
                    >
                      {Number(day.slice(8, 10))}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="calendar-keys">{t(lang, 'date.keys')}</p>
      <button type="button" className="calendar-close" onClick={p.onClose}>
        {t(lang, 'date.close')}
      </button>
    </div>
  );
}
