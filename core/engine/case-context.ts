import { addDays, daysBetween } from '../dates.ts';
import { stageOrder } from '../data/stages.ts';
import type { CaseRecord } from '../schema/case-record.ts';
import type { StageId } from '../schema/common.ts';
import { IMPLIED_BY } from '../data/tools.ts';
import type { CompiledRequirement, Rules, StageFrames } from './rules.ts';

/** What every case rule needs, computed once per case. */
export interface CaseContext {
  record: CaseRecord;
  rules: Rules;
  today: string;
  current: StageId;
  currentOrder: number;
  /** Tool id → earliest date it was done (tools, the agreement and evaluations; no double counting). */
  done: Map<string, string>;
  /** Tool id → its waiver. */
  waived: ReadonlyMap<string, { on: string; reason: string }>;
  requirements: readonly CompiledRequirement[];
  frames: StageFrames;
  hasFrames: boolean;
  /** The current stage's time frame, when one applies and the stage is running. */
  runningFrame?: RunningFrame;
}

export interface RunningFrame {
  key: '1' | StageId;
  limit: number;
  since: string;
  days: number;
  overdue: boolean;
}

const DIAGNOSIS = new Set<string>(['1a', '1b', '1c']);
const NO_WAIVERS: ReadonlyMap<string, { on: string; reason: string }> = new Map();

export function caseContext(record: CaseRecord, rules: Rules, today: string): CaseContext {
  const history = record.stageHistory;
  const current = history[history.length - 1]!.stage;
  const frames = rules.frames[record.standard];
  const ctx: CaseContext = {
    record,
    rules,
    today,
    current,
    currentOrder: stageOrder(current),
    done: doneTools(record),
    waived: record.waived.length
      ? new Map(record.waived.map((w) => [w.tool, { on: w.on, reason: w.reason }]))
      : NO_WAIVERS,
    requirements: rules.requirements[record.standard],
    frames,
    hasFrames: frames.diagnosis !== undefined || Object.keys(frames.byStage).length > 0,
  };
  // A suspended or closed case's stage is not running: no clock (docs/rules.md).
  if (record.state.status === 'active' && ctx.hasFrames)
    ctx.runningFrame = runningFrame(record, frames, today);
  return ctx;
}

function doneTools(record: CaseRecord): Map<string, string> {
  const done = new Map<string, string>();
  for (const t of record.tools) {
    const prev = done.get(t.tool);
    if (prev === undefined || t.doneOn < prev) done.set(t.tool, t.doneOn);
  }
  // docs/standard.md: an agreement implies the agreement tool on its signing date, an evaluation the evaluation tool.
  if (record.agreement) {
    const prev = done.get(IMPLIED_BY.agreement);
    if (prev === undefined || record.agreement.signedOn < prev)
      done.set(IMPLIED_BY.agreement, record.agreement.signedOn);
  }
  for (const e of record.evaluations) {
    const prev = done.get(IMPLIED_BY.evaluation);
    if (prev === undefined || e.date < prev) done.set(IMPLIED_BY.evaluation, e.date);
  }
  return done;
}

/** Start of the diagnosis block that ends at `uptoIndex`: its last entry into 1a, else its first entry. */
export function diagnosisStart(history: CaseRecord['stageHistory'], uptoIndex: number): string | undefined {
  let i = uptoIndex;
  while (i >= 0 && !DIAGNOSIS.has(history[i]!.stage)) i--;
  if (i < 0) return undefined;
  let start = i;
  let lastOneA: number | undefined;
  while (start >= 0 && DIAGNOSIS.has(history[start]!.stage)) {
    if (lastOneA === undefined && history[start]!.stage === '1a') lastOneA = start;
    start--;
  }
  return history[lastOneA ?? start + 1]!.enteredOn;
}

function runningFrame(record: CaseRecord, frames: StageFrames, today: string): RunningFrame | undefined {
  const history = record.stageHistory;
  const last = history.length - 1;
  const current = history[last]!;
  const candidates: RunningFrame[] = [];
  const own = frames.byStage[current.stage];
  if (own !== undefined) candidates.push(frame(current.stage, own, current.enteredOn, today));
  if (frames.diagnosis !== undefined && DIAGNOSIS.has(current.stage)) {
    const since = diagnosisStart(history, last)!;
    candidates.push(frame('1', frames.diagnosis, since, today));
  }
  return candidates.find((c) => c.overdue) ?? candidates[0];
}

function frame(key: RunningFrame['key'], limit: number, since: string, today: string): RunningFrame {
  const days = daysBetween(since, today);
  // docs/standard.md: a frame of N days is overdue on day N+1.
  return { key, limit, since, days, overdue: days > limit };
}

/** When the tools of `stage` are due under the frames, or undefined where no frame applies. */
export function dueOn(ctx: CaseContext, stage: StageId): string | undefined {
  const history = ctx.record.stageHistory;
  const own = ctx.frames.byStage[stage];
  if (own !== undefined) {
    for (let i = history.length - 1; i >= 0; i--)
      if (history[i]!.stage === stage) return addDays(history[i]!.enteredOn, own);
    return undefined;
  }
  if (ctx.frames.diagnosis !== undefined && DIAGNOSIS.has(stage)) {
    const since = diagnosisStart(history, history.length - 1);
    return since === undefined ? undefined : addDays(since, ctx.frames.diagnosis);
  }
  return undefined;
}
