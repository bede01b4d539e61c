import { useState } from 'react';
import { STAGES } from '../../core/index.ts';
import type { CaseEvaluation, CaseRecord } from '../../core/index.ts';
import type { Lang } from '../lib/facts.ts';
import { ChangeForm, DateField, Field } from './forms.tsx';
import type { Submit } from './forms.tsx';
import { t } from './i18n.ts';
import type { PanelKey } from './i18n.ts';

interface Props {
  lang: Lang;
  today: string;
  record: CaseRecord;
  evaluation: CaseEvaluation;
  change: (change: unknown) => ReturnType<Submit>;
}

const AGREEMENT_TOOL = 'oo-cooperation-agreement';

/**
 * The agreement's review dates with their state (held, overdue, planned) and the form to record it. When
 * no agreement is recorded but the checklist has it done (the host shows the document, or the worker
 * ticked it), the section says so and asks only for what is missing: the period and the review dates.
 */
export function AgreementSection({
  lang,
  today,
  record,
  evaluation,
  change,
  hostTools,
  ownTools,
}: Props & { hostTools: string[]; ownTools: string[] }) {
  const a = record.agreement;
  const item = evaluation.checklist.find((c) => c.tools.includes(AGREEMENT_TOOL));
  const doneOn = item?.status === 'done' ? item.doneOn : undefined;
  const overdue = new Set(
    evaluation.findings.filter((f) => f.code === 'agreement-review-overdue').map((f) => f.date),
  );
  const [signedOn, setSignedOn] = useState(a?.signedOn ?? doneOn ?? today);
  const [from, setFrom] = useState(a?.period.from ?? doneOn ?? today);
  const [to, setTo] = useState(a?.period.to ?? '');
  const [reviews, setReviews] = useState<string[]>(a?.reviewDates ?? []);
  const [crisis, setCrisis] = useState(a?.crisisVariant ?? record.crisis);
  const labels = {
    signedOn: t(lang, 'field.signed-on'),
    from: t(lang, 'field.period-from'),
    to: t(lang, 'field.period-to'),
    reviewDates: t(lang, 'field.review-dates'),
  };
  return (
    <section aria-labelledby="agreement-h" id="agreement">
      <h2 id="agreement-h">{t(lang, 'agreement')}</h2>
      {a ? (
        <>
          <p id="agreement-state" data-state="recorded">
            {t(lang, 'agreement.summary', {
              signed: a.signedOn,
              crisis: a.crisisVariant ? t(lang, 'agreement.crisis') : '',
              from: a.period.from,
              to: a.period.to,
            })}
          </p>
          <ul className="reviews">
            {a.reviewDates.map((d) => {
              const key: PanelKey = overdue.has(d)
                ? 'review.overdue'
                : d >= today
                  ? 'review.planned'
                  : 'review.met';
              return (
                <li key={d} data-review={d}>
                  {t(lang, key, { date: d })}
                </li>
              );
            })}
          </ul>
        </>
      ) : doneOn ? (
        <>
          <p id="agreement-state" data-state="done">
            {t(
              lang,
              hostTools.includes(AGREEMENT_TOOL) && !ownTools.includes(AGREEMENT_TOOL)
                ? 'agreement.done-host'
                : 'agreement.done-own',
              { date: doneOn },
            )}
          </p>
          <p className="note">{t(lang, 'agreement.no-period')}</p>
        </>
      ) : item?.status === 'waived' && item.waived ? (
        <p id="agreement-state" data-state="waived">
          {t(lang, 'agreement.waived', { date: item.waived.on, reason: item.waived.reason })}
        </p>
      ) : (
        <p id="agreement-state" data-state="none">
          {t(lang, 'agreement.none')}
        </p>
      )}
      <details>
        <summary>{t(lang, !a && doneOn ? 'agreement.update' : 'agreement.record')}</summary>
        <ChangeForm
          lang={lang}
          label={t(lang, 'agreement.record')}
          labels={labels}
          submit={() =>
            change({
              kind: 'agreement',
              signedOn,
              from,
              to,
              reviewDates: reviews.filter(Boolean),
              crisisVariant: crisis,
            })
          }
        >
          <DateField
            lang={lang}
            label={labels.signedOn}
            value={signedOn}
            today={today}
            max={today}
            onChange={setSignedOn}
          />
          <DateField lang={lang} label={labels.from} value={from} today={today} onChange={setFrom} />
          <DateField
            lang={lang}
            label={labels.to}
            value={to}
            today={today}
            {...(from ? { min: from } : {})}
            onChange={setTo}
          />
          <fieldset className="reviews-edit">
            <legend>{labels.reviewDates}</legend>
            {reviews.length === 0 ? <p className="note">{t(lang, 'review.none')}</p> : null}
            {reviews.map((d, i) => (
              <div key={i} className="review-row">
                <DateField
                  lang={lang}
                  label={t(lang, 'field.review-date', { n: i + 1 })}
                  value={d}
                  today={today}
                  {...(from ? { min: from } : {})}
                  {...(to ? { max: to } : {})}
                  onChange={(v) => setReviews(reviews.map((x, j) => (j === i ? v : x)))}
                />
                <button type="button" onClick={() => setReviews(reviews.filter((_, j) => j !== i))}>
                  {t(lang, 'review.remove', { n: i + 1 })}
                </button>
              </div>
            ))}
            <button type="button" onClick={() => setReviews([...reviews, ''])}>
              {t(lang, 'review.add')}
            </button>
          </fieldset>
          <label className="check">
            <input type="checkbox" checked={crisis} onChange={(e) => setCrisis(e.target.checked)} />{' '}
            {t(lang, 'field.crisis-variant')}
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
  const date = t(lang, 'field.date');
  const reason = t(lang, 'field.reason');
  /** A date field of a fact that cannot be in the future ("Data", dd.mm.rrrr, at most today). */
  const pastDate = (value: string, onChange: (v: string) => void, label = date, required = true) => (
    <DateField
      lang={lang}
      label={label}
      value={value}
      today={today}
      max={today}
      required={required}
      onChange={onChange}
    />
  );
  return (
    <section aria-labelledby="record-h">
      <h2 id="record-h">{t(lang, 'record')}</h2>

      <h3>{t(lang, 'note')}</h3>
      {lastNote ? (
        <p>{t(lang, 'notes.count', { n: record.updateNotes.length, date: lastNote.date })}</p>
      ) : null}
      <ChangeForm
        lang={lang}
        label={t(lang, 'note.no-change')}
        button={t(lang, 'note.no-change')}
        submit={() => change({ kind: 'note', on: today, noSignificantChange: true })}
      />
      <ChangeForm
        lang={lang}
        label={t(lang, 'note')}
        button={t(lang, 'note.add')}
        labels={{ on: date, summary: t(lang, 'field.summary') }}
        onDone={() => setSummary('')}
        submit={() => change({ kind: 'note', on: noteOn, noSignificantChange: false, summary })}
      >
        {pastDate(noteOn, setNoteOn)}
        <Field label={t(lang, 'field.summary')}>
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

      <h3>{t(lang, 'stage.move')}</h3>
      <ChangeForm
        lang={lang}
        label={t(lang, 'stage.move')}
        labels={{ stage: t(lang, 'field.stage'), on: date, justification: t(lang, 'field.justification') }}
        onDone={() => setJustification('')}
        submit={() =>
          change({ kind: 'stage', stage, on: stageOn, ...(justification.trim() ? { justification } : {}) })
        }
      >
        {/* Radio buttons, not a drop-down: the stages' long names wrap instead of being cut at 380 px. */}
        <fieldset className="choices" id="stage-choice">
          <legend>{t(lang, 'field.stage')}</legend>
          {STAGES.map((s) => (
            <label key={s.id} className="check">
              <input
                type="radio"
                name="stage"
                value={s.id}
                checked={stage === s.id}
                onChange={() => setStage(s.id)}
              />{' '}
              {`${s.id} – ${s.name[lang]}`}
              {s.id === current ? ` ${t(lang, 'stage.current')}` : ''}
            </label>
          ))}
        </fieldset>
        {pastDate(stageOn, setStageOn)}
        <Field label={t(lang, 'field.justification')}>
          {(id) => <input id={id} value={justification} onChange={(e) => setJustification(e.target.value)} />}
        </Field>
      </ChangeForm>

      <h3>{t(lang, 'state')}</h3>
      <label className="check">
        <input
          type="checkbox"
          checked={record.crisis}
          onChange={(e) =>
            void change({ kind: 'crisis', crisis: e.target.checked }).then((a) =>
              setCrisisStatus(a.ok ? t(lang, 'saved') : a.errors.map((x) => x.message[lang]).join('; ')),
            )
          }
        />{' '}
        {t(lang, 'field.crisis')}
      </label>
      <p role="status">{crisisStatus}</p>
      {status !== 'active' ? (
        <ChangeForm
          lang={lang}
          label={t(lang, 'state.resume')}
          button={t(lang, 'state.resume')}
          submit={() => change({ kind: 'resume' })}
        />
      ) : null}
      {status !== 'suspended' ? (
        <details>
          <summary>{t(lang, 'state.suspend')}</summary>
          <ChangeForm
            lang={lang}
            label={t(lang, 'state.suspend')}
            labels={{ on: date, reason }}
            submit={() => change({ kind: 'suspend', on: suspendOn, reason: suspendReason })}
          >
            {pastDate(suspendOn, setSuspendOn)}
            <Field label={reason}>
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
          <summary>{t(lang, 'state.close')}</summary>
          <ChangeForm
            lang={lang}
            label={t(lang, 'state.close')}
            labels={{ on: date, reason: t(lang, 'field.close-reason'), note: t(lang, 'field.close-note') }}
            submit={() =>
              change({
                kind: 'close',
                on: closeOn,
                reason: closeReason,
                ...(closeNote.trim() ? { note: closeNote } : {}),
              })
            }
          >
            {pastDate(closeOn, setCloseOn)}
            <Field label={t(lang, 'field.close-reason')}>
              {(id) => (
                <select id={id} value={closeReason} onChange={(e) => setCloseReason(e.target.value)}>
                  {(
                    ['goals-achieved', 'client-withdrew', 'moved', 'transferred', 'died', 'other'] as const
                  ).map((r) => (
                    <option key={r} value={r}>
                      {t(lang, `close.${r}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t(lang, 'field.close-note')}>
              {(id) => <input id={id} value={closeNote} onChange={(e) => setCloseNote(e.target.value)} />}
            </Field>
          </ChangeForm>
        </details>
      ) : null}

      <h3>{t(lang, 'evaluation')}</h3>
      <ChangeForm
        lang={lang}
        label={t(lang, 'evaluation')}
        labels={{ on: date, evaluation: t(lang, 'field.evaluation-kind') }}
        submit={() => change({ kind: 'evaluation', on: evalOn, evaluation: evalKind })}
      >
        {pastDate(evalOn, setEvalOn)}
        <Field label={t(lang, 'field.evaluation-kind')}>
          {(id) => (
            <select
              id={id}
              value={evalKind}
              onChange={(e) => setEvalKind(e.target.value === 'final' ? 'final' : 'periodic')}
            >
              <option value="periodic">{t(lang, 'evaluation.periodic')}</option>
              <option value="final">{t(lang, 'evaluation.final')}</option>
            </select>
          )}
        </Field>
      </ChangeForm>

      <h3>{t(lang, 'benefits')}</h3>
      <ul className="benefits">
        {record.benefitsInformation.map((b, i) => (
          <li key={i}>
            {t(lang, 'benefits.entry', {
              date: b.date,
              form: t(lang, `form.${b.form}`),
              told: b.clientInformedOn
                ? t(lang, 'benefits.told', { date: b.clientInformedOn })
                : t(lang, 'benefits.not-told'),
            })}{' '}
            {b.clientInformedOn ? null : (
              <button
                type="button"
                onClick={() => void change({ kind: 'client-informed', infoOn: b.date, on: today })}
              >
                {t(lang, 'benefits.tell')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <ChangeForm
        lang={lang}
        label={t(lang, 'benefits')}
        labels={{
          on: date,
          form: t(lang, 'field.form'),
          clientInformedOn: t(lang, 'field.client-informed-on'),
        }}
        submit={() =>
          change({
            kind: 'benefits-info',
            on: infoOn,
            form: infoForm,
            ...(toldOn ? { clientInformedOn: toldOn } : {}),
          })
        }
      >
        {pastDate(infoOn, setInfoOn)}
        <Field label={t(lang, 'field.form')}>
          {(id) => (
            <select id={id} value={infoForm} onChange={(e) => setInfoForm(e.target.value as typeof infoForm)}>
              {(['information', 'opinion', 'certificate'] as const).map((f) => (
                <option key={f} value={f}>
                  {t(lang, `form.${f}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {pastDate(toldOn, setToldOn, t(lang, 'field.client-informed-on'), false)}
      </ChangeForm>
    </section>
  );
}
