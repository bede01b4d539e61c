import { describe, expect, it } from 'vitest';
import { ALL_1A_TO_1C, evaluate, findingsOf, makeCase } from '../testing.ts';

describe('tool-missing', () => {
  it('a case at 1a without the recognition interview: warning at the current stage', () => {
    const f = findingsOf('tool-missing', makeCase(), '2026-01-10');
    expect(f.map((x) => [x.tool, x.stage, x.severity])).toEqual([
      ['oo-recognition-interview', '1a', 'warning'],
      ['oo-record-card', '1a', 'warning'],
    ]);
    expect(f[0]!.message.pl).toContain('Wywiad – rozpoznanie sytuacji');
    expect(f[0]!.message.en).toContain('recognition');
  });

  it('tools of later stages are not yet due and raise nothing', () => {
    const c = makeCase({ tools: ALL_1A_TO_1C.slice(0, 2) });
    expect(findingsOf('tool-missing', c, '2026-01-10')).toEqual([]);
    const statuses = Object.fromEntries(
      evaluate(c, '2026-01-10').checklist.map((i) => [i.requirement, i.status]),
    );
    expect(statuses['oo-assessment-questionnaire']).toBe('not-yet-due');
    expect(statuses['oo-cooperation-agreement']).toBe('not-yet-due');
    expect(statuses['fs-genogram']).toBe('optional');
    expect(statuses['os-interview-unemployed']).toBe('not-applicable');
  });

  it('a tool of an earlier stage is an error', () => {
    const c = makeCase({
      stageHistory: [
        { stage: '1a', enteredOn: '2026-01-05' },
        { stage: '1b', enteredOn: '2026-01-15' },
      ],
      tools: [{ tool: 'oo-record-card', doneOn: '2026-01-05' }],
    });
    const f = findingsOf('tool-missing', c, '2026-01-20');
    expect(f.map((x) => [x.tool, x.severity])).toEqual([
      ['oo-recognition-interview', 'error'],
      ['os-interview-family-children', 'warning'],
    ]);
  });

  it('the current stage past its time frame turns the warning into an error (day N+1)', () => {
    const c = makeCase({
      standard: 'sw-unemployed',
      stageHistory: [
        { stage: '1a', enteredOn: '2026-01-01' },
        { stage: '1b', enteredOn: '2026-01-10' },
      ],
      tools: [
        { tool: 'oo-record-card', doneOn: '2026-01-01' },
        { tool: 'oo-recognition-interview', doneOn: '2026-01-02' },
      ],
    });
    // 90 days after 2026-01-01 is 2026-04-01: still within the frame.
    expect(findingsOf('tool-missing', c, '2026-04-01').map((f) => f.severity)).toEqual(['warning']);
    expect(findingsOf('tool-missing', c, '2026-04-02').map((f) => f.severity)).toEqual(['error']);
    const item = evaluate(c, '2026-04-01').checklist.find(
      (i) => i.requirement === 'os-interview-unemployed',
    )!;
    expect(item.dueOn).toBe('2026-04-01');
  });

  it('a waived tool raises nothing', () => {
    const c = makeCase({
      tools: [{ tool: 'oo-record-card', doneOn: '2026-01-05' }],
      waived: [{ tool: 'oo-recognition-interview', on: '2026-01-06', reason: 'kryzys' }],
    });
    expect(findingsOf('tool-missing', c, '2026-01-10')).toEqual([]);
    const item = evaluate(c, '2026-01-10').checklist.find(
      (i) => i.requirement === 'oo-recognition-interview',
    )!;
    expect(item.status).toBe('waived');
    expect(item.waived).toEqual({ on: '2026-01-06', reason: 'kryzys' });
  });

  it('sw-disability needs one of the two interviews by default', () => {
    const base = {
      standard: 'sw-disability' as const,
      stageHistory: [
        { stage: '1a' as const, enteredOn: '2026-01-05' },
        { stage: '1b' as const, enteredOn: '2026-01-10' },
      ],
    };
    const none = findingsOf(
      'tool-missing',
      makeCase({ ...base, tools: ALL_1A_TO_1C.slice(0, 2) }),
      '2026-01-20',
    );
    expect(none.map((f) => f.tool)).toEqual(['os-interview-disability-any']);
    expect(none[0]!.message.pl).toContain('albo');
    const one = makeCase({
      ...base,
      tools: [...ALL_1A_TO_1C.slice(0, 2), { tool: 'os-interview-family-of-disabled', doneOn: '2026-01-12' }],
    });
    expect(findingsOf('tool-missing', one, '2026-01-20')).toEqual([]);
  });

  it('a policy may require both disability interviews', () => {
    const c = makeCase({
      standard: 'sw-disability',
      stageHistory: [
        { stage: '1a', enteredOn: '2026-01-05' },
        { stage: '1b', enteredOn: '2026-01-10' },
      ],
      tools: [...ALL_1A_TO_1C.slice(0, 2), { tool: 'os-interview-family-of-disabled', doneOn: '2026-01-12' }],
    });
    const f = findingsOf('tool-missing', c, '2026-01-20', { bothDisabilityInterviews: true });
    expect(f.map((x) => x.tool)).toEqual(['os-interview-disability']);
  });

  it('the agreement implies the agreement tool on its signing date; the record card counts once started', () => {
    const c = makeCase({
      stageHistory: [
        { stage: '1a', enteredOn: '2026-01-05' },
        { stage: '1b', enteredOn: '2026-01-10' },
        { stage: '1c', enteredOn: '2026-01-25' },
        { stage: '2', enteredOn: '2026-02-05' },
      ],
      tools: ALL_1A_TO_1C,
      agreement: { signedOn: '2026-02-10', period: { from: '2026-02-10', to: '2026-08-10' } },
    });
    expect(findingsOf('tool-missing', c, '2026-02-20')).toEqual([]);
    const item = evaluate(c, '2026-02-20').checklist.find(
      (i) => i.requirement === 'oo-cooperation-agreement',
    )!;
    expect(item).toMatchObject({ status: 'done', doneOn: '2026-02-10' });
  });

  it('an evaluation implies the effects evaluation; listed also as a tool it is not counted twice', () => {
    const c = makeCase({
      stageHistory: [
        { stage: '1a', enteredOn: '2026-01-05' },
        { stage: '4', enteredOn: '2026-03-01', justification: 'test' },
      ],
      tools: [...ALL_1A_TO_1C, { tool: 'oo-effects-evaluation', doneOn: '2026-03-20' }],
      agreement: { signedOn: '2026-02-10', period: { from: '2026-02-10', to: '2026-08-10' } },
      evaluations: [{ date: '2026-03-10', kind: 'periodic' }],
    });
    const e = evaluate(c, '2026-03-25');
    const items = e.checklist.filter((i) => i.requirement === 'oo-effects-evaluation');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ status: 'done', doneOn: '2026-03-10' });
    expect(e.findings.filter((f) => f.code === 'tool-missing')).toEqual([]);
  });

  it('a tool added by the policy becomes obligatory with no code change', () => {
    const policy = {
      extraTools: [
        {
          id: 'oo-safety-plan',
          name: { pl: 'Plan bezpieczeństwa', en: 'Safety plan' },
          class: 'OO' as const,
          stages: ['1a' as const],
          categories: ['sw-family-children' as const],
          evidence: 'design' as const,
        },
      ],
    };
    const c = makeCase({ tools: ALL_1A_TO_1C.slice(0, 2) });
    expect(findingsOf('tool-missing', c, '2026-01-10', policy).map((f) => f.tool)).toEqual([
      'oo-safety-plan',
    ]);
  });
});

