import type { TemplateDefinition } from '../model.ts';
import { actions, caseId, clientName, workerName } from './common.ts';

const variantB = { field: 'variant', equals: 'B' } as const;

// docs/standard.md §4.5: art. 108 u.p.s., form of Dz.U. 2010 nr 218 poz. 1439 (variants A and B). Only the
// header is confirmed; the rest is reconstructed (UNCONFIRMED) — verify against the current form.
export const socialContract: TemplateDefinition = {
  id: 'social-contract',
  name: { pl: 'Kontrakt socjalny', en: 'Social contract' },
  stages: ['2', '3'],
  evidence: 'unconfirmed',
  subtitle: {
    pl: 'Art. 108 ustawy o pomocy społecznej; wzór: rozporządzenie MPiPS z 8 listopada 2010 r. (Dz.U. 2010 nr 218 poz. 1439)',
    en: 'Art. 108 of the Social Assistance Act; form: regulation of 8 November 2010 (Dz.U. 2010 no. 218 item 1439)',
  },
  sections: [
    {
      id: 'details',
      title: { pl: 'Zawarcie kontraktu', en: 'Conclusion' },
      blocks: [
        caseId,
        {
          id: 'concludedOn',
          kind: 'date',
          label: { pl: 'Data zawarcia', en: 'Date of conclusion' },
          required: true,
        },
        { id: 'place', kind: 'text', label: { pl: 'Miejscowość', en: 'Place' } },
        {
          id: 'variant',
          kind: 'choice',
          label: { pl: 'Wariant', en: 'Variant' },
          required: true,
          options: [
            {
              id: 'A',
              label: {
                pl: 'A – osoba lub rodzina i pracownik socjalny: rozwiązanie trudnej sytuacji życiowej (części I A i II A)',
                en: 'A – person or family and social worker: resolving a difficult life situation (parts I A and II A)',
              },
            },
            {
              id: 'B',
              label: {
                pl: 'B – osoba i pracownik socjalny: wzmacnianie aktywności życiowej i zawodowej lub przeciwdziałanie wykluczeniu społecznemu (części I B i II B)',
                en: 'B – person and social worker: strengthening life and occupational activity or countering social exclusion (parts I B and II B)',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'parties',
      title: { pl: 'Część I. Strony kontraktu', en: 'Part I. Parties' },
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
          layout: 'table',
          label: { pl: 'Członkowie rodziny – strony kontraktu', en: 'Family members party to the contract' },
          numbering: 'numbers',
          item: [
            { id: 'name', kind: 'text', label: { pl: 'Imię i nazwisko', en: 'Full name' }, required: true },
            { id: 'relation', kind: 'text', label: { pl: 'Stopień pokrewieństwa', en: 'Relation' } },
          ],
        },
        workerName,
        { id: 'workerPhone', kind: 'text', label: { pl: 'Telefon pracownika', en: "Worker's phone" } },
      ],
    },
    {
      id: 'assessment',
      title: { pl: 'Część I. Ocena sytuacji życiowej', en: 'Part I. Assessment of the life situation' },
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
      title: { pl: 'Część I B. Sytuacja zawodowa', en: 'Part I B. Occupational situation' },
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
      title: { pl: 'Część I. Cele i zobowiązania stron', en: 'Part I. Goals and obligations' },
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
        actions(
          'clientObligations',
          { pl: 'Działania i zobowiązania klienta', en: "Client's actions and obligations" },
          undefined,
        ),
        actions(
          'workerObligations',
          { pl: 'Działania pracownika socjalnego i ośrodka', en: "Social worker's and centre's actions" },
          undefined,
        ),
        {
          id: 'expectedEffects',
          kind: 'long-text',
          label: { pl: 'Przewidywane efekty', en: 'Expected effects' },
          required: true,
        },
        {
          id: 'periodFrom',
          kind: 'date',
          label: { pl: 'Kontrakt zawarto na okres od', en: 'Period from' },
          required: true,
        },
        { id: 'periodTo', kind: 'date', label: { pl: 'do', en: 'to' }, required: true },
      ],
    },
    {
      id: 'evaluation',
      title: { pl: 'Część II. Ocena realizacji kontraktu', en: 'Part II. Evaluation of the contract' },
      blocks: [
        {
          id: 'evaluations',
          kind: 'list',
          layout: 'table',
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
      id: 'signatures',
      title: { pl: 'Podpisy', en: 'Signatures' },
      blocks: [
        {
          kind: 'signatures',
          signers: [
            { label: { pl: 'Klient', en: 'Client' }, nameField: 'clientName' },
            { label: { pl: 'Pracownik socjalny', en: 'Social worker' }, nameField: 'workerName' },
            { label: { pl: 'Członkowie rodziny', en: 'Family members' } },
          ],
        },
      ],
    },
  ],
  rules: [
    { kind: 'date-order', earlier: 'periodFrom', later: 'periodTo' },
    { kind: 'date-order', earlier: 'concludedOn', later: 'evaluations[].date' },
    { kind: 'dates-within', dates: 'clientObligations[].due', from: 'periodFrom', to: 'periodTo' },
    { kind: 'dates-within', dates: 'workerObligations[].due', from: 'periodFrom', to: 'periodTo' },
  ],
};
