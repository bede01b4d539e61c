import { addDays } from '../../core/index.ts';
import { agreementDates, currentStage, diagnosisDate, stageOn } from '../case-facts.ts';
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
  involved,
  otherParties,
  place,
  stageChoice,
  workerActions,
  workerName,
} from './common.ts';

// docs/standard.md §1.6: in a crisis the agreement is written at the stage the worker chooses, for the
// intervention's actions, and extended after diagnosis; short on purpose (documentation burden).
export const cooperationAgreementCrisis: TemplateDefinition = {
  id: 'cooperation-agreement-crisis',
  name: { pl: 'Umowa współpracy – interwencja', en: 'Cooperation agreement – intervention' },
  fileName: 'umowa-wspolpracy-interwencja',
  tool: 'oo-cooperation-agreement',
  stages: 'any',
  evidence: 'seed',
  frame: {
    dateline: { pl: '{place}, dnia {drawnUpOn} r.', en: '{place}, {drawnUpOn}' },
    references: [CASE_REFERENCE],
    subtitle: {
      pl: 'Umowa w sytuacji kryzysowej, na dowolnym etapie pracy socjalnej; po diagnozie rozszerzana do pełnej umowy współpracy',
      en: 'An agreement in a crisis, at any stage of social work; extended into the full cooperation agreement after diagnosis',
    },
    clause: {
      pl: 'zawarta w dniu {drawnUpOn} r. pomiędzy klientem a pracownikiem socjalnym, wymienionymi w punkcie 1, na etapie: {stage}',
      en: 'made on {drawnUpOn} between the client and the social worker named in point 1, at stage: {stage}',
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
        place,
        {
          id: 'drawnUpOn',
          kind: 'date',
          label: { pl: 'Data sporządzenia umowy', en: 'Date drawn up' },
          required: true,
        },
        stageChoice(
          'stage',
          { pl: 'Etap, na którym sporządzono umowę', en: 'Stage at which it is written' },
          true,
        ),
      ],
    },
    {
      id: 'parties',
      title: { pl: 'Strony umowy', en: 'Parties' },
      blocks: [
        {
          kind: 'line',
          label: { pl: 'Klient', en: 'Client' },
          text: { pl: '{clientName}', en: '{clientName}' },
          fields: [clientName],
        },
        {
          kind: 'line',
          label: { pl: 'Pracownik socjalny', en: 'Social worker' },
          text: { pl: '{workerName}', en: '{workerName}' },
          fields: [workerName],
        },
        otherParties,
      ],
    },
    {
      id: 'crisis',
      title: { pl: 'Sytuacja kryzysowa', en: 'The crisis' },
      blocks: [
        {
          id: 'situationInClientWords',
          kind: 'long-text',
          label: { pl: 'Sytuacja – słowami klienta', en: "The situation – in the client's words" },
          required: true,
        },
        {
          id: 'safety',
          kind: 'long-text',
          label: { pl: 'Ustalenia dotyczące bezpieczeństwa', en: 'Safety arrangements' },
        },
      ],
    },
    {
      id: 'aims',
      title: { pl: 'Cele interwencji', en: 'Goals of the intervention' },
      blocks: [
        {
          kind: 'line',
          label: { pl: 'Okres obowiązywania', en: 'Period' },
          text: { pl: 'od {periodFrom} r. do {periodTo} r.', en: 'from {periodFrom} to {periodTo}' },
          fields: [
            {
              id: 'periodFrom',
              kind: 'date',
              label: { pl: 'Okres obowiązywania – od', en: 'Period – from' },
              required: true,
            },
            {
              id: 'periodTo',
              kind: 'date',
              label: { pl: 'Okres obowiązywania – do', en: 'Period – to' },
              required: true,
            },
          ],
        },
        {
          id: 'goals',
          kind: 'list',
          label: { pl: 'Cele interwencji', en: 'Goals of the intervention' },
          itemLabel: { pl: 'Cel', en: 'Goal' },
          numbering: 'letters',
          required: true,
          item: [
            {
              id: 'aim',
              kind: 'long-text',
              label: { pl: 'Co chcemy osiągnąć teraz?', en: 'What do we want to achieve now?' },
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
        pl: 'Działania klienta i pracownika socjalnego wpisuje się przy każdym celu interwencji.',
        en: "The client's and the social worker's actions are entered with each goal of the intervention.",
      },
      blocks: [{ kind: 'details', list: 'goals', title: { pl: 'Cel {n}', en: 'Goal {n}' } }],
    },
    {
      id: 'support',
      title: { pl: 'Inne osoby i instytucje zaangażowane', en: 'Other people and institutions involved' },
      blocks: [involved],
    },
    {
      id: 'extension',
      title: { pl: 'Przegląd i rozszerzenie po diagnozie', en: 'Review and extension after diagnosis' },
      help: {
        pl: 'Po diagnozie umowę rozszerza się do pełnej umowy współpracy (cele szczegółowe, plan, przeglądy).',
        en: 'After diagnosis the agreement is extended into the full cooperation agreement (specific goals, plan, reviews).',
      },
      blocks: [
        { id: 'reviewDates', kind: 'dates', label: { pl: 'Terminy przeglądów', en: 'Review dates' } },
        {
          id: 'diagnosisDate',
          kind: 'date',
          label: {
            pl: 'Data diagnozy – oceny sytuacji (etap 1c)',
            en: 'Date of the diagnosis – assessment (stage 1c)',
          },
        },
        {
          id: 'extendedOn',
          kind: 'date',
          label: { pl: 'Data rozszerzenia umowy', en: 'Date of the extension' },
        },
        {
          id: 'extensionNote',
          kind: 'long-text',
          label: { pl: 'Zakres rozszerzenia', en: 'Scope of the extension' },
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
    { kind: 'date-order', earlier: 'drawnUpOn', later: 'extendedOn' },
    { kind: 'date-order', earlier: 'diagnosisDate', later: 'extendedOn' },
    { kind: 'dates-within', dates: 'reviewDates', from: 'periodFrom', to: 'periodTo' },
    { kind: 'dates-within', dates: 'goals[].clientActions[].due', from: 'periodFrom', to: 'periodTo' },
    { kind: 'dates-within', dates: 'goals[].workerActions[].due', from: 'periodFrom', to: 'periodTo' },
  ],
  prefill: (record) => ({
    stage: record.agreement ? stageOn(record, record.agreement.signedOn) : currentStage(record),
    diagnosisDate: diagnosisDate(record),
    ...agreementDates(record, true),
  }),
  demo: {
    pick: (r) => r.agreement?.crisisVariant === true,
    values: (pre, asOf) => {
      const from = (pre.periodFrom as string | undefined) ?? addDays(asOf, -10);
      const to = (pre.periodTo as string | undefined) ?? addDays(from, 90);
      const due = (days: number) => (addDays(from, days) > to ? to : addDays(from, days));
      return {
        clientName: DEMO_CLIENT.clientName,
        centreAddress: DEMO_CENTRE_ADDRESS,
        place: 'Toruń',
        drawnUpOn: from,
        situationInClientWords: '„Po pożarze nie mamy gdzie mieszkać.”',
        safety: 'Rodzina przebywa tymczasowo u krewnych; kontakt telefoniczny codziennie.',
        goals: [
          {
            aim: 'Zapewnienie tymczasowego schronienia',
            clientActions: [{ action: 'Złożę wniosek o lokal tymczasowy', due: due(3) }],
            workerActions: [{ action: 'Skontaktuję się z wydziałem lokalowym', due: due(2) }],
          },
        ],
        periodFrom: from,
        periodTo: to,
        involved: DEMO_INVOLVED,
        extensionNote: 'Po diagnozie: cele szczegółowe w obszarze mieszkania i pracy.',
      };
    },
  },
};