describe("another category's tool (docs/standard.md: kept, not-applicable, never an input error)", () => {
  const unemployed = (tools: { tool: string; doneOn: string }[], waived: object[] = []) =>
    makeCase({
      standard: 'sw-unemployed',
      stageHistory: [
        { stage: '1a', enteredOn: '2026-01-05' },
        { stage: '1b', enteredOn: '2026-01-10' },
      ],
      tools,
      waived,
    } as never);

  it("the older person's interview on an unemployed person's case is shown not-applicable with its date", () => {
    const e = evaluate(unemployed([{ tool: 'os-interview-older', doneOn: '2026-01-12' }]), '2026-01-20');
    const item = e.checklist.find((i) => i.requirement === 'os-interview-older')!;
    expect(item).toMatchObject({ status: 'not-applicable', doneOn: '2026-01-12' });
  });

  it("does not stand in for the category's own interview and raises nothing of its own", () => {
    const e = evaluate(unemployed([{ tool: 'os-interview-older', doneOn: '2026-01-12' }]), '2026-01-20');
    const missing = e.findings.filter((f) => f.code === 'tool-missing').map((f) => f.tool);
    expect(missing).toContain('os-interview-unemployed');
    expect(missing).not.toContain('os-interview-older');
    expect(e.documentation).toEqual(evaluate(unemployed([]), '2026-01-20').documentation);
  });

  it('a waiver of such a tool is kept the same way', () => {
    const e = evaluate(
      unemployed([], [{ tool: 'os-interview-older', on: '2026-01-12', reason: 'nie dotyczy' }]),
      '2026-01-20',
    );
    const item = e.checklist.find((i) => i.requirement === 'os-interview-older')!;
    expect(item.status).toBe('not-applicable');
    expect(item.waived).toEqual({ on: '2026-01-12', reason: 'nie dotyczy' });
  });

  it('the shared not-applicable items of other cases stay untouched', () => {
    evaluate(unemployed([{ tool: 'os-interview-older', doneOn: '2026-01-12' }]), '2026-01-20');
    const other = evaluate(unemployed([]), '2026-01-20').checklist.find(
      (i) => i.requirement === 'os-interview-older',
    )!;
    expect(other.doneOn).toBeUndefined();
  });
});
