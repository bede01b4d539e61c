import * as z from 'zod';
import {
  Evidence,
  InstitutionType,
  KebabId,
  Localized,
  RoleId,
  ServiceStandardId,
  SocialWorkStandardId,
  StageId,
  StandardId,
  TimeFrameKey,
  ToolClass,
} from './common.ts';

/** One of the seven areas every service standard regulates (docs/standard.md §2.3). */
export const RegulatedArea = z.strictObject({
  summary: Localized,
  points: z.array(Localized).default([]),
  evidence: Evidence,
});
export type RegulatedArea = z.infer<typeof RegulatedArea>;

export const AREA_IDS = [
  'values',
  'addressees',
  'goals',
  'delivery',
  'tools',
  'timeFrames',
  'providerConditions',
] as const;
export const AreaId = z.enum(AREA_IDS);
export type AreaId = z.infer<typeof AreaId>;

/** A client sub-group (problem group) inside a standard's category. */
export const SubGroup = z.strictObject({
  id: KebabId,
  name: Localized,
  evidence: Evidence,
});
export type SubGroup = z.infer<typeof SubGroup>;

const StandardBase = {
  name: Localized,
  shortName: Localized,
  subGroups: z.array(SubGroup),
  areas: z.strictObject({
    values: RegulatedArea,
    addressees: RegulatedArea,
    goals: RegulatedArea,
    delivery: RegulatedArea,
    tools: RegulatedArea,
    timeFrames: RegulatedArea,
    /** Only for services other than social work (docs/standard.md §2.3 point 7). */
    providerConditions: RegulatedArea.optional(),
  }),
  authors: z.array(z.string()).default([]),
};

export const SocialWorkStandard = z.strictObject({
  id: SocialWorkStandardId,
  kind: z.literal('social-work'),
  pairedWith: ServiceStandardId,
  ...StandardBase,
});
export const ServiceStandard = z.strictObject({
  id: ServiceStandardId,
  kind: z.literal('specialist-service'),
  pairedWith: SocialWorkStandardId,
  ...StandardBase,
});
export const Standard = z.discriminatedUnion('kind', [SocialWorkStandard, ServiceStandard]);
export type Standard = z.infer<typeof Standard>;

export const MethodicalStage = z.strictObject({
  id: StageId,
  name: Localized,
  /** The later six-stage naming I–VI (docs/standard.md §1.2). */
  sixStageAlias: z.array(z.enum(['I', 'II', 'III', 'IV', 'V', 'VI'])).min(1),
  purpose: Localized,
  evidence: Evidence,
});
export type MethodicalStage = z.infer<typeof MethodicalStage>;

export const Categories = z.union([z.literal('all'), z.array(SocialWorkStandardId).min(1)]);
export type Categories = z.infer<typeof Categories>;

export const Tool = z.strictObject({
  id: KebabId,
  name: Localized,
  class: ToolClass,
  /** Stages the tool belongs to, in order; it is due from the first. */
  stages: z.array(StageId).min(1),
  categories: Categories,
  number: z.number().int().positive().optional(),
  code: z.string().optional(),
  filledBy: Localized.optional(),
  /** Related document template id (docs/standard.md, Documents). */
  template: KebabId.optional(),
  evidence: Evidence,
});
export type Tool = z.infer<typeof Tool>;

/**
 * An obligatory requirement: all of, or any one of, several tools, due at a stage for some categories.
 * Alternatives are data (docs/standard.md: "a requirement may be 'any of' several tools").
 */
export const Requirement = z.strictObject({
  id: KebabId,
  stage: StageId,
  mode: z.enum(['all-of', 'any-of']),
  tools: z.array(KebabId).min(1),
  categories: Categories,
});
export type Requirement = z.infer<typeof Requirement>;

/** Days per time-frame key; null = no frame. Keyed per standard in the policy. */
export const TimeFrames = z.partialRecord(TimeFrameKey, z.number().int().positive().nullable());
export type TimeFrames = z.infer<typeof TimeFrames>;

export const CaseloadNorms = z.strictObject({
  socialWorker: z.number().positive().default(20),
  benefitsWorker: z.number().positive().default(80),
  /** art. 110 ust. 11 u.p.s.: at most 50 households per social worker. */
  statutorySocialWorker: z.number().positive().default(50),
  /** near = at least this share of the norm, rounded up (docs/standard.md). */
  nearShare: z.number().gt(0).lte(1).default(0.9),
});
export type CaseloadNorms = z.infer<typeof CaseloadNorms>;

export const Position = z.strictObject({
  role: RoleId,
  name: Localized,
  duties: Localized,
  indicator: Localized.optional(),
  /** Required by the model, or proposed by the pilot. */
  status: z.enum(['key', 'proposed', 'optional']),
  evidence: Evidence,
});
export const OrganisationalCondition = z.strictObject({
  id: KebabId,
  name: Localized,
  evidence: Evidence,
});
export const InstitutionModel = z.strictObject({
  id: InstitutionType,
  name: Localized,
  level: Localized,
  elements: z.array(Localized),
  positions: z.array(Position),
  employmentIndicators: z.strictObject({
    socialWorkerCases: z.number().positive().optional(),
    benefitsWorkerCases: z.number().positive().optional(),
    note: Localized.optional(),
  }),
  organisationalConditions: z.array(z.string()),
  separatesBenefitsFromSocialWork: z.boolean(),
  authors: z.array(z.string()).default([]),
  evidence: Evidence,
});
export type InstitutionModel = z.infer<typeof InstitutionModel>;

export const ServiceOrganisationStageId = z.enum([
  'org-1-needs',
  'org-2-scope',
  'org-3-form',
  'org-4-financing',
  'org-5-provider',
  'org-6-monitoring',
  'org-7-evaluation',
]);
export const ServiceOrganisationStage = z.strictObject({
  id: ServiceOrganisationStageId,
  order: z.number().int().min(1).max(7),
  name: Localized,
  evidence: Evidence,
});
export type ServiceOrganisationStage = z.infer<typeof ServiceOrganisationStage>;

export const TimeUseCategory = z.strictObject({
  id: z.string().regex(/^(sw\.[A-I]|bw\.[A-IJKLŁ])$/),
  role: z.enum(['social-worker', 'benefits-worker']),
  letter: z.string().length(1),
  name: Localized,
  /** Counts as documentation work (sw.E). */
  documentation: z.boolean().default(false),
  /** Marked "NAKŁADKA" in the Toruń tables: recorded on top of the others (meaning UNCONFIRMED). */
  overlay: z.boolean().default(false),
  /** Toruń baseline, hours per team (OBOP = unemployed, RZD = families with children), docs/standard.md §6. */
  torun: z.strictObject({ obopHours: z.number(), rzdHours: z.number() }),
});
export type TimeUseCategory = z.infer<typeof TimeUseCategory>;

export { StandardId };
