/**
 * Institution models (modele instytucji) of Projekt 1.18 and the organisational conditions of professional
 * social work: docs/standard.md §5, roles and institution types from docs/standard.md.
 */
import * as z from 'zod';
import type { Localized } from '../schema/common.ts';
import { InstitutionModel, OrganisationalCondition, Position } from '../schema/standard.ts';

export const ORGANISATIONAL_CONDITION_IDS = [
  'separation-of-benefits',
  'induction',
  'training-supervision',
  'development-path',
  'employee-evaluation',
  'workload-analysis',
  'caseload-20',
] as const;
export type OrganisationalConditionId = (typeof ORGANISATIONAL_CONDITION_IDS)[number];
type OrganisationalConditionInput = z.input<typeof OrganisationalCondition> & {
  id: OrganisationalConditionId;
};
type PositionInput = z.input<typeof Position>;
type InstitutionModelInput = z.input<typeof InstitutionModel> & {
  organisationalConditions: OrganisationalConditionId[];
};

// docs/standard.md §5.4 and §5.3 [SEED-000]: the conditions the OPS and MOPS/MOPR models set for social work.
export const ORGANISATIONAL_CONDITIONS: z.infer<typeof OrganisationalCondition>[] = z
  .array(OrganisationalCondition)
  .parse([
    {
      id: 'separation-of-benefits',
      name: {
        pl: 'Oddzielenie procedury administracyjnej przyznawania świadczeń pomocy społecznej od pracy socjalnej',
        en: 'Separating the administrative procedure for granting social-assistance benefits from social work',
      },
      evidence: 'seed',
    },
    {
      id: 'induction',
      name: {
        pl: 'System rekrutacji i wdrażania do pracy nowych pracowników z pomocą doświadczonych pracowników',
        en: 'Recruitment and induction of new workers, helped by experienced colleagues',
      },
      evidence: 'seed',
    },
    {
      id: 'training-supervision',
      name: {
        pl: 'Dostęp pracowników do szkoleń, superwizji i konsultacji (uzupełniająco: grupy wsparcia przeciwdziałające wypaleniu zawodowemu, seminaria, konferencje, wizyty studyjne)',
        en: 'Workers’ access to training, supervision and consultation (also support groups against burnout, seminars, conferences, study visits)',
      },
      evidence: 'seed',
    },
    {
      id: 'development-path',
      name: {
        pl: 'Określenie i realizowanie indywidualnej ścieżki rozwoju zawodowego pracowników socjalnych',
        en: 'An individual professional-development path for each social worker, set and followed',
      },
      evidence: 'seed',
    },
    {
      id: 'employee-evaluation',
      name: {
        pl: 'System oceny pracowniczej oraz premiowania i nagradzania pracowników',
        en: 'Employee appraisal linked to bonuses and rewards',
      },
      evidence: 'seed',
    },
    {
      id: 'workload-analysis',
      name: {
        pl: 'Analiza obciążenia pracą pracowników socjalnych',
        en: 'Analysis of social workers’ workload',
      },
      evidence: 'seed',
    },
    {
      id: 'caseload-20',
      name: {
        pl: 'Pracownik socjalny pracuje maksymalnie z 20 środowiskami',
        en: 'A social worker works with at most 20 households',
      },
      evidence: 'seed',
    },
  ] satisfies OrganisationalConditionInput[]);

const ALL_CONDITIONS: OrganisationalConditionId[] = [...ORGANISATIONAL_CONDITION_IDS];

const INFO_WORKER_DUTIES: Localized = {
  pl: 'Zapoznaje się z problemem, z którym przychodzi osoba; udziela ogólnych informacji o możliwości korzystania z pomocy społecznej, o rodzaju pomocy, jaką można uzyskać od pracownika socjalnego, pracownika ds. świadczeń i innych specjalistów, oraz o procedurze uzyskiwania świadczeń.',
  en: 'Hears what the person comes with; gives general information on using social assistance, on the help available from the social worker, the benefits worker and other specialists, and on the procedure for obtaining benefits.',
};

