import * as z from 'zod';
import { isIsoDate } from '../dates.ts';
import { PSEUDONYMOUS_ID, isPesel, looksLikeName } from '../pseudonymous.ts';

/** A text users read: Polish first, English second (docs/standard.md). */
export const Localized = z.strictObject({ pl: z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof Localized>;

/** A calendar date `YYYY-MM-DD` that exists. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'input.date-format' })
  .refine(isIsoDate, { message: 'input.date-nonexistent' })
  .meta({ description: 'Calendar date YYYY-MM-DD', examples: ['2026-03-14'] });

export const KebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'input.kebab-id' });

/** Custom validation messages are codes of the error catalogue (core/errors.ts), rendered in pl and en. */

/** Pseudonymous ids (cases, workers): never a name; letters, digits and . _ / - only. */
export const PseudonymousId = z
  .string()
  .regex(PSEUDONYMOUS_ID, { message: 'input.pseudonymous-id' })
  .refine((s) => !isPesel(s), { message: 'id.pesel', abort: true })
  .refine((s) => !looksLikeName(s), { message: 'id.name', abort: true });

export const SOCIAL_WORK_STANDARD_IDS = [
  'sw-disability',
  'sw-family-children',
  'sw-violence',
  'sw-older',
  'sw-unemployed',
] as const;
export const SERVICE_STANDARD_IDS = [
  'svc-counselling-disability',
  'svc-family-counselling',
  'svc-crisis-intervention',
  'svc-home-care-older',
  'svc-kis',
] as const;
export const SocialWorkStandardId = z.enum(SOCIAL_WORK_STANDARD_IDS);
export type SocialWorkStandardId = z.infer<typeof SocialWorkStandardId>;
export const ServiceStandardId = z.enum(SERVICE_STANDARD_IDS);
export const StandardId = z.enum([...SOCIAL_WORK_STANDARD_IDS, ...SERVICE_STANDARD_IDS]);
export type StandardId = z.infer<typeof StandardId>;

/** Methodical stages in the standard order 1a < 1b < 1c < 2 < 3 < 4 < 5 (docs/standard.md). */
export const STAGE_IDS = ['1a', '1b', '1c', '2', '3', '4', '5'] as const;
export const StageId = z.enum(STAGE_IDS);
export type StageId = z.infer<typeof StageId>;

/** Time-frame keys: a stage, or `1` for the whole diagnosis 1a–1c counted from entering 1a. */
export const TimeFrameKey = z.enum(['1', ...STAGE_IDS]);
export type TimeFrameKey = z.infer<typeof TimeFrameKey>;

export const ToolClass = z.enum(['OO', 'OS', 'FS']);
export type ToolClass = z.infer<typeof ToolClass>;

export const RoleId = z.enum([
  'info-worker',
  'social-worker',
  'benefits-worker',
  'social-work-coordinator',
  'supervisor',
]);
export type RoleId = z.infer<typeof RoleId>;

export const InstitutionType = z.enum(['ops', 'pcpr', 'mops', 'cis', 'cus']);
export type InstitutionType = z.infer<typeof InstitutionType>;

export const Severity = z.enum(['info', 'warning', 'error']);
export type Severity = z.infer<typeof Severity>;

export const FINDING_CODES = [
  'tool-missing',
  'stage-skipped',
  'stage-overdue',
  'agreement-review-overdue',
  'closed-without-evaluation',
  'benefits-info-client-not-informed',
  'case-inactive',
  'caseload-near-limit',
  'caseload-over-limit',
  'caseload-over-statutory',
  'documentation-share-high',
] as const;
export const FindingCode = z.enum(FINDING_CODES);
export type FindingCode = z.infer<typeof FindingCode>;

/** Evidence level of a piece of the standard (docs/standard.md, header). */
export const Evidence = z.enum(['seed', 'source', 'unconfirmed', 'design']);
export type Evidence = z.infer<typeof Evidence>;
