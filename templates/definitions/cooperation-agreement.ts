import type { TemplateDefinition } from '../model.ts';
import {
  agreementSignatures,
  caseId,
  clientActions,
  clientName,
  involved,
  otherParties,
  workerActions,
  workerName,
} from './common.ts';

// docs/standard.md §4.1: Umowa współpracy, tool nr 3, OO_3 — sections 1–4 as in the form; the plan as
// tables of the client's and the worker's actions per goal, no hours accounting (Toruń feedback).
export const cooperationAgreement: TemplateDefinition = {
  id: 'cooperation-agreement',
  name: { pl: 'Umowa współpracy', en: 'Cooperation agreement' },
  tool: 'oo-cooperation-agreement',
  stages: ['2', '3'],
  evidence: 'source',
  subtitle: {
    pl: 'Narzędzie pracy socjalnej nr 3 (OO_3) · Etap 2 – wyznaczenie celów działania; Etap 3 – plan działania i indywidualny pakiet usług · obligatoryjne, ogólne · wypełnia pracownik socjalny wspólnie z klientem',
    en: 'Social-work tool no. 3 (OO_3) · Stage 2 – setting goals; Stage 3 – action plan and individual service package · obligatory, general · filled in by the social worker together with the client',
  },
  sections: [
    {
      id: 'details',
      title: { pl: 'Dane umowy', en: 'Agreement details' },
      blocks: [
        caseId,
        {
          id: 'drawnUpOn',
          kind: 'date',
          label: { pl: 'Data sporządzenia umowy', en: 'Date drawn up' },
          required: true,
        },
        { id: 'place', kind: 'text', label: { pl: 'Miejscowość', en: 'Place' }, required: true },
      ],
    },
    {
      id: 'parties',
      title: { pl: '1. Strony umowy współpracy', en: '1. Parties to the cooperation agreement' },
      help: otherParties.help!,
      blocks: [
        clientName,
        {
          id: 'clientAddress',
          kind: 'text',
          label: { pl: 'Klient – adres zamieszkania', en: 'Client – residential address' },
          required: true,
        },
        { id: 'clientPhone', kind: 'text', label: { pl: 'Klient – telefon', en: 'Client – phone' } },
        workerName,
        {
          id: 'workerOffice',
          kind: 'text',
          label: { pl: 'Pracownik socjalny – adres siedziby', en: 'Social worker – office address' },
        },
        {
          id: 'workerPhone',
          kind: 'text',
          label: { pl: 'Pracownik socjalny – telefon', en: 'Social worker – phone' },
        },
        otherParties,
      ],
    },
    {
      id: 'basis',
      title: { pl: 'Podstawa umowy', en: 'Basis of the agreement' },
      blocks: [
        {
          kind: 'note',
          text: {
            pl: 'Podstawą umowy jest „Diagnoza – ocena sytuacji” (etap 1c) sporządzona dnia:',
            en: 'The agreement is based on the “Diagnosis – assessment of the situation” (stage 1c) drawn up on:',
          },
        },
        {
          id: 'diagnosisDate',
          kind: 'date',
          label: {
            pl: 'Data diagnozy – oceny sytuacji (etap 1c)',
            en: 'Date of the diagnosis – assessment (stage 1c)',
          },
          help: {
            pl: 'Kwestionariusz „Diagnoza – ocena sytuacji” jest formalną podstawą umowy.',
            en: 'The questionnaire “Diagnosis – assessment of the situation” is the formal basis of the agreement.',
          },
          required: true,
        },
      ],
    },
    {
      id: 'aims',
      title: { pl: '2. Cele współpracy', en: '2. Goals of cooperation' },
      blocks: [
        {
          id: 'problemInClientWords',
          kind: 'long-text',
          label: { pl: 'Problem – słowami klienta', en: "The problem – in the client's words" },
          help: {
            pl: 'Zapisz problem tak, jak nazywa go klient (podmiotowość, samostanowienie).',
            en: 'Write the problem as the client names it (agency, self-determination).',
          },
          required: true,
        },
        {
          id: 'generalGoal',
          kind: 'long-text',
          label: { pl: '2.1. Cel ogólny', en: '2.1. General goal' },
          help: {
            pl: 'Do czego wspólnie dążymy, jaki problem (problemy) chcemy rozwiązać – słowami klienta.',
            en: "What we are jointly aiming at, which problem(s) we want to solve – in the client's words.",
          },
          required: true,
        },
        {
          id: 'periodFrom',
          kind: 'date',
          label: { pl: 'Okres realizacji – od', en: 'Period – from' },
          required: true,
        },
        {
          id: 'periodTo',
          kind: 'date',
          label: { pl: 'Okres realizacji – do', en: 'Period – to' },
          help: {
            pl: 'Okres potrzebny do osiągnięcia celu ogólnego.',
            en: 'The period needed to achieve the general goal.',
          },
          required: true,
        },
      ],
    },
    {
      id: 'plan',
      title: {
        pl: '3. Cele szczegółowe, efekty i plan działań',
        en: '3. Specific goals, effects and action plan',
      },
      blocks: [
        {
          id: 'goals',
          kind: 'list',
          layout: 'blocks',
          label: { pl: '2.2. Cele szczegółowe i efekty', en: '2.2. Specific goals and effects' },
          help: {
            pl: 'Co trzeba zrobić i po czym poznamy, że się udało; odnieś się do każdego obszaru życia związanego z problemem (materialny, mieszkaniowy, zdrowotny, rodzinny…).',
            en: 'What must be done and how we will know it is achieved; cover every life area tied to the problem (material, housing, health, family…).',
          },
          itemLabel: { pl: 'Cel', en: 'Goal' },
          numbering: 'letters',
          required: true,
          item: [
            {
              id: 'area',
              kind: 'text',
              label: { pl: 'Obszar / sytuacja', en: 'Area / situation' },
              required: true,
            },
            {
              id: 'aim',
              kind: 'long-text',
              label: { pl: 'Co chcemy osiągnąć?', en: 'What do we want to achieve?' },
              required: true,
            },
            {
              id: 'evidence',
              kind: 'long-text',
              label: { pl: 'Po czym poznamy, że to osiągnęliśmy?', en: 'How will we know we achieved it?' },
              required: true,
            },
            clientActions,
            workerActions,
          ],
        },
      ],
    },
    {
      id: 'support',
      title: {
        pl: '4. Inne osoby i instytucje zaangażowane',
        en: '4. Other people and institutions involved',
      },
      blocks: [involved],
    },
    {
      id: 'reviews',
      title: { pl: '5. Przeglądy umowy', en: '5. Reviews of the agreement' },
      blocks: [
        {
          id: 'reviewDates',
          kind: 'dates',
          label: { pl: 'Terminy przeglądów', en: 'Review dates' },
          help: {
            pl: 'Na przeglądzie klient i pracownik oceniają postęp wobec kryteriów z części 3 i w razie potrzeby zmieniają plan. Terminy w okresie umowy.',
            en: 'At a review the client and the worker assess progress against the criteria of part 3 and change the plan if needed. Dates inside the period.',
          },
          required: true,
        },
      ],
    },
    {
      id: 'signatures',
      title: { pl: '6. Podpisy stron', en: '6. Signatures of the parties' },
      blocks: [agreementSignatures],
    },
  ],
  rules: [
    { kind: 'date-order', earlier: 'periodFrom', later: 'periodTo' },
    { kind: 'date-order', earlier: 'diagnosisDate', later: 'drawnUpOn' },
    { kind: 'dates-within', dates: 'reviewDates', from: 'periodFrom', to: 'periodTo' },
    { kind: 'dates-within', dates: 'goals[].clientActions[].due', from: 'periodFrom', to: 'periodTo' },
    { kind: 'dates-within', dates: 'goals[].workerActions[].due', from: 'periodFrom', to: 'periodTo' },
  ],
};
