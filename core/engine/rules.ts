import { ALTERNATIVES, TOOLS } from '../data/tools.ts';
import { stageOrder } from '../data/stages.ts';
import type { FindingCode, Severity, SocialWorkStandardId, StageId, ToolClass } from '../schema/common.ts';
import { SOCIAL_WORK_STANDARD_IDS } from '../schema/common.ts';
import { Policy } from '../schema/policy.ts';
import type { PolicyWorker } from '../schema/policy.ts';
import type { Requirement, TimeFrames, Tool } from '../schema/standard.ts';
import type { ChecklistItem } from './checklist.ts';

/** An obligatory requirement ready for evaluation. */
export interface CompiledRequirement {
  id: string;
  stage: StageId;
  order: number;
  mode: 'all-of' | 'any-of';
  /** Shared with every checklist item of this requirement: never mutate. */
  tools: string[];
  class: ToolClass;
  /** The item of a case with nothing of its own to add (no date, no waiver): shared and frozen. */
  missingItem: ChecklistItem;
  notYetDueItem: ChecklistItem;
}

export interface StageFrames {
  /** Whole diagnosis 1a–1c, counted from entering 1a (docs/standard.md, key `1`). */
  diagnosis?: number;
  byStage: Partial<Record<StageId, number>>;
}

/** The standard plus an institution's policy, compiled once and shared by every evaluation. */
export interface Rules {
  policy: Policy;
  tools: ReadonlyMap<string, Tool>;
  requirements: Readonly<Record<SocialWorkStandardId, readonly CompiledRequirement[]>>;
  optionalTools: Readonly<Record<SocialWorkStandardId, readonly Tool[]>>;
  otherCategoryTools: Readonly<Record<SocialWorkStandardId, readonly Tool[]>>;
  /** Checklist items that are the same for every case of a standard (not applicable), shared and frozen. */
  notApplicableItems: Readonly<Record<SocialWorkStandardId, readonly ChecklistItem[]>>;
  /** The optional (FS) tools' items of a case that did not use them: shared and frozen. */
  optionalItems: Readonly<Record<SocialWorkStandardId, readonly ChecklistItem[]>>;
  frames: Readonly<Record<SocialWorkStandardId, StageFrames>>;
  severities: Readonly<Record<FindingCode, Severity>>;
  workers: ReadonlyMap<string, PolicyWorker>;
}

/** docs/standard.md §3: no frame anywhere but the unemployed standard's diagnosis (pilot practice, 90 days). */
export const DEFAULT_TIME_FRAMES: Partial<Record<SocialWorkStandardId, TimeFrames>> = {
  'sw-unemployed': { '1': 90 },
};

/** Default severities; `tool-missing` is graded by the engine (warning at the current stage, else error). */
export const DEFAULT_SEVERITIES: Record<FindingCode, Severity> = {
  'tool-missing': 'error',
  'stage-skipped': 'warning',
  'stage-overdue': 'warning',
  'agreement-review-overdue': 'warning',
  'closed-without-evaluation': 'error',
  'benefits-info-client-not-informed': 'warning',
  'case-inactive': 'warning',
  'caseload-near-limit': 'info',
  'caseload-over-limit': 'warning',
  'caseload-over-statutory': 'error',
  'documentation-share-high': 'warning',
};

export const DEFAULT_POLICY: Policy = Policy.parse({});

/** A requirement with its two shared checklist items (most cases' items carry nothing of their own). */
export function withSharedItems(
  r: Omit<CompiledRequirement, 'missingItem' | 'notYetDueItem'>,
): CompiledRequirement {
  const item = (status: 'missing' | 'not-yet-due'): ChecklistItem =>
    Object.freeze({
      requirement: r.id,
      tools: r.tools,
      mode: r.mode,
      class: r.class,
      stage: r.stage,
      status,
    });
  return { ...r, missingItem: item('missing'), notYetDueItem: item('not-yet-due') };
}

export function appliesTo(categories: Tool['categories'], standard: SocialWorkStandardId): boolean {
  return categories === 'all' || categories.includes(standard);
}

