import * as z from 'zod';
import {
  FindingCode,
  IsoDate,
  Localized,
  Severity,
  SocialWorkStandardId,
  StageId,
  ToolClass,
} from './common.ts';

/** The documented JSON output of `standardy check --json` (published as check-report.schema.json). */
export const FindingOut = z.strictObject({
  code: FindingCode,
  severity: Severity,
  caseId: z.string().optional(),
  workerId: z.string().optional(),
  stage: StageId.optional(),
  tool: z.string().optional(),
  date: IsoDate.optional(),
  message: Localized,
});

export const ChecklistItemOut = z.strictObject({
  requirement: z.string(),
  tools: z.array(z.string()),
  mode: z.enum(['all-of', 'any-of']),
  class: ToolClass,
  stage: StageId,
  status: z.enum(['done', 'missing', 'waived', 'optional', 'not-yet-due', 'not-applicable']),
  doneOn: IsoDate.optional(),
  dueOn: IsoDate.optional(),
  waived: z.strictObject({ on: IsoDate, reason: z.string() }).optional(),
});

const Share = {
  due: z.number().int().min(0),
  done: z.number().int().min(0),
  share: z.number().min(0).max(1),
};

export const CaseEvaluationOut = z.strictObject({
  caseId: z.string(),
  standard: SocialWorkStandardId,
  socialWorker: z.string(),
  benefitsWorker: z.string().optional(),
  status: z.enum(['active', 'suspended', 'closed']),
  stage: StageId,
  stageEnteredOn: IsoDate,
  crisis: z.boolean(),
  lastActionOn: IsoDate,
  frame: z
    .strictObject({
      key: z.enum(['1', '1a', '1b', '1c', '2', '3', '4', '5']),
      limit: z.number(),
      since: IsoDate,
      days: z.number(),
      overdue: z.boolean(),
    })
    .optional(),
  checklist: z.array(ChecklistItemOut),
  findings: z.array(FindingOut),
  documentation: z.strictObject({ due: z.number().int(), done: z.number().int() }),
});

export const CaseloadRowOut = z.strictObject({
  worker: z.string(),
  displayName: z.string().optional(),
  role: z.enum(['social-worker', 'benefits-worker']),
  fte: z.number(),
  active: z.number().int(),
  suspended: z.number().int(),
  norm: z.number(),
  nearFrom: z.number().int(),
  statutoryLimit: z.number().optional(),
  status: z.enum(['ok', 'near', 'over', 'over-statutory']),
});

export const CheckReport = z
  .strictObject({
    tool: z.literal('standardy'),
    formatVersion: z.literal(1),
    today: IsoDate,
    institution: z.strictObject({ name: z.string(), type: z.string() }).optional(),
    summary: z.strictObject({
      records: z.number().int(),
      cases: z.number().int(),
      contacts: z.number().int(),
      active: z.number().int(),
      suspended: z.number().int(),
      closed: z.number().int(),
      findings: z.strictObject({
        error: z.number().int(),
        warning: z.number().int(),
        info: z.number().int(),
      }),
      byCode: z.partialRecord(FindingCode, z.number().int()),
    }),
    cases: z.array(CaseEvaluationOut),
    caseload: z.strictObject({ rows: z.array(CaseloadRowOut), findings: z.array(FindingOut) }),
    completeness: z.strictObject({
      team: z.strictObject(Share),
      byWorker: z.array(z.strictObject({ worker: z.string(), ...Share })),
      gaps: z.array(
        z.strictObject({
          caseId: z.string(),
          worker: z.string(),
          stage: StageId,
          requirement: z.string(),
          tools: z.array(z.string()),
        }),
      ),
    }),
  })
  .meta({ title: 'standardy check --json', description: 'Evaluation of case records against the standards' });
export type CheckReport = z.infer<typeof CheckReport>;

const WorkloadRowOut = z.strictObject({
  hours: z.record(z.string(), z.number()),
  total: z.number(),
  share: z.record(z.string(), z.number()),
});
const WorkloadTableOut = z.strictObject({
  role: z.enum(['social-worker', 'benefits-worker']),
  categories: z.array(z.string()),
  workers: z.array(WorkloadRowOut.extend({ worker: z.string() })),
  team: WorkloadRowOut,
  baseline: z.strictObject({ obop: WorkloadRowOut, rzd: WorkloadRowOut }),
});
export const WorkloadReport = z
  .strictObject({
    tool: z.literal('standardy'),
    formatVersion: z.literal(1),
    period: z.strictObject({ from: IsoDate, to: IsoDate }).optional(),
    socialWorkers: WorkloadTableOut,
    benefitsWorkers: WorkloadTableOut,
    findings: z.array(FindingOut),
  })
  .meta({ title: 'standardy workload --json', description: 'Time use per category, worker and team' });
export type WorkloadReport = z.infer<typeof WorkloadReport>;
