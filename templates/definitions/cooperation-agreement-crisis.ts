import type { TemplateDefinition } from '../model.ts';
import {
  agreementSignatures,
  caseId,
  clientActions,
  clientName,
  involved,
  otherParties,
  stageChoice,
  workerActions,
  workerName,
} from './common.ts';

// docs/standard.md §1.6: in a crisis the agreement is written at the stage the worker chooses, for the
// intervention's actions, and extended after diagnosis; short on purpose (documentation burden).
export const cooperationAgreementCrisis: TemplateDefinition = {
  id: 'cooperation-agreement-crisis',
  name: { pl: 'Umowa współpracy – interwencja', en: 'Cooperation agreement – intervention' },
  tool: 'oo-cooperation-agreement',
  stages: 'any',
  evidence: 'seed',
  subtitle: {
    pl: 'Krótka umowa w sytuacji kryzysowej – na dowolnym etapie; po diagnozie rozszerzana do pełnej umowy współpracy (OO_3)',
    en: 'A short agreement in a crisis – at any stage; extended into the full cooperation agreement (OO_3) after diagnosis',
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
      blocks: [clientName, workerName, otherParties],
    },
    {
      id: 'crisis',
      title: { pl: '1. Sytuacja kryzysowa', en: '1. The crisis' },
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
      id: 'plan',
      title: { pl: '2. Cele interwencji i działania', en: '2. Goals of the intervention and actions' },
      blocks: [
        {
          id: 'goals',
          kind: 'list',
          layout: 'blocks',
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
      id: 'support',
      title: {
        pl: '3. Inne osoby i instytucje zaangażowane',
        en: '3. Other people and institutions involved',
      },
      blocks: [involved],
    },
    {
      id: 'extension',
      title: { pl: '4. Przegląd i rozszerzenie po diagnozie', en: '4. Review and extension after diagnosis' },
      help: {
        pl: 'Po diagnozie umowę rozszerza się do pełnej umowy współpracy (cele szczegółowe, plan, przeglądy).',
        en: 'After diagnosis the agreement is extended into the full cooperation agreement (specific goals, plan, reviews).',
      },
      blocks: [
        {
          id: 'reviewDates',
          kind: 'dates',
          label: { pl: 'Terminy przeglądów', en: 'Review dates' },
        },
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
      title: { pl: '5. Podpisy stron', en: '5. Signatures of the parties' },
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
};
