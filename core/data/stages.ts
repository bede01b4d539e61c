import * as z from 'zod';
import { MethodicalStage } from '../schema/standard.ts';

// docs/standard.md §1.2–1.3; docs/standard.md "Methodical stages of social work".
export const STAGES: MethodicalStage[] = z.array(MethodicalStage).parse([
  {
    id: '1a',
    name: { pl: 'Rozpoznanie sytuacji', en: 'Recognition of the situation' },
    sixStageAlias: ['I'],
    purpose: {
      pl: 'Zrozumienie problemu, z którym przychodzi klient, jego słowami; wyjaśnienie oddzielenia pracy socjalnej od świadczeń.',
      en: "Understand the problem the client brings, in the client's words; explain the separation of social work from benefits.",
    },
    evidence: 'seed',
  },
  {
    id: '1b',
    name: {
      pl: 'Diagnoza specjalistyczna (wywiady specjalistyczne)',
      en: 'Specialist diagnosis (specialist interviews)',
    },
    sixStageAlias: ['I'],
    purpose: {
      pl: 'Pogłębienie diagnozy według kategorii klienta: wywiad specjalistyczny i narzędzia fakultatywne.',
      en: "Deepen the diagnosis by the client's category: specialist interview and optional tools.",
    },
    evidence: 'seed',
  },
  {
    id: '1c',
    name: { pl: 'Ocena sytuacji (diagnoza)', en: 'Assessment of the situation (diagnosis)' },
    sixStageAlias: ['I'],
    purpose: {
      pl: 'Synteza: problemy, przyczyny, zasoby i ograniczenia uzgodnione z klientem.',
      en: 'Synthesis: problems, causes, resources and limitations agreed with the client.',
    },
    evidence: 'seed',
  },
  {
    id: '2',
    name: { pl: 'Wyznaczenie celów działania', en: 'Setting the goals of action' },
    sixStageAlias: ['II'],
    purpose: {
      pl: 'Cel ogólny i okres jego realizacji; cele szczegółowe z obserwowalnymi kryteriami osiągnięcia.',
      en: 'General goal and its period; specific goals with observable success criteria.',
    },
    evidence: 'source',
  },
  {
    id: '3',
    name: {
      pl: 'Opracowanie planu działania i budowa indywidualnego pakietu usług',
      en: 'Action plan and the individual service package',
    },
    sixStageAlias: ['III'],
    purpose: {
      pl: 'Kto, co i kiedy robi; indywidualny pakiet usług (KIS, poradnictwo, doradca zawodowy, opieka nad osobami zależnymi).',
      en: 'Who does what and when; the individual service package (KIS, counselling, vocational adviser, care for dependants).',
    },
    evidence: 'source',
  },
  {
    id: '4',
    name: {
      pl: 'Realizacja planu działania i systematyczna ewaluacja',
      en: 'Carrying out the plan and systematic evaluation',
    },
    sixStageAlias: ['IV', 'V'],
    purpose: {
      pl: 'Realizacja planu z klientem i w jego imieniu; okresowa ocena postępów względem kryteriów.',
      en: 'Carry out the plan with and on behalf of the client; periodic review of progress against the criteria.',
    },
    evidence: 'unconfirmed',
  },
  {
    id: '5',
    name: {
      pl: 'Ewaluacja końcowa i zakończenie pracy socjalnej',
      en: 'Final evaluation and closing social work',
    },
    sixStageAlias: ['VI'],
    purpose: {
      pl: 'Ocena efektów względem celów umowy; zakończenie albo ponowne planowanie.',
      en: "Assess the effects against the agreement's goals; close or re-plan.",
    },
    evidence: 'unconfirmed',
  },
]);

const ORDER: Record<string, number> = Object.fromEntries(STAGES.map((s, i) => [s.id, i]));

/** Position in the standard order 1a < 1b < 1c < 2 < 3 < 4 < 5. */
export function stageOrder(stage: string): number {
  return ORDER[stage] ?? -1;
}

export const DIAGNOSIS_STAGES = ['1a', '1b', '1c'] as const;