// docs/standard.md §5.2 [SEED-000][SEED-003 slides 10, 19]: the positions of the models that separate benefits.
const SOCIAL_WORKER: PositionInput = {
  role: 'social-worker',
  name: { pl: 'Pracownik socjalny', en: 'Social worker' },
  duties: {
    pl: 'Prowadzi pracę socjalną metodą indywidualnego przypadku według etapów postępowania metodycznego, z wykorzystaniem narzędzi pracy socjalnej, fakultatywnie także metodą grupową; nie prowadzi postępowań administracyjnych w sprawie świadczeń, lecz wpływa na ich wysokość, formę i rodzaj dzięki współpracy z pracownikiem ds. świadczeń.',
    en: 'Conducts social work by the case-work method along the methodical stages, using the social-work tools, optionally also group work; conducts no administrative proceedings on benefits but influences their amount, form and type by cooperating with the benefits worker.',
  },
  indicator: {
    pl: 'Maksymalnie 20 środowisk na pracownika socjalnego',
    en: 'At most 20 households per social worker',
  },
  status: 'key',
  evidence: 'seed',
};

const BENEFITS_WORKER: PositionInput = {
  role: 'benefits-worker',
  name: { pl: 'Pracownik ds. świadczeń', en: 'Benefits worker' },
  duties: {
    pl: 'Prowadzi całość postępowania administracyjnego w sprawie świadczeń pomocy społecznej, w tym rodzinny wywiad środowiskowy.',
    en: 'Conducts the whole administrative procedure on social-assistance benefits, including the family community interview.',
  },
  indicator: {
    pl: '80 osób/rodzin na pracownika ds. świadczeń',
    en: '80 persons/families per benefits worker',
  },
  status: 'key',
  evidence: 'seed',
};

const COORDINATOR_DUTIES: Localized = {
  pl: 'Koordynuje działania w ramach pracy socjalnej; zna sytuację rodzin i wspiera pracowników w decyzjach o postępowaniu metodycznym w trudnych sytuacjach; zna standardy, model i narzędzia pracy socjalnej i sprawuje nadzór merytoryczny nad wypełnianiem narzędzi; koordynuje spotkania zespołu interdyscyplinarnego.',
  en: 'Coordinates social work; knows the families’ situations and supports workers’ decisions on methodical steps in difficult cases; knows the standards, the model and the social-work tools and oversees how the tools are filled in; coordinates interdisciplinary-team meetings.',
};

// The software's supervisor role (docs/standard.md); the models do not name such a position (docs/standard.md §5.2, §6 DESIGN).
const SUPERVISOR: PositionInput = {
  role: 'supervisor',
  name: { pl: 'Kierownik sprawujący nadzór', en: 'Supervisor (manager)' },
  duties: {
    pl: 'Kieruje zespołem i sprawuje nadzór nad realizacją standardów; odpowiada za analizę obciążenia pracą oraz za dostęp pracowników do szkoleń, superwizji i konsultacji.',
    en: 'Leads the team and oversees how the standards are applied; responsible for workload analysis and for workers’ access to training, supervision and consultation.',
  },
  status: 'optional',
  evidence: 'design',
};

const SEVEN_STAGE_ORGANISATION: Localized = {
  pl: 'Organizacja usług „specjalistycznych” przez jednostkę organizacyjną pomocy społecznej w siedmiu etapach, od diagnozy potrzeb lokalnych do ewaluacji; projekt promuje ich wykonywanie przez organizacje pozarządowe',
  en: 'Organisation of “specialist” services by the social-assistance unit in seven stages, from local needs assessment to evaluation; the project promotes their delivery by NGOs',
};

