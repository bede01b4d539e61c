import { INSTITUTION_MODELS, ORGANISATIONAL_CONDITIONS } from '../data/institutions.ts';
import { SERVICE_ORGANISATION_STAGES } from '../data/service-organisation.ts';
import { STANDARDS } from '../data/standards.ts';
import type { AnyRecord } from '../schema/case-record.ts';
import type { InstitutionType, Localized, RoleId } from '../schema/common.ts';
import { caseloadByWorker } from './caseload.ts';
import type { Rules } from './rules.ts';

export interface StaffingLine {
  role: 'social-worker' | 'benefits-worker';
  /** Active cases the role carries (benefits: active cases with a benefits worker). */
  activeCases: number;
  norm: number;
  /** FTE the standard implies: active cases / norm. */
  requiredFte: number;
  employedFte: number;
  /** Where the employed FTE comes from: the policy's worker list, or (without one) workers seen in cases. */
  employedFrom: 'policy' | 'cases';
  /** employed − required (negative = short). */
  balance: number;
}

export interface InstitutionAssessment {
  type: InstitutionType;
  model: Localized;
  staffing: StaffingLine[];
  /** art. 110 ust. 11 u.p.s.: at least 3, and 1 per 50 households in social work (or per 2,000 inhabitants). */
  statutoryMinimum: { socialWorkers: number; basis: Localized };
  positions: { role: RoleId; name: Localized; status: 'key' | 'proposed' | 'optional'; present: boolean }[];
  /** Organisational conditions: true / false as assessed by the centre; null = not assessed. */
  conditions: { id: string; name: Localized; met: boolean | null; inferred?: boolean }[];
  services: {
    standard: string;
    name: Localized;
    stages: { id: string; name: Localized; done: boolean }[];
    done: number;
    next?: string;
  }[];
}

/**
 * The institution model for today's active cases (docs/standard.md §5): staffing the standard implies (20 / 80
 * per worker) against employed FTE, key positions, the organisational conditions and, per specialist
 * service, progress through the 7 stages of organising it. Data-driven, like the rest of the standard.
 */
export function assessInstitution(records: readonly AnyRecord[], rules: Rules): InstitutionAssessment {
  const policy = rules.policy;
  const type = policy.institution?.type ?? 'ops';
  const model = INSTITUTION_MODELS.find((m) => m.id === type)!;
  let activeSocial = 0;
  let activeBenefits = 0;
  const seen = { 'social-worker': new Set<string>(), 'benefits-worker': new Set<string>() };
  for (const r of records) {
    if (r.kind !== 'case') continue;
    seen['social-worker'].add(r.socialWorker);
    if (r.benefitsWorker) seen['benefits-worker'].add(r.benefitsWorker);
    if (r.state.status !== 'active') continue;
    activeSocial++;
    if (r.benefitsWorker) activeBenefits++;
  }
  const norms = policy.caseload;
  const line = (role: StaffingLine['role'], activeCases: number, norm: number): StaffingLine => {
    const listed = policy.workers.filter((w) => w.role === role);
    const employedFrom = listed.length > 0 ? 'policy' : 'cases';
    const employedFte = listed.length > 0 ? listed.reduce((s, w) => s + w.fte, 0) : seen[role].size;
    const requiredFte = activeCases / norm;
    return {
      role,
      activeCases,
      norm,
      requiredFte,
      employedFte,
      employedFrom,
      balance: employedFte - requiredFte,
    };
  };
  const staffing = [
    line('social-worker', activeSocial, norms.socialWorker),
    line('benefits-worker', activeBenefits, norms.benefitsWorker),
  ];

  const inhabitants = policy.institution?.inhabitants;
  const byHouseholds = Math.ceil(activeSocial / norms.statutorySocialWorker);
  const byInhabitants = inhabitants ? Math.ceil(inhabitants / 2000) : 0;
  const statutoryMinimum = {
    socialWorkers: Math.max(3, byHouseholds, byInhabitants),
    basis: inhabitants
      ? {
          pl: `co najmniej 3; 1 na 2000 mieszkańców (${inhabitants}) lub 1 na 50 środowisk`,
          en: `at least 3; 1 per 2,000 inhabitants (${inhabitants}) or 1 per 50 households`,
        }
      : {
          pl: 'co najmniej 3; 1 na 50 środowisk objętych pracą socjalną',
          en: 'at least 3; 1 per 50 households in social work',
        },
  };

  const filled = new Set<RoleId>(policy.institution?.positions ?? []);
  for (const s of staffing) if (s.employedFte > 0) filled.add(s.role);
  const positions = model.positions.map((p) => ({
    role: p.role,
    name: p.name,
    status: p.status,
    present: filled.has(p.role),
  }));

  const assessed = policy.institution?.conditions ?? {};
  const conditions = model.organisationalConditions.map((id) => {
    const name = ORGANISATIONAL_CONDITIONS.find((c) => c.id === id)!.name;
    const given = assessed[id as keyof typeof assessed];
    if (given !== undefined) return { id, name, met: given };
    // Two conditions can be read off the data: nobody both social and benefits worker; nobody over 20.
    if (id === 'separation-of-benefits' && activeSocial > 0) {
      const both = [...seen['social-worker']].some((w) => seen['benefits-worker'].has(w));
      return { id, name, met: !both, inferred: true };
    }
    if (id === 'caseload-20' && activeSocial > 0) {
      // The caseload rule's own count (active cases, norm scaled by FTE): nobody over it.
      const over = caseloadByWorker(records, rules).rows.some(
        (r) => r.role === 'social-worker' && (r.status === 'over' || r.status === 'over-statutory'),
      );
      return {
        id,
        name,
        met: !over,
        inferred: true,
      };
    }
    return { id, name, met: null };
  });

  const services = (policy.institution?.services ?? []).map((s) => {
    const done = new Set<string>(s.completed);
    const stages = SERVICE_ORGANISATION_STAGES.map((o) => ({ id: o.id, name: o.name, done: done.has(o.id) }));
    const next = stages.find((o) => !o.done)?.id;
    return {
      standard: s.standard,
      name: STANDARDS.find((x) => x.id === s.standard)!.shortName,
      stages,
      done: stages.filter((o) => o.done).length,
      ...(next ? { next } : {}),
    };
  });

  return { type, model: model.name, staffing, statutoryMinimum, positions, conditions, services };
}
