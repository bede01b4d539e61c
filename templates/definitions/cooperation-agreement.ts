import { addDays } from '../../core/index.ts';
import { agreementDates, diagnosisDate } from '../case-facts.ts';
import type { TemplateDefinition } from '../model.ts';
import {
  CASE_REFERENCE,
  DEMO_CENTRE_ADDRESS,
  DEMO_CLIENT,
  DEMO_INVOLVED,
  agreementSignatures,
  caseId,
  centreAddress,
  centreName,
  clientActions,
  clientName,
  demoGoal,
  involved,
  otherParties,
  place,
  workerActions,
  workerName,
} from './common.ts';

// docs/standard.md §4.1: Umowa współpracy, tool nr 3 — parties (1), the basis, goals (2: general goal with its
// period, specific goals and effects in rows A, B, C…), the plan (3) per goal with the client's and the
// worker's actions, no hours accounting (Toruń feedback); then the service package and the reviews.
export const cooperationAgreement: TemplateDefinition = {
  id: 'cooperation-agreement',
  name: { pl: 'Umowa współpracy', en: 'Cooperation agreement' },
  fileName: 'umowa-wspolpracy',
  tool: 'oo-cooperation-agreement',
  stages: ['2', '3'],
  evidence: 'source',
  frame: {
    dateline: { pl: '{place}, dnia {drawnUpOn} r.', en: '{place}, {drawnUpOn}' },
    references: [CASE_REFERENCE],
    subtitle: {
      pl: 'Narzędzie pracy socjalnej nr 3 – etap 2 (wyznaczenie celów działania) i etap 3 (plan działania i indywidualny pakiet usług); wypełnia pracownik socjalny wspólnie z klientem',
      en: 'Social-work tool no. 3 – stage 2 (setting goals) and stage 3 (action plan and individual service package); filled in by the social worker together with the client',
    },
    clause: {
      pl: 'zawarta w dniu {drawnUpOn} r. pomiędzy klientem a pracownikiem socjalnym, wymienionymi w punkcie 1',
      en: 'made on {drawnUpOn} between the client and the social worker named in point 1',
    },
  },
  sections: [
    {
      id: 'details',
      title: { pl: 'Dane umowy', en: 'Agreement details' },
      heading: 'none',
      blocks: [
        centreName,
        centreAddress,
        caseId,
        { ...place, required: true },
        {
          id: 'drawnUpOn',
          kind: 'date',
          label: { pl: 'Data sporządzenia umowy', en: 'Date drawn up' },
          required: true,
        },
      ],
    },
    {
      id: 'parties',
      title: { pl: 'Strony umowy współpracy', en: 'Parties to the cooperation agreement' },
      help: otherParties.help!,
      blocks: [
        {
          kind: 'line',
          label: { pl: 'Klient', en: 'Client' },
          text: {
            pl: '{clientName}, adres zamieszkania: {clientAddress}, tel. {clientPhone}',
            en: '{clientName}, residential address: {clientAddress}, phone {clientPhone}',
          },
          fields: [
            clientName,
            {
              id: 'clientAddress',
              kind: 'text',
              label: { pl: 'Klient – adres zamieszkania', en: 'Client – residential address' },
              required: true,
            },
            { id: 'clientPhone', kind: 'text', label: { pl: 'Klient – telefon', en: 'Client – phone' } },
          ],
        },
        {
          kind: 'line',
          label: { pl: 'Pracownik socjalny', en: 'Social worker' },
          text: {
            pl: '{workerName}, adres siedziby: {workerOffice}, tel. {workerPhone}',
            en: '{workerName}, office address: {workerOffice}, phone {workerPhone}',
          },
          fields: [
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
          ],
        },
        otherParties,
      ],
    },
    {
      id: 'basis',
      title: { pl: 'Podstawa umowy', en: 'Basis of the agreement' },
      heading: 'none',
      blocks: [
        {
          kind: 'line',
          text: {
            pl: 'Podstawą umowy jest „Diagnoza – ocena sytuacji” sporządzona dnia {diagnosisDate} r.',
            en: 'The agreement is based on the “Diagnosis – assessment of the situation” drawn up on {diagnosisDate}.',
          },
          fields: [
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
      ],
    },
    {
      id: 'aims',
      title: { pl: 'Cele współpracy', en: 'Goals of cooperation' },
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
          label: { pl: 'Cel ogólny', en: 'General goal' },
          help: {
            pl: 'Do czego wspólnie dążymy, jaki problem (problemy) chcemy rozwiązać – słowami klienta.',
            en: "What we are jointly aiming at, which problem(s) we want to solve – in the client's words.",
          },
          required: true,
        },
        {
          kind: 'line',
          label: { pl: 'Okres realizacji', en: 'Period' },
          text: { pl: 'od {periodFrom} r. do {periodTo} r.', en: 'from {periodFrom} to {periodTo}' },
          fields: [
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
          id: 'goals',
          kind: 'list',
          label: { pl: 'Cele szczegółowe i efekty', en: 'Specific goals and effects' },
          help: {
            pl: 'Co trzeba zrobić i po czym poznamy, że się udało; odnieś się do każdego obszaru życia związanego z problemem (materialny, mieszkaniowy, zdrowotny, rodzinny…). Przy każdym celu wpisz działania klienta i pracownika (plan działań).',
            en: 'What must be done and how we will know it is achieved; cover every life area tied to the problem (material, housing, health, family…). Give each goal the actions of the client and of the worker (the action plan).',
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
      id: 'plan',
      title: { pl: 'Plan działań', en: 'Action plan' },
      help: {
        pl: 'Działania klienta i pracownika socjalnego wpisuje się przy każdym celu szczegółowym (część „Cele współpracy”).',
        en: "The client's and the social worker's actions are entered with each specific goal (“Goals of cooperation”).",
      },
      blocks: [{ kind: 'details', list: 'goals', title: { pl: 'Cel {n}', en: 'Goal {n}' } }],
    },
    {
      id: 'support',
      title: {
        pl: 'Inne osoby i instytucje zaangażowane (indywidualny pakiet usług)',
        en: 'Other people and institutions involved (individual service package)',
      },
      blocks: [involved],
    },
    {
      id: 'reviews',
      title: { pl: 'Przeglądy umowy', en: 'Reviews of the agreement' },
      blocks: [
        {
          id: 'reviewDates',
          kind: 'dates',
          label: { pl: 'Terminy przeglądów', en: 'Review dates' },
          help: {
            pl: 'Terminy w okresie realizacji umowy.',
            en: 'Dates inside the period of the agreement.',
          },
          required: true,
        },
        {
          kind: 'note',
          text: {
            pl: 'Na przeglądzie klient i pracownik socjalny oceniają postęp wobec kryteriów z punktu 2 i w razie potrzeby zmieniają plan działań.',
            en: 'At a review the client and the social worker assess progress against the criteria of point 2 and change the plan if needed.',
          },
        },
      ],
    },
    {
      id: 'signatures',
      title: { pl: 'Podpisy stron', en: 'Signatures of the parties' },
      heading: 'none',
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
  prefill: (record) => ({ diagnosisDate: diagnosisDate(record), ...agreementDates(record, false) }),
  demo: {
    pick: (r) =>
      r.agreement !== undefined &&
      !r.agreement.crisisVariant &&
      r.agreement.reviewDates.length > 0 &&
      diagnosisDate(r) !== undefined,
    values: (pre, asOf) => {
      const from = (pre.periodFrom as string | undefined) ?? addDays(asOf, -10);
      const to = (pre.periodTo as string | undefined) ?? addDays(from, 180);
      const due = (days: number) => (addDays(from, days) > to ? to : addDays(from, days));
      return {
        ...DEMO_CLIENT,
        centreAddress: DEMO_CENTRE_ADDRESS,
        drawnUpOn: from,
        place: 'Toruń',
        clientPhone: '600 000 000',
        workerOffice: DEMO_CENTRE_ADDRESS,
        workerPhone: '56 000 00 01',
        otherParties: [{ name: 'Anna Przykładowa', relation: 'żona', contact: 'ten sam adres' }],
        problemInClientWords: '„Od roku nie mam pracy i nie starcza nam na opłaty.”',
        generalGoal: '„Chcę znaleźć stałą pracę i spłacić zaległości za mieszkanie.”',
        periodFrom: from,
        periodTo: to,
        goals: [
          demoGoal(
            due,
            'Praca',
            'Podjęcie zatrudnienia lub stażu',
            'Klient ma umowę o pracę lub skierowanie na staż',
            ['Zarejestruję się w powiatowym urzędzie pracy i pójdę na spotkanie z doradcą', 14],
            ['Umówię spotkanie z doradcą zawodowym i przekażę informację o KIS', 7],
          ),
          demoGoal(
            due,
            'Mieszkanie',
            'Ugoda w sprawie zaległości czynszowych',
            'Podpisana ugoda ze spółdzielnią',
            ['Pójdę do spółdzielni i zapytam o rozłożenie długu na raty', 21],
            ['Pomogę przygotować wniosek o ugodę', 14],
          ),
        ],
        involved: DEMO_INVOLVED,
        reviewDates: [due(60), due(120)],
      };
    },
  },
};
