import { describe, expect, it } from 'vitest';
import { TEMPLATES } from './definitions/index.ts';
import { TemplateDataError, renderDocx } from './render-docx.ts';
import { validateTemplateData } from './validate.ts';
import { AS_OF, requiredTags, without } from './testing.ts';
import { demoTemplateData } from './prefill.ts';

const paths = (r: ReturnType<typeof validateTemplateData>) => (r.ok ? [] : r.errors.map((e) => e.path));

describe.each(TEMPLATES.map((t) => t.id))('%s: required fields', (id) => {
  const demo = demoTemplateData(id, AS_OF);

  it('the demo data is valid', () => {
    expect(validateTemplateData(id, demo)).toMatchObject({ ok: true });
  });

  it.each(requiredTags(id, demo))(
    'without %s: its own error, in Polish and English, and no document',
    async (tag) => {
      const data = without(demo, tag);
      const result = validateTemplateData(id, data);
      expect(paths(result)).toEqual([tag]);
      if (!result.ok) {
        expect(result.errors[0]!.message.pl).toMatch(/^(pole wymagane|dodaj co najmniej)/);
        expect(result.errors[0]!.message.en).toMatch(/^(required|add at least)/);
      }
      await expect(renderDocx(id, data)).rejects.toBeInstanceOf(TemplateDataError);
      // A draft renders anyway.
      expect((await renderDocx(id, data, { draft: true })).length).toBeGreaterThan(1000);
    },
  );
});

describe('cooperation agreement checks', () => {
  const demo = demoTemplateData('cooperation-agreement', AS_OF);

  it('needs at least one goal', () => {
    expect(paths(validateTemplateData('cooperation-agreement', { ...demo, goals: [] }))).toEqual(['goals']);
  });

  it('needs, for each goal, an action of the client and of the worker', () => {
    const goals = structuredClone(demo.goals) as Record<string, unknown>[];
    goals[1]!.clientActions = [];
    goals[0]!.workerActions = [];
    expect(paths(validateTemplateData('cooperation-agreement', { ...demo, goals }))).toEqual([
      'goals[0].workerActions',
      'goals[1].clientActions',
    ]);
  });

  it('keeps the period in order and the review dates inside it', () => {
    const r = validateTemplateData('cooperation-agreement', {
      ...demo,
      periodTo: demo.periodFrom,
      reviewDates: ['2001-01-01'],
      goals: [],
    });
    expect(paths(r)).toContain('goals');
    expect(paths(r)).toContain('reviewDates[0]');
    const late = validateTemplateData('cooperation-agreement', { ...demo, periodTo: '2000-01-01' });
    expect(paths(late)[0]).toBe('periodTo');
    if (!late.ok) expect(late.errors[0]!.message.pl).toContain('jest wcześniej niż');
  });

  it('a diagnosis dated after the agreement is an error', () => {
    expect(
      paths(validateTemplateData('cooperation-agreement', { ...demo, diagnosisDate: '2099-01-01' })),
    ).toEqual(['drawnUpOn']);
  });

  it('rejects unknown keys, bad dates, control characters and data of another template', () => {
    expect(paths(validateTemplateData('cooperation-agreement', { ...demo, clientNmae: 'x' }))).toEqual(['']);
    expect(
      new Set(paths(validateTemplateData('cooperation-agreement', { ...demo, drawnUpOn: '12.03.2026' }))),
    ).toEqual(new Set(['drawnUpOn']));
    expect(paths(validateTemplateData('cooperation-agreement', { ...demo, place: 'a\u0007b' }))).toEqual([
      'place',
    ]);
    expect(
      paths(validateTemplateData('cooperation-agreement', { ...demo, template: 'update-note' })),
    ).toEqual(['template']);
    expect(paths(validateTemplateData('no-such-template', {}))).toEqual(['']);
  });
});

describe('update note', () => {
  const base = { caseId: '2026/PS/0001', date: '2026-11-20', stage: '4', workerName: 'Anna Wiśniewska' };

  it('the one-line "no significant change" form is complete by itself', () => {
    expect(validateTemplateData('update-note', { ...base, noSignificantChange: true })).toMatchObject({
      ok: true,
    });
  });

  it('without the tick, the changes and their effect are required', () => {
    expect(paths(validateTemplateData('update-note', base))).toEqual(['areas', 'description', 'impact']);
  });
});

describe('social contract variants', () => {
  const demo = demoTemplateData('social-contract', AS_OF);

  it('variant B needs the labour-office referral, variant A does not', () => {
    expect(paths(validateTemplateData('social-contract', without(demo, 'referral')))).toEqual(['referral']);
    const a = { ...without(demo, 'referral'), variant: 'A' };
    expect(validateTemplateData('social-contract', a)).toMatchObject({ ok: true });
  });
});
