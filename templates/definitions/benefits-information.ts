import type { TemplateDefinition } from '../model.ts';
import { STANDARD_OPTIONS, caseId, clientName, stageChoice, workerName } from './common.ts';

// docs/standard.md §4.4 (proposed field list) and §7: only what the benefits decision needs (art. 100
// ust. 2 u.p.s.), and a record of when the client was told what is passed on (confidentiality).
export const benefitsInformation: TemplateDefinition = {
  id: 'benefits-information',
  name: {
    pl: 'Informacja pracownika socjalnego dla pracownika ds. świadczeń',
    en: "Social worker's information for the benefits worker",
  },
  stages: 'any',
  evidence: 'design',
  subtitle: {
    pl: 'Opinia / zaświadczenie / informacja o prowadzonej pracy socjalnej – tylko to, czego wymaga rozstrzygnięcie o świadczeniu',
    en: 'Opinion / certificate / information on the social work conducted – only what the benefits decision needs',
  },
  sections: [
    {
      id: 'details',
      title: { pl: 'Dane dokumentu', en: 'Document details' },
      blocks: [
        {
          id: 'docType',
          kind: 'choice',
          label: { pl: 'Rodzaj dokumentu', en: 'Kind of document' },
          required: true,
          options: [
            { id: 'opinion', label: { pl: 'Opinia', en: 'Opinion' } },
            { id: 'certificate', label: { pl: 'Zaświadczenie', en: 'Certificate' } },
            { id: 'information', label: { pl: 'Informacja', en: 'Information' } },
          ],
        },
        { id: 'number', kind: 'text', label: { pl: 'Numer dokumentu', en: 'Document number' } },
        { id: 'date', kind: 'date', label: { pl: 'Data', en: 'Date' }, required: true },
        caseId,
        {
          id: 'benefitsWorkerName',
          kind: 'text',
          label: { pl: 'Adresat – pracownik ds. świadczeń', en: 'Addressee – benefits worker' },
          required: true,
        },
        {
          id: 'administrativeCase',
          kind: 'text',
          label: {
            pl: 'Nr sprawy administracyjnej lub wniosku',
            en: 'Administrative case or application no.',
          },
        },
        {
          kind: 'note',
          text: {
            pl: 'Dokument zawiera wyłącznie informacje niezbędne do rozstrzygnięcia o świadczeniu (minimalizacja danych). Nie przekazuje się treści diagnozy ani danych o zdrowiu, jeśli nie są do tego niezbędne.',
            en: 'This document holds only what is necessary for the benefits decision (data minimisation). The diagnosis and health data are not passed on unless necessary for it.',
          },
        },
      ],
    },
    {
      id: 'client',
      title: { pl: 'Klient', en: 'Client' },
      blocks: [
        {
          ...clientName,
          help: {
            pl: 'Minimalna identyfikacja potrzebna adresatowi.',
            en: 'The minimum identification needed.',
          },
        },
        {
          id: 'householdMembers',
          kind: 'text',
          label: {
            pl: 'Członkowie gospodarstwa domowego, których dotyczy',
            en: 'Household members concerned',
          },
        },
      ],
    },
    {
      id: 'social-work',
      title: { pl: 'Prowadzona praca socjalna', en: 'Social work conducted' },
      blocks: [
        {
          id: 'socialWorkSince',
          kind: 'date',
          label: { pl: 'Praca socjalna prowadzona od', en: 'Social work conducted since' },
          required: true,
        },
        {
          id: 'standard',
          kind: 'choice',
          display: 'selected',
          label: { pl: 'Standard', en: 'Standard' },
          options: STANDARD_OPTIONS,
          required: true,
        },
        stageChoice('stage', { pl: 'Bieżący etap', en: 'Current stage' }, true),
        {
          id: 'agreementKind',
          kind: 'choice',
          label: {
            pl: 'Umowa współpracy lub kontrakt socjalny',
            en: 'Cooperation agreement or social contract',
          },
          required: true,
          options: [
            { id: 'none', label: { pl: 'Brak', en: 'None' } },
            { id: 'cooperation-agreement', label: { pl: 'Umowa współpracy', en: 'Cooperation agreement' } },
            { id: 'social-contract', label: { pl: 'Kontrakt socjalny', en: 'Social contract' } },
          ],
        },
        {
          id: 'agreementFrom',
          kind: 'date',
          label: { pl: 'Okres umowy – od', en: 'Agreement period – from' },
        },
        { id: 'agreementTo', kind: 'date', label: { pl: 'Okres umowy – do', en: 'Agreement period – to' } },
      ],
    },
    {
      id: 'cooperation',
      title: { pl: 'Współdziałanie klienta', en: "The client's cooperation" },
      blocks: [
        {
          id: 'cooperationFacts',
          kind: 'long-text',
          label: { pl: 'Stopień współdziałania – fakty', en: 'Degree of cooperation – facts' },
          help: {
            pl: 'Konkretne fakty: zadania uzgodnione i wykonane, nieobecności i ich przyczyny (art. 11 ust. 2 u.p.s. – ocena indywidualna).',
            en: 'Concrete facts: tasks agreed and done, missed meetings and why (art. 11(2) of the Act – judged case by case).',
          },
          required: true,
        },
      ],
    },
    {
      id: 'recommendation',
      title: { pl: 'Stanowisko pracownika socjalnego', en: "The social worker's position" },
      blocks: [
        {
          id: 'relevance',
          kind: 'long-text',
          label: {
            pl: 'Znaczenie świadczenia dla celów pracy socjalnej',
            en: 'Relevance of the benefit to the goals',
          },
        },
        {
          id: 'recommendation',
          kind: 'long-text',
          label: { pl: 'Rekomendacja: forma, rodzaj, wysokość', en: 'Recommendation: form, kind, amount' },
          help: {
            pl: 'Np. pieniężne czy rzeczowe, cel świadczenia. Decyzję wydaje pracownik ds. świadczeń.',
            en: 'E.g. cash or in kind, earmarked purpose. The benefits worker decides.',
          },
          required: true,
        },
        {
          id: 'justification',
          kind: 'long-text',
          label: { pl: 'Uzasadnienie', en: 'Justification' },
          required: true,
        },
      ],
    },
    {
      id: 'client-informed',
      title: { pl: 'Poinformowanie klienta', en: 'The client was told' },
      help: {
        pl: 'Zasada poufności: klient jest informowany o przekazaniu informacji pracownikowi ds. świadczeń.',
        en: 'Confidentiality principle: the client is told that information goes to the benefits worker.',
      },
      blocks: [
        {
          id: 'clientInformedOn',
          kind: 'date',
          label: {
            pl: 'Data poinformowania klienta o przekazaniu informacji',
            en: 'Date the client was told the information is passed on',
          },
          required: true,
        },
        {
          id: 'clientInformedHow',
          kind: 'choice',
          label: { pl: 'Sposób poinformowania', en: 'How the client was told' },
          options: [
            { id: 'in-person', label: { pl: 'Osobiście', en: 'In person' } },
            { id: 'phone', label: { pl: 'Telefonicznie', en: 'By phone' } },
            { id: 'letter', label: { pl: 'Pisemnie', en: 'In writing' } },
          ],
        },
        {
          id: 'clientToldWhat',
          kind: 'long-text',
          label: { pl: 'Co przekazano klientowi', en: 'What the client was told' },
        },
      ],
    },
    {
      id: 'signature',
      title: { pl: 'Podpis', en: 'Signature' },
      blocks: [
        workerName,
        { id: 'workerPosition', kind: 'text', label: { pl: 'Stanowisko', en: 'Position' } },
        {
          kind: 'signatures',
          signers: [{ label: { pl: 'Pracownik socjalny', en: 'Social worker' }, nameField: 'workerName' }],
        },
      ],
    },
  ],
  rules: [
    { kind: 'date-order', earlier: 'socialWorkSince', later: 'date' },
    { kind: 'date-order', earlier: 'agreementFrom', later: 'agreementTo' },
  ],
};
