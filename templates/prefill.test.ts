import { describe, expect, it } from 'vitest';
import { CaseRecord, compileRules, parsePolicy } from '../core/index.ts';
import { TEMPLATES } from './definitions/index.ts';
import { demoTemplateData, prefillFromCase } from './prefill.ts';
import { validateTemplateData } from './validate.ts';
import { AS_OF } from './testing.ts';

const record = CaseRecord.parse({
  kind: 'case',
  id: '2026/PS/0100',
  standard: 'sw-unemployed',
  socialWorker: 'PS-01',
  benefitsWorker: 'PDS-01',
  openedOn: '2026-02-02',
  stageHistory: [
    { stage: '1a', enteredOn: '2026-02-02' },
    { stage: '1b', enteredOn: '2026-02-20' },
    { stage: '1c', enteredOn: '2026-03-10' },
    { stage: '2', enteredOn: '2026-03-20' },
  ],
  tools: [
    { tool: 'oo-recognition-interview', doneOn: '2026-02-03' },
    { tool: 'oo-assessment-questionnaire', doneOn: '2026-03-12' },
  ],
  agreement: {
    signedOn: '2026-03-25',
    period: { from: '2026-03-25', to: '2026-09-25' },
    reviewDates: ['2026-06-25'],
  },
  benefitsInformation: [{ date: '2026-04-01', form: 'opinion', clientInformedOn: '2026-04-01' }],
});

const policy = parsePolicy({
  formatVersion: 1,
  workers: [
    { id: 'PS-01', role: 'social-worker', displayName: 'Anna Wiśniewska' },
    { id: 'PDS-01', role: 'benefits-worker', displayName: 'Barbara Mazur' },
  ],
});
if (!policy.ok) throw new Error('test policy invalid');
const rules = compileRules(policy.value);

describe('prefill from a case record', () => {
  it.each(TEMPLATES.map((t) => t.id))('%s: the case id and the worker, never the client', (id) => {
    const data = prefillFromCase(id, record, { rules });
    expect(data.caseId).toBe('2026/PS/0100');
    expect(data.workerName).toBe('Anna Wiśniewska');
    for (const personal of [
      'clientName',
      'clientAddress',
      'clientPhone',
      'clientPesel',
      'problemInClientWords',
    ])
      expect(data).not.toHaveProperty(personal);
    // Prefilled values are of the right types (a draft accepts the gaps).
    expect(validateTemplateData(id, data, { draft: true })).toMatchObject({ ok: true });
  });

  it.each(TEMPLATES.map((t) => t.id))(
    '%s: a worker without a display name leaves the name fields empty (an id is not a name)',
    (id) => {
      const data = prefillFromCase(id, record);
      expect(data.workerName).toBeUndefined();
      expect(data.benefitsWorkerName).toBeUndefined();
      expect(JSON.stringify(data)).not.toMatch(/PD?S-01/);
    },
  );

  it('the agreement takes the diagnosis date, the period and the review dates', () => {
    expect(prefillFromCase('cooperation-agreement', record)).toMatchObject({
      diagnosisDate: '2026-03-12',
      drawnUpOn: '2026-03-25',
      periodFrom: '2026-03-25',
      periodTo: '2026-09-25',
      reviewDates: ['2026-06-25'],
    });
  });

  it('the record card logs every recorded action with its date, stage and tool', () => {
    const card = prefillFromCase('record-card', record);
    expect(card.stages).toHaveLength(4);
    expect(card.entries).toEqual([
      {
        date: '2026-02-03',
        stage: '1a',
        action: 'Narzędzie: Wywiad – rozpoznanie sytuacji',
        tools: 'Wywiad – rozpoznanie sytuacji',
      },
      expect.objectContaining({ date: '2026-03-12', stage: '1c' }),
      expect.objectContaining({ date: '2026-03-25', stage: '2', tools: 'Umowa współpracy' }),
      expect.objectContaining({
        date: '2026-04-01',
        action: expect.stringContaining('klient poinformowany 01.04.2026'),
      }),
    ]);
  });

  it('the benefits information takes the stage, the standard and the agreement', () => {
    expect(prefillFromCase('benefits-information', record, { rules, today: '2026-05-01' })).toMatchObject({
      date: '2026-05-01',
      socialWorkSince: '2026-02-02',
      standard: 'sw-unemployed',
      stage: '2',
      agreementKind: 'cooperation-agreement',
      benefitsWorkerName: 'Barbara Mazur',
    });
  });

  it('demo data is deterministic for a date', () => {
    expect(demoTemplateData('update-note', AS_OF)).toEqual(demoTemplateData('update-note', AS_OF));
  });
});
