import { describe, expect, it } from 'vitest';
import { ALL_1A_TO_1C, findingsOf, makeCase } from '../testing.ts';

const jump = (justification?: string) => [
  { stage: '1a' as const, enteredOn: '2026-01-05' },
  { stage: '2' as const, enteredOn: '2026-01-20', ...(justification ? { justification } : {}) },
];

describe('stage-skipped', () => {
  it('moving from 1a to 2 without 1b and 1c tools: one finding per stage moved past, carrying it', () => {
    const c = makeCase({ stageHistory: jump(), tools: ALL_1A_TO_1C.slice(0, 2) });
    const f = findingsOf('stage-skipped', c, '2026-01-25');
    expect(f.map((x) => [x.stage, x.severity])).toEqual([
      ['1b', 'warning'],
      ['1c', 'warning'],
    ]);
  });

  it('a stage whose tools are done is not skipped even if never entered', () => {
    const c = makeCase({ stageHistory: jump(), tools: ALL_1A_TO_1C });
    expect(findingsOf('stage-skipped', c, '2026-01-25')).toEqual([]);
  });

  it('the normal order with a missing tool of the stage left behind is a skipped stage too', () => {
    const c = makeCase({
      stageHistory: [
        { stage: '1a', enteredOn: '2026-01-05' },
        { stage: '1b', enteredOn: '2026-01-10' },
      ],
      tools: [{ tool: 'oo-record-card', doneOn: '2026-01-05' }],
    });
    expect(findingsOf('stage-skipped', c, '2026-01-12').map((f) => f.stage)).toEqual(['1a']);
  });

  it('a justification on the entry that moved past silences it, but not tool-missing', () => {
    const c = makeCase({ stageHistory: jump('interwencja'), tools: ALL_1A_TO_1C.slice(0, 2) });
    expect(findingsOf('stage-skipped', c, '2026-01-25')).toEqual([]);
    expect(findingsOf('tool-missing', c, '2026-01-25').length).toBeGreaterThan(0);
  });

  it('a crisis agreement at stage 1a is not a skipped stage; the crisis flag silences later skips', () => {
    const atOneA = makeCase({
      crisis: true,
      tools: ALL_1A_TO_1C.slice(0, 2),
      agreement: {
        signedOn: '2026-01-06',
        crisisVariant: true,
        period: { from: '2026-01-06', to: '2026-03-06' },
      },
    });
    expect(findingsOf('stage-skipped', atOneA, '2026-01-10')).toEqual([]);
    const jumped = makeCase({ crisis: true, stageHistory: jump(), tools: ALL_1A_TO_1C.slice(0, 2) });
    expect(findingsOf('stage-skipped', jumped, '2026-01-25')).toEqual([]);
    expect(findingsOf('tool-missing', jumped, '2026-01-25').map((f) => f.tool)).toEqual([
      'os-interview-family-children',
      'oo-assessment-questionnaire',
      'oo-cooperation-agreement',
    ]);
  });

  it('the current stage is never reported as skipped; going back re-opens the earlier stages', () => {
    const back = makeCase({
      stageHistory: [
        { stage: '1a', enteredOn: '2026-01-05' },
        { stage: '2', enteredOn: '2026-01-20' },
        { stage: '1b', enteredOn: '2026-02-01', justification: 'ponowna diagnoza' },
      ],
      tools: ALL_1A_TO_1C.slice(0, 2),
    });
    expect(findingsOf('stage-skipped', back, '2026-02-02')).toEqual([]);
  });

  it('a case opened directly at stage 2 moved past 1a–1c at its first entry', () => {
    const c = makeCase({ stageHistory: [{ stage: '2', enteredOn: '2026-01-05' }], tools: [] });
    expect(findingsOf('stage-skipped', c, '2026-01-06').map((f) => f.stage)).toEqual(['1a', '1b', '1c']);
  });
});
