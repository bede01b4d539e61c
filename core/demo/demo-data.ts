import { addDays, dayNumber, daysBetween } from '../dates.ts';
import { STAGE_IDS } from '../schema/common.ts';
import type { SocialWorkStandardId, StageId } from '../schema/common.ts';
import type { CaseFileInput, CaseRecordInput } from '../schema/case-record.ts';
import type { PolicyInput } from '../schema/policy.ts';
import type { TimeUseFile } from '../schema/time-use.ts';
import { TIME_USE_CATEGORIES } from '../data/time-use-categories.ts';
import { Random } from './random.ts';

/**
 * The built-in demo: a fictional team shaped like the MOPR Toruń pilot (docs/standard.md §5.2: 160 families,
 * 8 social workers, 2 benefits workers), over all five social-work standards and all stages. Generated
 * deterministically for a given date, so it always looks current and every part (CLI, demo welfare system,
 * extension tests) sees the same data. No real people: staff names are invented, clients have none here.
 */

export interface DemoWorker {
  id: string;
  displayName: string;
  role: 'social-worker' | 'benefits-worker';
}

export const DEMO_WORKERS: readonly DemoWorker[] = [
  { id: 'PS-01', displayName: 'Anna Wiśniewska', role: 'social-worker' },
  { id: 'PS-02', displayName: 'Tomasz Lewandowski', role: 'social-worker' },
  { id: 'PS-03', displayName: 'Katarzyna Zielińska', role: 'social-worker' },
  { id: 'PS-04', displayName: 'Marek Dąbrowski', role: 'social-worker' },
  { id: 'PS-05', displayName: 'Ewa Szymańska', role: 'social-worker' },
  { id: 'PS-06', displayName: 'Joanna Woźniak', role: 'social-worker' },
  { id: 'PS-07', displayName: 'Paweł Kozłowski', role: 'social-worker' },
  { id: 'PS-08', displayName: 'Magdalena Jankowska', role: 'social-worker' },
  { id: 'PDS-01', displayName: 'Barbara Mazur', role: 'benefits-worker' },
  { id: 'PDS-02', displayName: 'Krzysztof Wojciechowski', role: 'benefits-worker' },
];

/** Active cases per social worker: one over the norm of 20, one near it (≥ 18), the rest below. */
const ACTIVE_PER_SOCIAL_WORKER = [23, 19, 17, 16, 15, 17, 16, 14];
const CLOSED_PER_SOCIAL_WORKER = [2, 2, 2, 2, 2, 2, 2, 1];
/** PDS-01 carries 86 active cases (over 80), PDS-02 the rest. */
const BENEFITS_OVER = 86;

const STANDARD_WEIGHTS: [SocialWorkStandardId, number][] = [
  ['sw-family-children', 35],
  ['sw-unemployed', 30],
  ['sw-disability', 12],
  ['sw-older', 12],
  ['sw-violence', 11],
];

const SUB_GROUPS: Partial<Record<SocialWorkStandardId, string[]>> = {
  'sw-unemployed': [
    'under-25',
    'women-after-childbirth',
    'no-qualifications',
    'after-prison',
    'aged-50-plus',
  ],
  'sw-violence': ['adult-victim', 'older-or-disabled-victim', 'child-victim'],
  'sw-disability': ['somatically-ill', 'mentally-ill', 'physical-disability', 'intellectual-disability'],
};

export interface DemoDataset {
  asOf: string;
  policy: PolicyInput;
  cases: CaseFileInput;
  timeUse: TimeUseFile;
}

export const DEMO_SEED = 1_18_2013;