export function compileRules(policy: Policy = DEFAULT_POLICY): Rules {
  const catalogue = [...TOOLS, ...policy.extraTools];
  const tools = new Map(catalogue.map((t) => [t.id, t]));
  const alternatives = policy.bothDisabilityInterviews
    ? ALTERNATIVES.filter((a) => a.id !== 'os-interview-disability-any')
    : ALTERNATIVES;
  const usedOptional = policy.optionalTools ? new Set(policy.optionalTools) : undefined;

  const requirements = {} as Record<SocialWorkStandardId, CompiledRequirement[]>;
  const optionalTools = {} as Record<SocialWorkStandardId, Tool[]>;
  const otherCategoryTools = {} as Record<SocialWorkStandardId, Tool[]>;
  const frames = {} as Record<SocialWorkStandardId, StageFrames>;

  for (const standard of SOCIAL_WORK_STANDARD_IDS) {
    const alts = alternatives.filter((a) => appliesTo(a.categories, standard));
    const grouped = new Set(alts.flatMap((a) => a.tools));
    const reqs: CompiledRequirement[] = alts.map((a) => compileAlternative(a, tools));
    for (const tool of catalogue) {
      if (!appliesTo(tool.categories, standard)) {
        if (tool.class !== 'OO') (otherCategoryTools[standard] ??= []).push(tool);
        continue;
      }
      if (tool.class === 'FS') {
        if (!usedOptional || usedOptional.has(tool.id)) (optionalTools[standard] ??= []).push(tool);
        continue;
      }
      if (grouped.has(tool.id)) continue;
      const stage = tool.stages[0]!;
      reqs.push(
        withSharedItems({
          id: tool.id,
          stage,
          order: stageOrder(stage),
          mode: 'all-of',
          tools: [tool.id],
          class: tool.class,
        }),
      );
    }
    requirements[standard] = reqs.sort((a, b) => a.order - b.order);
    optionalTools[standard] ??= [];
    otherCategoryTools[standard] ??= [];
    frames[standard] = compileFrames({ ...DEFAULT_TIME_FRAMES[standard], ...policy.timeFrames[standard] });
  }

  // Items that are the same for every case of a standard: shared and frozen.
  const toolItem = (tool: Tool, status: 'not-applicable' | 'optional'): ChecklistItem =>
    Object.freeze({
      requirement: tool.id,
      tools: [tool.id],
      mode: 'all-of' as const,
      class: tool.class,
      stage: tool.stages[0]!,
      status,
    });
  const notApplicableItems = {} as Record<SocialWorkStandardId, readonly ChecklistItem[]>;
  const optionalItems = {} as Record<SocialWorkStandardId, readonly ChecklistItem[]>;
  for (const standard of SOCIAL_WORK_STANDARD_IDS) {
    notApplicableItems[standard] = otherCategoryTools[standard].map((t) => toolItem(t, 'not-applicable'));
    optionalItems[standard] = optionalTools[standard].map((t) => toolItem(t, 'optional'));
  }

  return {
    policy,
    tools,
    requirements,
    optionalTools,
    otherCategoryTools,
    notApplicableItems,
    optionalItems,
    frames,
    severities: { ...DEFAULT_SEVERITIES, ...policy.severities },
    workers: new Map(policy.workers.map((w) => [w.id, w])),
  };
}

function compileAlternative(a: Requirement, tools: ReadonlyMap<string, Tool>): CompiledRequirement {
  const cls = a.tools.map((id) => tools.get(id)?.class ?? 'OS').includes('OO') ? 'OO' : 'OS';
  return withSharedItems({
    id: a.id,
    stage: a.stage,
    order: stageOrder(a.stage),
    mode: a.mode,
    tools: [...a.tools],
    class: cls,
  });
}

function compileFrames(frames: TimeFrames): StageFrames {
  const out: StageFrames = { byStage: {} };
  for (const [key, days] of Object.entries(frames)) {
    if (days == null) continue;
    if (key === '1') out.diagnosis = days;
    else out.byStage[key as StageId] = days;
  }
  return out;
}