export const INSTITUTION_MODELS: InstitutionModel[] = z.array(InstitutionModel).parse([
  // docs/standard.md §5.1 [SEED-000][SRC 14a]
  {
    id: 'ops',
    name: {
      pl: 'Model realizacji usług o określonym standardzie w gminie (model OPS)',
      en: 'Model of delivering services of a set standard in a gmina (OPS model)',
    },
    level: { pl: 'Gmina – ośrodek pomocy społecznej', en: 'Municipality (gmina) – social-assistance centre' },
    elements: [
      {
        pl: 'Rozwiązania organizacyjne umożliwiające świadczenie usług o określonym standardzie',
        en: 'Organisational arrangements that make services of a set standard possible',
      },
      {
        pl: 'Warunki organizacyjne prowadzenia profesjonalnej pracy socjalnej, w tym rozwiązania modelowe oddzielenia procedury administracyjnej przyznawania świadczeń od pracy socjalnej',
        en: 'Organisational conditions for professional social work, including the model separation of the administrative benefit procedure from social work',
      },
      SEVEN_STAGE_ORGANISATION,
    ],
    positions: [
      {
        role: 'info-worker',
        name: { pl: 'Pracownik udzielający informacji', en: 'Information worker' },
        duties: INFO_WORKER_DUTIES,
        status: 'key',
        // Named as a key position of the MOPS/MOPR model (docs/standard.md §5.2); for the OPS model not read.
        evidence: 'unconfirmed',
      },
      SOCIAL_WORKER,
      BENEFITS_WORKER,
      {
        role: 'social-work-coordinator',
        name: { pl: 'Kierownik / koordynator pracy socjalnej', en: 'Social-work manager / coordinator' },
        duties: COORDINATOR_DUTIES,
        status: 'proposed',
        // Proposed by MOPR Toruń workers for their model (docs/standard.md §5.2); carried over to OPS by analogy.
        evidence: 'unconfirmed',
      },
      SUPERVISOR,
    ],
    employmentIndicators: {
      socialWorkerCases: 20,
      benefitsWorkerCases: 80,
      note: {
        pl: 'Wskaźnik zatrudnienia: pracownik socjalny – 20 środowisk, pracownik ds. świadczeń – 80 środowisk.',
        en: 'Employment indicator: social worker – 20 households, benefits worker – 80 households.',
      },
    },
    organisationalConditions: ALL_CONDITIONS,
    separatesBenefitsFromSocialWork: true,
    authors: ['K. Jasiak', 'R. Kamionka', 'S. Myjak', 'A. Roznerski', 'A. Włoch', 'B. Kowalczyk (red.)'],
    evidence: 'seed',
  },

  // docs/standard.md §5.1 [SEED-000][SRC 14c]: the PCPR model is named for specialist services, not social work.
  {
    id: 'pcpr',
    name: {
      pl: 'Model realizacji usług o określonym standardzie w powiecie (model PCPR)',
      en: 'Model of delivering services of a set standard in a powiat (PCPR model)',
    },
    level: {
      pl: 'Powiat – powiatowe centrum pomocy rodzinie',
      en: 'County (powiat) – county family-support centre',
    },
    elements: [
      {
        pl: 'Rozwiązania organizacyjne umożliwiające świadczenie usług o określonym standardzie',
        en: 'Organisational arrangements that make services of a set standard possible',
      },
      SEVEN_STAGE_ORGANISATION,
    ],
    positions: [SUPERVISOR],
    employmentIndicators: {
      note: {
        pl: 'Model PCPR nie jest wymieniony wśród modeli wdrażających standardy pracy socjalnej (te dotyczą OPS i MOPS/MOPR), więc wskaźniki 20/80 go nie obejmują.',
        en: 'The PCPR model is not among the models implementing the social-work standards (those are OPS and MOPS/MOPR), so the 20/80 indicators do not cover it.',
      },
    },
    organisationalConditions: [],
    separatesBenefitsFromSocialWork: false,
    authors: ['K. Buchajczuk', 'A. Data', 'K. Misiuna', 'I. Obiegły', 'J. Sobczak'],
    evidence: 'seed',
  },

  // docs/standard.md §5.1–5.2 [SEED-003 slides 2, 10–13, 19][SRC 14b], §0.1 benefits-worker wording
  {
    id: 'mops',
    name: {
      pl: 'Model realizacji usług o określonym standardzie w mieście na prawach powiatu (model MOPS/MOPR)',
      en: 'Model of delivering services of a set standard in a city with powiat rights (MOPS/MOPR model)',
    },
    level: {
      pl: 'Miasto na prawach powiatu – miejski ośrodek pomocy społecznej / rodzinie',
      en: 'City with powiat rights – municipal social-assistance / family-support centre',
    },
    elements: [
      { pl: 'Cele, wartości i zasady MOPS/MOPR', en: 'Goals, values and principles of the MOPS/MOPR' },
      {
        pl: 'Rola i miejsce MOPS/MOPR w lokalnym systemie pomocy społecznej',
        en: 'Role and place of the MOPS/MOPR in the local social-assistance system',
      },
      {
        pl: 'Sposób realizacji usług o określonym standardzie przez MOPS/MOPR',
        en: 'How the MOPS/MOPR delivers services of a set standard',
      },
      {
        pl: 'Warunki organizacyjne prowadzenia profesjonalnej pracy socjalnej, w tym rozwiązania modelowe oddzielenia procedury administracyjnej przyznawania świadczeń od pracy socjalnej',
        en: 'Organisational conditions for professional social work, including the model separation of the administrative benefit procedure from social work',
      },
      {
        pl: 'Struktura: obszary działania, stanowiska kluczowe, kwalifikacje osób zatrudnionych na stanowiskach kluczowych, wskaźniki zatrudnienia',
        en: 'Structure: areas of activity, key positions, qualifications of key staff, employment indicators',
      },
    ],
    positions: [
      {
        role: 'info-worker',
        name: { pl: 'Pracownik udzielający informacji', en: 'Information worker' },
        duties: {
          pl: `${INFO_WORKER_DUTIES.pl} W MOPR w Toruniu stanowiska nie wyodrębniono: obowiązki przejęli kierownicy, a przy wejściu ustawiono infomat.`,
          en: `${INFO_WORKER_DUTIES.en} MOPR Toruń did not create the post: managers took on the duties and an information kiosk was placed at the entrance.`,
        },
        status: 'key',
        evidence: 'seed',
      },
      SOCIAL_WORKER,
      {
        ...BENEFITS_WORKER,
        // docs/standard.md §0.1: the model's methodological annex names the post "pracownik socjalny ds. świadczeń".
        name: {
          pl: 'Pracownik ds. świadczeń (w aneksie modelu: pracownik socjalny ds. świadczeń)',
          en: 'Benefits worker (in the model’s annex: social worker for benefits)',
        },
      },
      {
        role: 'social-work-coordinator',
        name: {
          pl: 'Kierownik / koordynator pracy pracowników socjalnych',
          en: 'Manager / coordinator of the social workers’ work',
        },
        duties: COORDINATOR_DUTIES,
        status: 'proposed',
        evidence: 'seed',
      },
      SUPERVISOR,
    ],
    employmentIndicators: {
      socialWorkerCases: 20,
      benefitsWorkerCases: 80,
      note: {
        pl: 'W MOPR w Toruniu pilotaż objął 160 osób/rodzin: 8 pracowników socjalnych (po 20 środowisk) i 2 pracowników ds. świadczeń (po 80), czyli 4 pracowników socjalnych i 1 pracownik ds. świadczeń na standard.',
        en: 'At MOPR Toruń the pilot covered 160 persons/families: 8 social workers (20 households each) and 2 benefits workers (80 each), i.e. 4 social workers and 1 benefits worker per standard.',
      },
    },
    organisationalConditions: ALL_CONDITIONS,
    separatesBenefitsFromSocialWork: true,
    authors: [
      'K. Janiszewska',
      'E. Kamińska',
      'L. Kozaczuk',
      'M. Lasota',
      'M. Remiezowicz',
      'J. Sutryk',
      'B. Kowalczyk (red.)',
    ],
    evidence: 'seed',
  },

  // docs/standard.md §5.1: the CIS model is named in SEED-000, its details were not read.
  {
    id: 'cis',
    name: {
      pl: 'Model Centrum Integracji Społecznej (model CIS)',
      en: 'Social Integration Centre model (CIS model)',
    },
    level: {
      pl: 'Centrum Integracji Społecznej (szczegóły modelu niepotwierdzone)',
      en: 'Social Integration Centre (model details unconfirmed)',
    },
    elements: [
      {
        pl: 'W Toruniu Klub Integracji Społecznej finansowano ze środków przekazanych partnerowi prowadzącemu Centrum Integracji Społecznej (CISTOR Stowarzyszenie Partnerstwo Społeczne)',
        en: 'In Toruń the Social Integration Club was financed from funds passed to the partner running the Social Integration Centre (CISTOR Stowarzyszenie Partnerstwo Społeczne)',
      },
    ],
    positions: [],
    employmentIndicators: {
      note: {
        pl: 'Szczegóły modelu CIS, w tym stanowiska i wskaźniki zatrudnienia, nie zostały odczytane ze źródeł.',
        en: 'The details of the CIS model, including positions and employment indicators, were not read from the sources.',
      },
    },
    organisationalConditions: [],
    separatesBenefitsFromSocialWork: false,
    authors: [],
    evidence: 'unconfirmed',
  },

  // docs/standard.md §7 legal layer [SRC 39–42]: CUS as a fifth institution type is a design choice.
  {
    id: 'cus',
    name: {
      pl: 'Centrum usług społecznych (CUS)',
      en: 'Social services centre (CUS)',
    },
    level: {
      pl: 'Gmina – od 1 stycznia 2020 r., na podstawie ustawy z dnia 19 lipca 2019 r. o realizowaniu usług społecznych przez centrum usług społecznych (Dz.U. 2019 poz. 1818)',
      en: 'Municipality (gmina) – since 1 January 2020, under the Act of 19 July 2019 on social services delivered by a social services centre (Dz.U. 2019 item 1818)',
    },
    elements: [
      {
        pl: 'Gmina może przekształcić ośrodek pomocy społecznej w CUS albo utworzyć CUS na podstawie porozumienia gmin, a w miastach powyżej 100 tys. mieszkańców – także jako odrębną jednostkę',
        en: 'A gmina may transform its social-assistance centre into a CUS or set one up by an inter-municipal agreement, and in cities above 100,000 inhabitants also as a separate unit',
      },
      {
        pl: '14 obszarów usług społecznych i lokalny program usług społecznych',
        en: '14 areas of social services and a local programme of social services',
      },
      {
        pl: 'Indywidualny plan usług społecznych z koordynatorem – w oprogramowaniu odpowiednik umowy współpracy',
        en: 'An individual plan of social services with a coordinator – in the software a sibling of the cooperation agreement',
      },
      {
        pl: 'Organizator usług społecznych i organizator społeczności lokalnej',
        en: 'An organiser of social services and an organiser of the local community',
      },
    ],
    positions: [
      {
        role: 'info-worker',
        name: { pl: 'Pracownik udzielający informacji', en: 'Information worker' },
        duties: INFO_WORKER_DUTIES,
        status: 'optional',
        evidence: 'design',
      },
      // No indicators: the 20/80 norms belong to the separation, unconfirmed for CUS (docs/standard.md §7).
      {
        role: 'social-worker',
        name: SOCIAL_WORKER.name,
        duties: SOCIAL_WORKER.duties,
        status: 'key',
        evidence: 'design',
      },
      {
        role: 'benefits-worker',
        name: BENEFITS_WORKER.name,
        duties: BENEFITS_WORKER.duties,
        status: 'optional',
        evidence: 'design',
      },
      SUPERVISOR,
    ],
    employmentIndicators: {
      note: {
        pl: 'Czy przepisy o CUS wymagają oddzielenia świadczeń od pracy socjalnej – niepotwierdzone; centrum może przyjąć rozdzielenie i wskaźniki 20/80 modelu OPS jako własne rozwiązanie (projekt).',
        en: 'Whether the CUS law requires separating benefits from social work is unconfirmed; a centre may adopt the OPS model’s separation and 20/80 indicators as its own arrangement (design).',
      },
    },
    // docs/standard.md §7: separation unconfirmed for CUS, so only the professional-development conditions are listed.
    organisationalConditions: [
      'induction',
      'training-supervision',
      'development-path',
      'employee-evaluation',
      'workload-analysis',
    ],
    separatesBenefitsFromSocialWork: false,
    authors: [],
    evidence: 'design',
  },
] satisfies InstitutionModelInput[]);
