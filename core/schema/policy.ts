import * as z from 'zod';
import {
  FindingCode,
  InstitutionType,
  KebabId,
  Localized,
  PseudonymousId,
  RoleId,
  ServiceStandardId,
  Severity,
  SocialWorkStandardId,
} from './common.ts';
import { ORGANISATIONAL_CONDITION_IDS } from '../data/institutions.ts';
import { CaseloadNorms, ServiceOrganisationStageId, TimeFrames, Tool } from './standard.ts';

export const PolicyWorker = z.strictObject({
  id: PseudonymousId,
  role: z.enum(['social-worker', 'benefits-worker']),
  /** Staff display name (staff, not clients); optional. */
  displayName: z.string().min(1).max(120).optional(),
  fte: z.number().gt(0).lte(1.5).default(1),
});
export type PolicyWorker = z.infer<typeof PolicyWorker>;

/**
 * An institution's policy: overrides of the standard's defaults (docs/standard.md §1.6 and §3: the pilot
 * asked for flexible time frames). Strict: an unknown key is an error, not silently ignored.
 */
export const Policy = z
  .strictObject({
    $schema: z.string().optional(),
    formatVersion: z.literal(1).default(1),
    institution: z
      .strictObject({
        name: z.string().min(1).max(200),
        type: InstitutionType,
        /** Residents of the area, for the statutory 1 social worker per 2,000 inhabitants. */
        inhabitants: z.number().int().positive().optional(),
        /** Key positions the centre has filled (docs/standard.md §5.2), beyond the workers listed below. */
        positions: z.array(RoleId).optional(),
        /** Organisational conditions of professional social work, as the centre assesses them (§5.4). */
        conditions: z.partialRecord(z.enum(ORGANISATIONAL_CONDITION_IDS), z.boolean()).optional(),
        /** Specialist services the centre runs and the organisation stages completed (§5.5). */
        services: z
          .array(
            z.strictObject({ standard: ServiceStandardId, completed: z.array(ServiceOrganisationStageId) }),
          )
          .optional(),
      })
      .optional(),
    /** Per standard, per time-frame key (`1` = whole diagnosis 1a–1c); null switches a default off. */
    timeFrames: z.partialRecord(SocialWorkStandardId, TimeFrames).default({}),
    caseload: CaseloadNorms.default({
      socialWorker: 20,
      benefitsWorker: 80,
      statutorySocialWorker: 50,
      nearShare: 0.9,
    }),
    workers: z.array(PolicyWorker).default([]),
    inactivityDays: z.number().int().positive().default(60),
    /** documentation-share-high above this share of a social worker's recorded hours (sw.E). */
    documentationShareThreshold: z.number().gt(0).lt(1).default(0.25),
    /** Optional (FS) tools the centre uses; absent = all. */
    optionalTools: z.array(KebabId).optional(),
    /** Tools the centre adds; class OO/OS makes them obligatory. */
    extraTools: z.array(Tool).default([]),
    /** sw-disability: require both interviews, not one of the two (docs/standard.md). */
    bothDisabilityInterviews: z.boolean().default(false),
    severities: z.partialRecord(FindingCode, Severity).default({}),
    /**
     * The team's server (docs/team.md) receives free text — notes, reasons, justifications — too. Off by
     * default: free text can hold names, so it stays on the worker's machine and the server gets a marker.
     */
    shareFreeText: z.boolean().default(false),
    note: Localized.optional(),
  })
  .superRefine((policy, ctx) => {
    const seen = new Map<string, number>();
    policy.workers.forEach((w, i) => {
      if (seen.has(w.id))
        ctx.addIssue({
          code: 'custom',
          path: ['workers', i, 'id'],
          message: 'input.duplicate-worker',
          params: { id: w.id },
        });
      seen.set(w.id, i);
    });
  });
export type Policy = z.infer<typeof Policy>;
export type PolicyInput = z.input<typeof Policy>;