export function demoDataset(asOf: string): DemoDataset {
  if (Number.isNaN(dayNumber(asOf))) throw new RangeError(`demoDataset: not a date: ${asOf}`);
  const rnd = new Random(DEMO_SEED);
  const socialWorkers = DEMO_WORKERS.filter((w) => w.role === 'social-worker');

  type Slot = { worker: string; status: 'active' | 'suspended' | 'closed' };
  const slots: Slot[] = [];
  socialWorkers.forEach((w, i) => {
    for (let k = 0; k < ACTIVE_PER_SOCIAL_WORKER[i]!; k++) slots.push({ worker: w.id, status: 'active' });
    slots.push({ worker: w.id, status: 'suspended' });
    for (let k = 0; k < CLOSED_PER_SOCIAL_WORKER[i]!; k++) slots.push({ worker: w.id, status: 'closed' });
  });

  const records: CaseRecordInput[] = [];
  const perYear = new Map<string, number>();
  let activeSeen = 0;
  let otherSeen = 0;
  for (const slot of rnd.shuffle(slots)) {
    const benefitsWorker =
      slot.status === 'active'
        ? activeSeen++ < BENEFITS_OVER
          ? 'PDS-01'
          : 'PDS-02'
        : otherSeen++ % 2
          ? 'PDS-01'
          : 'PDS-02';
    records.push(demoCase(rnd, asOf, slot.worker, benefitsWorker, slot.status, perYear));
  }
  records.sort((a, b) => (a.id < b.id ? -1 : 1));

  const contacts = Array.from({ length: 12 }, (_, i) => ({
    kind: 'contact' as const,
    id: `K/${String(i + 1).padStart(3, '0')}`,
    date: addDays(asOf, -rnd.int(0, 60)),
    worker: rnd.pick(socialWorkers).id,
    topic: rnd.pick(['entitlement-question', 'benefit-rules', 'emotional-support', 'referral'] as const),
  }));

  return {
    asOf,
    policy: {
      formatVersion: 1,
      institution: {
        name: 'Miejski Ośrodek Pomocy Rodzinie (demo)',
        type: 'mops',
        // Toruń did not create the information worker post nor the coordinator (docs/standard.md §5.2).
        positions: ['supervisor'],
        conditions: {
          'training-supervision': true,
          induction: true,
          'development-path': false,
          'workload-analysis': true,
        },
        // Toruń ran family counselling in-house and the KIS in partnership (docs/standard.md §2.2, SEED-003).
        services: [
          {
            standard: 'svc-family-counselling',
            completed: [
              'org-1-needs',
              'org-2-scope',
              'org-3-form',
              'org-4-financing',
              'org-5-provider',
              'org-6-monitoring',
            ],
          },
          { standard: 'svc-kis', completed: ['org-1-needs', 'org-2-scope', 'org-3-form', 'org-4-financing'] },
        ],
      },
      workers: DEMO_WORKERS.map((w) => ({ id: w.id, role: w.role, displayName: w.displayName, fte: 1 })),
    },
    cases: { formatVersion: 1, records: [...records, ...contacts] },
    timeUse: demoTimeUse(rnd, asOf),
  };
}

/**
 * Any number of demo-shaped case records (for benchmarks and load tests), reproducible from the seed;
 * workers PS-01…PS-NN and PDS-01…, about 20 and 80 cases each.
 */
export function generateCaseRecords(count: number, asOf: string, seed = DEMO_SEED): CaseRecordInput[] {
  const rnd = new Random(seed);
  const perYear = new Map<string, number>();
  const social = Math.max(1, Math.round(count / 20));
  const benefits = Math.max(1, Math.round(count / 80));
  const out: CaseRecordInput[] = [];
  for (let i = 0; i < count; i++) {
    const status = rnd.chance(0.85) ? 'active' : rnd.chance(0.5) ? 'suspended' : 'closed';
    const worker = `PS-${String((i % social) + 1).padStart(2, '0')}`;
    const benefitsWorker = `PDS-${String((i % benefits) + 1).padStart(2, '0')}`;
    out.push(demoCase(rnd, asOf, worker, benefitsWorker, status, perYear));
  }
  return out;
}

function pickStandard(rnd: Random): SocialWorkStandardId {
  const total = STANDARD_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  let x = rnd.next() * total;
  for (const [id, w] of STANDARD_WEIGHTS) if ((x -= w) < 0) return id;
  return 'sw-family-children';
}

const OS_TOOL: Record<SocialWorkStandardId, string> = {
  'sw-disability': 'os-interview-disability',
  'sw-family-children': 'os-interview-family-children',
  'sw-violence': 'os-interview-violence',
  'sw-older': 'os-interview-older',
  'sw-unemployed': 'os-interview-unemployed',
};

