import { addDays, plDate } from '../../core/index.ts';
import type { TemplateDefinition } from '../model.ts';
import {
  CASE_REFERENCE,
  DEMO_CENTRE_ADDRESS,
  DEMO_CLIENT,
  actions,
  caseId,
  centreAddress,
  centreName,
  clientName,
  place,
  workerName,
} from './common.ts';

const variantB = { field: 'variant', equals: 'B' } as const;

const contractSigners = [
  { label: { pl: 'Osoba (członkowie rodziny)', en: 'Person (family members)' }, nameField: 'clientName' },
  { label: { pl: 'Pracownik socjalny', en: 'Social worker' }, nameField: 'workerName' },
];

// docs/standard.md §4.5: art. 108 u.p.s., the form of Dz.U. 2010 nr 218 poz. 1439: variant A (person or family,
// a difficult life situation: parts I A and II A) or B (strengthening activity, on a labour-office
// referral: parts I B and II B). Only the header is confirmed; the points of the parts are reconstructed
// (UNCONFIRMED, docs/templates.md) — verify against the current form.
export const socialContract: TemplateDefinition = {
  id: 'social-contract',
  name: { pl: 'Kontrakt socjalny', en: 'Social contract' },
  fileName: 'kontrakt-socjalny',
  stages: ['2', '3'],
  evidence: 'unconfirmed',
  frame: {
    dateline: { pl: '{place}, dnia {concludedOn} r.', en: '{place}, {concludedOn}' },
    references: [CASE_REFERENCE],
    clause: {
      pl: 'zawarty w dniu {concludedOn} r. pomiędzy osobą (rodziną) a pracownikiem socjalnym, określający zasady współdziałania w celu:',
      en: 'made on {concludedOn} between the person (family) and the social worker, setting the terms of cooperation in order to:',
    },
  },
  parts: [
    { id: 'I', title: { pl: 'Część I', en: 'Part I' }, suffixField: 'variant' },
    { id: 'II', title: { pl: 'Część II', en: 'Part II' }, suffixField: 'variant' },
  ],
  sections: [
    {
      id: 'details',
      title: { pl: 'Zawarcie kontraktu', en: 'Conclusion' },
      heading: 'none',
      blocks: [
        centreName,
        centreAddress,
        caseId,
        place,
        {
          id: 'concludedOn',
          kind: 'date',
          label: { pl: 'Data zawarcia', en: 'Date of conclusion' },
          required: true,
        },
        {
          id: 'variant',
          kind: 'choice',
          label: { pl: 'Wariant kontraktu', en: 'Variant' },
          required: true,
          options: [
            {
              id: 'A',
              label: {
                pl: 'A – rozwiązania trudnej sytuacji życiowej osoby lub rodziny (części I A i II A)',
                en: 'A – resolving the difficult life situation of a person or family (parts I A and II A)',
              },
            },
            {
              id: 'B',
              label: {
                pl: 'B – wzmocnienia aktywności i samodzielności życiowej, zawodowej lub przeciwdziałania wykluczeniu społecznemu (części I B i II B)',
                en: 'B – strengthening life and occupational activity and independence or countering social exclusion (parts I B and II B)',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'person',
      part: 'I',
      title: { pl: 'Dane osoby (rodziny)', en: 'The person (family)' },
      blocks: [
        clientName,
        { id: 'clientAddress', kind: 'text', label: { pl: 'Adres', en: 'Address' }, required: true },
        {
          id: 'clientPesel',
          kind: 'text',
          label: { pl: 'PESEL', en: 'PESEL' },
          help: { pl: 'Tylko gdy jest niezbędny.', en: 'Only when necessary.' },
        },
        {
          id: 'familyMembers',
          kind: 'list',
          label: { pl: 'Członkowie rodziny – strony kontraktu', en: 'Family members party to the contract' },
          numbering: 'numbers',
          item: [
            { id: 'name', kind: 'text', label: { pl: 'Imię i nazwisko', en: 'Full name' }, required: true },
            { id: 'relation', kind: 'text', label: { pl: 'Stopień pokrewieństwa', en: 'Relation' } },
          ],
        },
      ],
    },
    {
      id: 'worker',
      part: 'I',
      title: { pl: 'Dane pracownika socjalnego', en: 'The social worker' },
      blocks: [
        workerName,
        { id: 'workerPhone', kind: 'text', label: { pl: 'Telefon pracownika', en: "Worker's phone" } },
      ],
    },
    {
      id: 'assessment',
      part: 'I',
      title: { pl: 'Ocena sytuacji życiowej', en: 'Assessment of the life situation' },
      blocks: [
        {
          id: 'causes',
          kind: 'long-text',
          label: { pl: 'Przyczyny trudnej sytuacji życiowej', en: 'Causes of the difficult situation' },
          required: true,
        },
        {
          id: 'resources',
          kind: 'long-text',
          label: { pl: 'Zasoby i możliwości', en: 'Resources and possibilities' },
          required: true,
        },
        {
          id: 'limitations',
          kind: 'long-text',
          label: { pl: 'Ograniczenia i bariery', en: 'Limitations and barriers' },
          required: true,
        },
      ],
    },
    {
      id: 'occupation',
      part: 'I',
      title: { pl: 'Sytuacja zawodowa', en: 'Occupational situation' },
      help: {
        pl: 'Wariant B – zawierany na podstawie skierowania z urzędu pracy.',
        en: 'Variant B – concluded on referral from the labour office.',
      },
      when: variantB,
      blocks: [
        {
          id: 'referral',
          kind: 'text',
          label: {
            pl: 'Skierowanie z urzędu pracy – nr i data',
            en: 'Labour-office referral – no. and date',
          },
          required: true,
        },
        {
          id: 'unemploymentCauses',
          kind: 'long-text',
          label: { pl: 'Przyczyny pozostawania bez pracy', en: 'Causes of unemployment' },
          required: true,
        },
        {
          id: 'obstacles',
          kind: 'long-text',
          label: { pl: 'Przeszkody w podjęciu zatrudnienia', en: 'Obstacles to finding work' },
          required: true,
        },
        {
          id: 'earlierActivation',
          kind: 'long-text',
          label: {
            pl: 'Dotychczasowe działania aktywizacyjne i przyczyny ich niepowodzenia',
            en: 'Earlier activation measures and why they failed',
          },
        },
      ],
    },
    {
      id: 'goals',
      part: 'I',
      title: { pl: 'Cele kontraktu', en: 'Goals of the contract' },
      blocks: [
        {
          id: 'generalGoal',
          kind: 'long-text',
          label: { pl: 'Cel ogólny', en: 'General goal' },
          required: true,
        },
        {
          id: 'specificGoals',
          kind: 'long-text',
          label: { pl: 'Cele szczegółowe', en: 'Specific goals' },
          required: true,
        },
      ],
    },
    {
      id: 'obligations',
      part: 'I',
      title: { pl: 'Działania i zobowiązania stron', en: 'Actions and obligations of the parties' },
      blocks: [
        actions(
          'clientObligations',
          { pl: 'Działania i zobowiązania osoby (rodziny)', en: "The person's (family's) actions" },
          undefined,
        ),
        actions(
          'workerObligations',
          {
            pl: 'Działania pracownika socjalnego i ośrodka',
            en: "The social worker's and the centre's actions",
          },
          undefined,
        ),
      ],
    },
    {
      id: 'effects',
      part: 'I',
      title: { pl: 'Przewidywane efekty i okres kontraktu', en: 'Expected effects and period' },
      blocks: [
        {
          id: 'expectedEffects',
          kind: 'long-text',
          label: { pl: 'Przewidywane efekty', en: 'Expected effects' },
          required: true,
        },
        {
          kind: 'line',
          label: { pl: 'Kontrakt zawarto na okres', en: 'The contract runs' },
          text: { pl: 'od {periodFrom} r. do {periodTo} r.', en: 'from {periodFrom} to {periodTo}' },
          fields: [
            {
              id: 'periodFrom',
              kind: 'date',
              label: { pl: 'Kontrakt zawarto na okres od', en: 'Period from' },
              required: true,
            },
            { id: 'periodTo', kind: 'date', label: { pl: 'do', en: 'to' }, required: true },
          ],
        },
      ],
    },
    {
      id: 'conclusion-signatures',
      part: 'I',
      title: { pl: 'Podpisy stron kontraktu', en: 'Signatures of the parties' },
      heading: 'none',
      blocks: [
        {
          kind: 'signatures',
          closing: {
            pl: 'Strony zobowiązują się do realizacji ustaleń kontraktu. Kontrakt sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze stron.',
            en: 'The parties undertake to carry out what the contract sets. It is made in two identical copies, one for each party.',
          },
          signers: contractSigners,
        },
      ],
    },
    {
      id: 'evaluation',
      part: 'II',
      title: { pl: 'Ocena realizacji kontraktu', en: 'Evaluation of the contract' },
      blocks: [
        {
          id: 'evaluations',
          kind: 'list',
          label: { pl: 'Ocena realizacji', en: 'Monitoring entries' },
          numbering: 'numbers',
          item: [
            { id: 'date', kind: 'date', label: { pl: 'Data', en: 'Date' }, required: true },
            {
              id: 'assessment',
              kind: 'long-text',
              label: { pl: 'Stopień realizacji', en: 'Degree of achievement' },
              required: true,
            },
          ],
        },
        { id: 'changes', kind: 'long-text', label: { pl: 'Zmiany i aneksy', en: 'Changes and annexes' } },
        {
          id: 'termination',
          kind: 'long-text',
          label: {
            pl: 'Przyczyny rozwiązania lub niewywiązania się z kontraktu',
            en: 'Reasons for termination or non-fulfilment',
          },
        },
      ],
    },
    {
      id: 'evaluation-signatures',
      part: 'II',
      title: { pl: 'Podpisy – ocena realizacji', en: 'Signatures – evaluation' },
      heading: 'none',
      blocks: [{ kind: 'signatures', signers: contractSigners }],
    },
  ],
  rules: [
    { kind: 'date-order', earlier: 'periodFrom', later: 'periodTo' },
    { kind: 'date-order', earlier: 'concludedOn', later: 'evaluations[].date' },
    { kind: 'dates-within', dates: 'clientObligations[].due', from: 'periodFrom', to: 'periodTo' },
    { kind: 'dates-within', dates: 'workerObligations[].due', from: 'periodFrom', to: 'periodTo' },
  ],
  prefill: () => ({}),
  demo: {
    pick: (r) => r.standard === 'sw-unemployed' && r.state.status === 'active',
    values: (_pre, asOf) => {
      const from = addDays(asOf, -10);
      const to = addDays(from, 180);
      const due = (days: number) => (addDays(from, days) > to ? to : addDays(from, days));
      return {
        ...DEMO_CLIENT,
        centreAddress: DEMO_CENTRE_ADDRESS,
        concludedOn: from,
        place: 'Toruń',
        variant: 'B',
        workerPhone: '56 000 00 01',
        familyMembers: [{ name: 'Anna Przykładowa', relation: 'żona' }],
        causes: 'Długotrwałe bezrobocie, zadłużenie.',
        resources: 'Doświadczenie w budownictwie, wsparcie rodziny.',
        limitations: 'Brak uprawnień zawodowych, dojazd.',
        referral: `PUP/0001/2026 z dnia ${plDate(from)}`,
        unemploymentCauses: 'Likwidacja zakładu pracy.',
        obstacles: 'Brak aktualnych kwalifikacji.',
        earlierActivation: 'Szkolenie w 2024 r. – przerwane z powodu choroby.',
        generalGoal: 'Powrót na rynek pracy.',
        specificGoals: 'Uzyskanie uprawnień operatora wózka widłowego; udział w zajęciach KIS.',
        clientObligations: [{ action: 'Udział w kursie operatora wózka widłowego', due: due(60) }],
        workerObligations: [{ action: 'Skierowanie do KIS i pomoc w znalezieniu kursu', due: due(14) }],
        expectedEffects: 'Podjęcie zatrudnienia.',
        periodFrom: from,
        periodTo: to,
        evaluations: [{ date: addDays(from, 1), assessment: 'Kontrakt w realizacji zgodnie z planem.' }],
      };
    },
  },
};
