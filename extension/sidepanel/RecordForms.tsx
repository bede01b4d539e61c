import { useState } from 'react';
import { STAGES } from '../../core/index.ts';
import type { CaseEvaluation, CaseRecord } from '../../core/index.ts';
import type { Lang } from '../lib/facts.ts';
import { ChangeForm, DateField, Field } from './forms.tsx';
import type { Submit } from './forms.tsx';
import { showDate, tr } from './i18n.ts';
import type { UiKey } from './i18n.ts';

interface Props {
  lang: Lang;
  today: string;
  record: CaseRecord;
  evaluation: CaseEvaluation;
  change: (change: unknown) => ReturnType<Submit>;
}

/** The agreement's review dates with their state (held, overdue, planned) and the form to record it. */
export function AgreementSection({ lang, today, record, evaluation, change }: Props) {
  const a = record.agreement;
  const overdue = new Set(
    evaluation.findings.filter((f) => f.code === 'agreement-review-overdue').map((f) => f.date),
  );
  const [signedOn, setSignedOn] = useState(a?.signedOn ?? today);
  const [from, setFrom] = useState(a?.period.from ?? today);
  const [to, setTo] = useState(a?.period.to ?? '');
  const [reviews, setReviews] = useState(a?.reviewDates.join(', ') ?? '');
  const [crisis, setCrisis] = useState(a?.crisisVariant ?? record.crisis);
  return (
    <section aria-labelledby="agreement-h">
      <h2 id="agreement-h">{tr(lang, 'agreement')}</h2>
      {a ? (
        <>
          <p>
            {tr(lang, 'agreement.summary', {
              signed: showDate(lang, a.signedOn),
              crisis: a.crisisVariant ? tr(lang, 'agreement.crisis') : '',
              from: showDate(lang, a.period.from),
              to: showDate(lang, a.period.to),
            })}
          </p>
          <ul className="reviews">
            {a.reviewDates.map((d) => {
              const key: UiKey = overdue.has(d)
                ? 'review.overdue'
                : d >= today
                  ? 'review.planned'
                  : 'review.met';
              return (
                <li key={d} data-review={d}>
                  {tr(lang, key, { date: showDate(lang, d) })}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p>{tr(lang, 'agreement.none')}</p>
      )}
      <details>
        <summary>{tr(lang, 'agreement.record')}</summary>
        <ChangeForm
          lang={lang}
          label={tr(lang, 'agreement.record')}
          submit={() =>
            change({
              kind: 'agreement',
              signedOn,
              from,
              to,
              reviewDates: reviews
                .split(/[,;\s]+/)
                .map((s) => s.trim())
                .filter(Boolean),
              crisisVariant: crisis,
            })
          }
        >
          <DateField
            label={tr(lang, 'field.signed-on')}
            value={signedOn}
            max={today}
            onChange={setSignedOn}
          />
          <DateField label={tr(lang, 'field.period-from')} value={from} max="9999-12-31" onChange={setFrom} />
          <DateField label={tr(lang, 'field.period-to')} value={to} max="9999-12-31" onChange={setTo} />
          <Field label={tr(lang, 'field.review-dates')}>
            {(id) => <input id={id} value={reviews} onChange={(e) => setReviews(e.target.value)} />}
          </Field>
          <label className="check">
            <input type="checkbox" checked={crisis} onChange={(e) => setCrisis(e.target.checked)} />{' '}
            {tr(lang, 'field.crisis-variant')}
          </label>
        </ChangeForm>
      </details>
    </section>
  );
}

/** The rest of the standard's record: stage, notes, state, evaluations, benefits information. */
export function RecordSection({ lang, today, record, change }: Props) {
  const current = record.stageHistory.at(-1)!.stage;
  const next = STAGES.find((s, i) => STAGES[i - 1]?.id === current)?.id ?? current;
  const [stage, setStage] = useState<string>(next);
  const [stageOn, setStageOn] = useState(today);
  const [justification, setJustification] = useState('');
  const [summary, setSummary] = useState('');
  const [noteOn, setNoteOn] = useState(today);
  const [suspendOn, setSuspendOn] = useState(today);
  const [suspendReason, setSuspendReason] = useState('');
  const [closeOn, setCloseOn] = useState(today);
  const [closeReason, setCloseReason] = useState('goals-achieved');
  const [closeNote, setCloseNote] = useState('');
  const [evalOn, setEvalOn] = useState(today);
  const [evalKind, setEvalKind] = useState<'periodic' | 'final'>('periodic');
  const [infoOn, setInfoOn] = useState(today);
  const [infoForm, setInfoForm] = useState<'opinion' | 'certificate' | 'information'>('information');
  const [toldOn, setToldOn] = useState('');
  const [crisisStatus, setCrisisStatus] = useState('');
  const lastNote = record.updateNotes.at(-1);
  const status = record.state.status;
  return (
    <section aria-labelledby="record-h">
      <h2 id="record-h">{tr(lang, 'record')}</h2>

      <h3>{tr(lang, 'note')}</h3>
      {lastNote ? (
        <p>
          {tr(lang, 'notes.count', { n: record.updateNotes.length, date: showDate(lang, lastNote.date) })}
        </p>
      ) : null}
      <ChangeForm
        lang={lang}
        label={tr(lang, 'note.no-change')}
        button={tr(lang, 'note.no-change')}
        submit={() => change({ kind: 'note', on: today, noSignificantChange: true })}
      />
      <ChangeForm
        lang={lang}
        label={tr(lang, 'note')}
        button={tr(lang, 'note.add')}
        onDone={() => setSummary('')}
        submit={() => change({ kind: 'note', on: noteOn, noSignificantChange: false, summary })}
      >
        <DateField label={tr(lang, 'field.date')} value={noteOn} max={today} onChange={setNoteOn} />
        <Field label={tr(lang, 'field.summary')}>
          {(id) => (
            <textarea
              id={id}
              required
              rows={2}
              value={summary}
              onChange={(e) => setSummary(e.target.value)}
            />
          )}
        </Field>
      </ChangeForm>

      <h3>{tr(lang, 'stage.move')}</h3>
      <ChangeForm
        lang={lang}
        label={tr(lang, 'stage.move')}
        onDone={() => setJustification('')}
        submit={() =>
          change({ kind: 'stage', stage, on: stageOn, ...(justification.trim() ? { justification } : {}) })
        }
      >
        <Field label={tr(lang, 'field.stage')}>
          {(id) => (
            <select id={id} value={stage} onChange={(e) => setStage(e.target.value)}>
              {STAGES.map((s) => (
                <option key={s.id} value={s.id}>{`${s.id} – ${s.name[lang]}`}</option>
              ))}
            </select>
          )}
        </Field>
        <DateField label={tr(lang, 'field.date')} value={stageOn} max={today} onChange={setStageOn} />
        <Field label={tr(lang, 'field.justification')}>
          {(id) => <input id={id} value={justification} onChange={(e) => setJustification(e.target.value)} />}
        </Field>
      </ChangeForm>

      <h3>{tr(lang, 'state')}</h3>
      <label className="check">
        <input
          type="checkbox"
          checked={record.crisis}
          onChange={(e) =>
            void change({ kind: 'crisis', crisis: e.target.checked }).then((a) =>
              setCrisisStatus(a.ok ? tr(lang, 'saved') : a.errors.map((x) => x.message[lang]).join('; ')),
            )
          }
        />{' '}
        {tr(lang, 'field.crisis')}
      </label>
      <p role="status">{crisisStatus}</p>
      {status !== 'active' ? (
        <ChangeForm
          lang={lang}
          label={tr(lang, 'state.resume')}
          button={tr(lang, 'state.resume')}
          submit={() => change({ kind: 'resume' })}
        />
      ) : null}
      {status !== 'suspended' ? (
        <details>
          <summary>{tr(lang, 'state.suspend')}</summary>
          <ChangeForm
            lang={lang}
            label={tr(lang, 'state.suspend')}
            submit={() => change({ kind: 'suspend', on: suspendOn, reason: suspendReason })}
          >
            <DateField label={tr(lang, 'field.date')} value={suspendOn} max={today} onChange={setSuspendOn} />
            <Field label={tr(lang, 'field.reason')}>
              {(id) => (
                <input
                  id={id}
                  required
                  value={suspendReason}
                  onChange={(e) => setSuspendReason(e.target.value)}
                />
              )}
            </Field>
          </ChangeForm>
        </details>
      ) : null}
      {status !== 'closed' ? (
        <details>
          <summary>{tr(lang, 'state.close')}</summary>
          <ChangeForm
            lang={lang}
            label={tr(lang, 'state.close')}
            submit={() =>
              change({
                kind: 'close',
                on: closeOn,
                reason: closeReason,
                ...(closeNote.trim() ? { note: closeNote } : {}),
              })
            }
          >
            <DateField label={tr(lang, 'field.date')} value={closeOn} max={today} onChange={setCloseOn} />
            <Field label={tr(lang, 'field.close-reason')}>
              {(id) => (
                <select id={id} value={closeReason} onChange={(e) => setCloseReason(e.target.value)}>
                  {(
                    ['goals-achieved', 'client-withdrew', 'moved', 'transferred', 'died', 'other'] as const
                  ).map((r) => (
                    <option key={r} value={r}>
                      {tr(lang, `close.${r}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={tr(lang, 'field.close-note')}>
              {(id) => <input id={id} value={closeNote} onChange={(e) => setCloseNote(e.target.value)} />}
            </Field>
          </ChangeForm>
        </details>
      ) : null}

      <h3>{tr(lang, 'evaluation')}</h3>
      <ChangeForm
        lang={lang}
        label={tr(lang, 'evaluation')}
        submit={() => change({ kind: 'evaluation', on: evalOn, evaluation: evalKind })}
      >
        <DateField label={tr(lang, 'field.date')} value={evalOn} max={today} onChange={setEvalOn} />
        <Field label={tr(lang, 'field.evaluation-kind')}>
          {(id) => (
            <select
              id={id}
              value={evalKind}
              onChange={(e) => setEvalKind(e.target.value === 'final' ? 'final' : 'periodic')}
            >
              <option value="periodic">{tr(lang, 'evaluation.periodic')}</option>
              <option value="final">{tr(lang, 'evaluation.final')}</option>
            </select>
          )}
        </Field>
      </ChangeForm>

      <h3>{tr(lang, 'benefits')}</h3>
      <ul className="benefits">
        {record.benefitsInformation.map((b, i) => (
          <li key={i}>
            {tr(lang, 'benefits.entry', {
              date: showDate(lang, b.date),
              form: tr(lang, `form.${b.form}`),
              told: b.clientInformedOn
                ? tr(lang, 'benefits.told', { date: showDate(lang, b.clientInformedOn) })
                : tr(lang, 'benefits.not-told'),
            })}{' '}
            {b.clientInformedOn ? null : (
              <button
                type="button"
                onClick={() => void change({ kind: 'client-informed', infoOn: b.date, on: today })}
              >
                {tr(lang, 'benefits.tell')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <ChangeForm
        lang={lang}
        label={tr(lang, 'benefits')}
        submit={() =>
          change({
            kind: 'benefits-info',
            on: infoOn,
            form: infoForm,
            ...(toldOn ? { clientInformedOn: toldOn } : {}),
          })
        }
      >
        <DateField label={tr(lang, 'field.date')} value={infoOn} max={today} onChange={setInfoOn} />
        <Field label={tr(lang, 'field.form')}>
          {(id) => (
            <select id={id} value={infoForm} onChange={(e) => setInfoForm(e.target.value as typeof infoForm)}>
              {(['information', 'opinion', 'certificate'] as const).map((f) => (
                <option key={f} value={f}>
                  {tr(lang, `form.${f}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={tr(lang, 'field.client-informed-on')}>
          {(id) => (
            <input
              id={id}
              type="date"
              max={today}
              value={toldOn}
              onChange={(e) => setToldOn(e.target.value)}
            />
          )}
        </Field>
      </ChangeForm>
    </section>
  );
}