function demoCase(
  rnd: Random,
  asOf: string,
  socialWorker: string,
  benefitsWorker: string,
  status: 'active' | 'suspended' | 'closed',
  perYear: Map<string, number>,
): CaseRecordInput {
  const standard = pickStandard(rnd);
  const target =
    status === 'closed' ? rnd.pick([4, 5, 5, 6, 6, 6, 2]) : rnd.pick([0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 5, 6]);
  // Span of the case so far; some active cases have gone quiet for 2–4 months (case-inactive).
  const quiet = status === 'active' && rnd.chance(0.1) ? rnd.int(61, 120) : rnd.int(0, 25);
  const span = 20 + target * rnd.int(25, 55);
  const lastDay = addDays(asOf, -quiet);
  const openedOn = addDays(lastDay, -span);
  const year = openedOn.slice(0, 4);
  const seq = (perYear.get(year) ?? 0) + 1;
  perYear.set(year, seq);
  const id = `${year}/PS/${String(seq).padStart(4, '0')}`;

  // Stage history: usually in order; sometimes a stage is skipped, with or without a justification.
  const crisis = standard === 'sw-violence' ? rnd.chance(0.3) : rnd.chance(0.03);
  const stages: { stage: StageId; enteredOn: string; justification?: string }[] = [];
  let skippedOne = false;
  for (let s = 0; s <= target; s++) {
    if (s > 0 && s < target && !skippedOne && rnd.chance(0.06)) {
      skippedOne = true;
      continue;
    }
    const enteredOn = addDays(
      openedOn,
      Math.round((span * s) / Math.max(target, 1)) - (s === target ? rnd.int(0, 3) : 0),
    );
    const entry: { stage: StageId; enteredOn: string; justification?: string } = {
      stage: STAGE_IDS[s]!,
      enteredOn,
    };
    if (skippedOne && !stages.some((x) => x.justification) && stages.length === s - 1 && rnd.chance(0.5))
      entry.justification = 'Sytuacja interwencyjna – diagnoza uzupełniona w toku pracy';
    stages.push(entry);
  }
  for (let i = 1; i < stages.length; i++)
    if (stages[i]!.enteredOn < stages[i - 1]!.enteredOn) stages[i]!.enteredOn = stages[i - 1]!.enteredOn;
  if (stages[0]!.enteredOn < openedOn) stages[0]!.enteredOn = openedOn;
  const current = stages[stages.length - 1]!;
  const entered = (stage: string) => stages.find((s) => s.stage === stage)?.enteredOn;
  const within = (from: string, maxDays: number) => {
    const d = addDays(from, rnd.int(0, maxDays));
    return d > lastDay ? lastDay : d;
  };

  const tools: { tool: string; doneOn: string }[] = [];
  const doneAt = (tool: string, stage: string, p: number) => {
    const from = entered(stage);
    if (from && rnd.chance(stage === current.stage ? p * 0.6 : p))
      tools.push({ tool, doneOn: within(from, 14) });
  };
  if (rnd.chance(0.95)) tools.push({ tool: 'oo-record-card', doneOn: openedOn });
  doneAt('oo-recognition-interview', '1a', 0.92);
  if (standard === 'sw-disability') {
    doneAt('os-interview-disability', '1b', 0.7);
    doneAt('os-interview-family-of-disabled', '1b', 0.6);
  } else doneAt(OS_TOOL[standard], '1b', 0.85);
  for (const fs of ['fs-genogram', 'fs-ecomap']) doneAt(fs, '1b', 0.25);
  if (standard === 'sw-unemployed') doneAt('fs-competence-balance', '1b', 0.3);
  doneAt('oo-assessment-questionnaire', '1c', 0.88);

  const waived: { tool: string; on: string; reason: string }[] = [];
  const recognitionDone = tools.some((t) => t.tool === 'oo-recognition-interview');
  if (!recognitionDone && entered('1a') && rnd.chance(0.3))
    waived.push({
      tool: 'oo-recognition-interview',
      on: entered('1a')!,
      reason: 'Klient w kryzysie – rozpoznanie w notatce',
    });

  const record: CaseRecordInput = {
    kind: 'case',
    id,
    standard,
    socialWorker,
    benefitsWorker,
    openedOn,
    stageHistory: stages,
    crisis,
    tools,
    waived,
    updateNotes: [],
    evaluations: [],
    benefitsInformation: [],
  };
  const sub = SUB_GROUPS[standard];
  if (sub) record.subGroup = rnd.pick(sub);

  // Agreement from stage 2 (or a crisis agreement earlier), with quarterly reviews inside its period.
  const two = entered('2');
  if ((two && rnd.chance(0.9)) || (crisis && rnd.chance(0.6))) {
    const signedOn = within(two ?? stages[0]!.enteredOn, 10);
    const to = addDays(signedOn, rnd.pick([180, 270, 365]));
    const reviewDates: string[] = [];
    for (let d = addDays(signedOn, 90); d < to; d = addDays(d, 90)) reviewDates.push(d);
    record.agreement = { signedOn, crisisVariant: !two, period: { from: signedOn, to }, reviewDates };
    let prev = signedOn;
    for (const review of reviewDates) {
      if (review > lastDay) break;
      if (rnd.chance(0.8)) {
        const date = addDays(review, -rnd.int(0, Math.min(7, daysBetween(prev, review) - 1)));
        record.evaluations!.push({ date, kind: 'periodic' });
      }
      prev = review;
    }
  }

  const four = entered('4');
  if (four && record.evaluations!.length === 0 && rnd.chance(0.75))
    record.evaluations!.push({ date: within(four, 30), kind: 'periodic' });

  const notes = rnd.int(0, 3);
  for (let i = 0; i < notes; i++) {
    const date = within(stages[Math.min(i + 1, stages.length - 1)]!.enteredOn, 20);
    const none = rnd.chance(0.5);
    record.updateNotes!.push(
      none
        ? { date, noSignificantChange: true }
        : { date, noSignificantChange: false, summary: 'Zmiana sytuacji mieszkaniowej' },
    );
  }
  if (rnd.chance(0.4)) {
    const date = within(stages[0]!.enteredOn, span);
    record.benefitsInformation!.push(
      rnd.chance(0.8) ? { date, form: 'opinion', clientInformedOn: date } : { date, form: 'opinion' },
    );
  }

  if (status === 'suspended')
    record.state = {
      status: 'suspended',
      since: within(current.enteredOn, 20),
      reason: 'Zmiana miejsca pobytu klienta',
    };
  if (status === 'closed') {
    const on = within(current.enteredOn, 20);
    record.state = {
      status: 'closed',
      on,
      reason: rnd.pick(['goals-achieved', 'goals-achieved', 'client-withdrew', 'moved']),
    };
    if (rnd.chance(0.7)) record.evaluations!.push({ date: on, kind: 'final' });
  }
  record.evaluations!.sort((a, b) => (a.date < b.date ? -1 : 1));
  return record;
}

/** Hours per worker per category per month over the last eleven months, shaped like the Toruń tables. */
function demoTimeUse(rnd: Random, asOf: string): TimeUseFile {
  const entries: TimeUseFile['entries'] = [];
  const from = addDays(asOf, -334);
  for (const w of DEMO_WORKERS) {
    const cats = TIME_USE_CATEGORIES.filter((c) => c.role === w.role);
    // The first two social workers carry unemployed-standard paperwork (Toruń OBOP: 32 % documentation).
    const useObop = w.role === 'benefits-worker' || w.id === 'PS-01' || w.id === 'PS-03';
    const total = cats.reduce((s, c) => s + (useObop ? c.torun.obopHours : c.torun.rzdHours), 0);
    for (let month = 0; month < 11; month++) {
      const date = addDays(from, month * 30);
      for (const c of cats) {
        const base = useObop ? c.torun.obopHours : c.torun.rzdHours;
        const perWorkerYear = (base / total) * 1848;
        const hours = Math.round((perWorkerYear / 11) * (0.85 + rnd.next() * 0.3) * 2) / 2;
        if (hours > 0) entries.push({ worker: w.id, category: c.id, hours, date });
      }
    }
  }
  return { formatVersion: 1, period: { from, to: asOf }, entries };
}
