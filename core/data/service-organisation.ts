/**
 * The seven stages in which the social-assistance unit (JOPS) organises a specialist service:
 * docs/standard.md §5.5, ids from docs/standard.md. The two seeds word stages 3–5 as "wybór" (SEED-000) or
 * "ustalenie" / "dokonanie wyboru" (SEED-003); the names keep both as docs/standard.md does.
 */
import * as z from 'zod';
import { ServiceOrganisationStage } from '../schema/standard.ts';

export const SERVICE_ORGANISATION_STAGES: ServiceOrganisationStage[] = z
  .array(ServiceOrganisationStage)
  .parse([
    {
      id: 'org-1-needs',
      order: 1,
      name: { pl: 'Diagnoza potrzeb lokalnych', en: 'Local needs assessment' },
      evidence: 'seed',
    },
    {
      id: 'org-2-scope',
      order: 2,
      name: { pl: 'Ustalenie zakresu usługi', en: 'Setting the scope of the service' },
      evidence: 'seed',
    },
    {
      id: 'org-3-form',
      order: 3,
      name: { pl: 'Wybór / ustalenie formy realizacji usługi', en: 'Choosing the form of delivery' },
      evidence: 'seed',
    },
    {
      id: 'org-4-financing',
      order: 4,
      name: { pl: 'Wybór / ustalenie sposobu finansowania', en: 'Choosing the way of financing' },
      evidence: 'seed',
    },
    {
      id: 'org-5-provider',
      order: 5,
      name: { pl: 'Wybór wykonawcy usługi', en: 'Choosing the service provider' },
      evidence: 'seed',
    },
    {
      id: 'org-6-monitoring',
      order: 6,
      name: { pl: 'Nadzór i monitoring realizacji usługi', en: 'Supervision and monitoring of delivery' },
      evidence: 'seed',
    },
    {
      id: 'org-7-evaluation',
      order: 7,
      name: { pl: 'Ewaluacja (wykonania usługi)', en: 'Evaluation (of the service delivered)' },
      evidence: 'seed',
    },
  ] satisfies z.input<typeof ServiceOrganisationStage>[]);
