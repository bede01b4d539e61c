import { currentStage } from '../case-facts.ts';
import type { TemplateDefinition } from '../model.ts';
import {
  CASE_REFERENCE,
  DEMO_CENTRE_ADDRESS,
  DEMO_CLIENT,
  STANDARD_OPTIONS,
  caseId,
  centreAddress,
  centreName,
  clientName,
  place,
  stageChoice,
  workerName,
} from './common.ts';

// docs/standard.md §4.4 (proposed field list) and §7: only what the benefits decision needs (art. 100
// ust. 2 u.p.s.), and a record of when the client was told what is passed on (confidentiality). Laid out
// as an internal letter: the addressee on the right, the kind of document ticked under the title.
export const benefitsInformation: TemplateDefinition = {
  id: 'benefits-information',
  name: {
    pl: 'Informacja pracownika socjalnego dla pracownika ds. świadczeń',
    en: "Social worker's information for the benefits worker",
  },
  fileName: 'informacja-dla-pracownika-ds-swiadczen',
  stages: 'any',
  evidence: 'design',
  frame: {
    dateline: { pl: '{place}, dnia {date} r.', en: '{place}, {date}' },
    references: [
      { pl: 'Znak: {number}', en: 'Ref.: {number}' },
      CASE_REFERENCE,
      {
        pl: 'Dotyczy sprawy (wniosku) nr: {administrativeCase}',
        en: 'Re case (application) no.: {administrativeCase}',
      },
    ],
    addressee: [
      { pl: '{benefitsWorkerName}', en: '{benefitsWorkerName}' },
      { pl: 'pracownik ds. świadczeń', en: 'benefits worker' },
    ],
    title: { pl: 'Informacja pracownika socjalnego', en: "Social worker's information" },
    subtitle: {
      pl: 'dla pracownika ds. świadczeń – o prowadzonej pracy socjalnej',
      en: 'for the benefits worker – on the social work conducted',
    },
  },
  sections: [
    {
      id: 'details',
      title: { pl: 'Dane dokumentu', en: 'Document details' },
      heading: 'none',
      blocks: [
        centreName,
        centreAddress,
        place,
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
        { id: 'number', kind: 'text', label: { pl: 'Znak (numer) dokumentu', en: 'Document reference' } },
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
      ],
    },
    {
      id: 'client',
      title: { pl: 'Klient', en: 'Client' },
      blocks: [
        {
          ...clientName,
          label: { pl: 'Imię i nazwisko klienta', en: "Client's full name" },
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
          kind: 'line',
          label: { pl: 'Okres umowy', en: 'Period of the agreement' },
          text: {
            pl: 'od {agreementFrom} r. do {agreementTo} r.',
            en: 'from {agreementFrom} to {agreementTo}',
          },
          fields: [
            {
              id: 'agreementFrom',
              kind: 'date',
              label: { pl: 'Okres umowy – od', en: 'Agreement period – from' },
            },
            {
              id: 'agreementTo',
              kind: 'date',
              label: { pl: 'Okres umowy – do', en: 'Agreement period – to' },
            },
          ],
        },
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
      id: 'signature',
      title: { pl: 'Podpis', en: 'Signature' },
      heading: 'none',
      blocks: [
        workerName,
        { id: 'workerPosition', kind: 'text', label: { pl: 'Stanowisko', en: 'Position' } },
        {
          kind: 'signatures',
          signers: [
            {
              label: { pl: 'Pracownik socjalny', en: 'Social worker' },
              nameField: 'workerName',
              positionField: 'workerPosition',
            },
          ],
        },
      ],
    },
  ],
  rules: [
    { kind: 'date-order', earlier: 'socialWorkSince', later: 'date' },
    { kind: 'date-order', earlier: 'agreementFrom', later: 'agreementTo' },
  ],
  prefill: (record, context) => {
    const agreement = record.agreement;
    return {
      date: context.today,
      benefitsWorkerName: context.workerName(record.benefitsWorker),
      socialWorkSince: record.openedOn,
      standard: record.standard,
      stage: currentStage(record),
      agreementKind: agreement ? 'cooperation-agreement' : 'none',
      agreementFrom: agreement?.period.from,
      agreementTo: agreement?.period.to,
    };
  },
  demo: {
    pick: (r) =>
      r.agreement !== undefined && r.benefitsInformation.length > 0 && r.benefitsWorker !== undefined,
    values: (_pre, asOf) => ({
      centreAddress: DEMO_CENTRE_ADDRESS,
      place: 'Toruń',
      docType: 'opinion',
      number: 'OPS.PS.1/2026',
      date: asOf,
      clientName: DEMO_CLIENT.clientName,
      administrativeCase: 'ŚR.0001.2026',
      cooperationFacts:
        'Z 6 uzgodnionych zadań klient wykonał 5; jedno spotkanie odwołane z powodu choroby (usprawiedliwione).',
      relevance: 'Świadczenie pozwala utrzymać mieszkanie w czasie szukania pracy (cel A umowy).',
      recommendation: 'Zasiłek celowy na opłaty mieszkaniowe, w formie przelewu do spółdzielni.',
      justification: 'Klient współdziała; świadczenie wspiera cel umowy współpracy.',
      clientInformedOn: asOf,
      clientInformedHow: 'in-person',
      clientToldWhat: 'Że informacja o współdziałaniu trafi do pracownika ds. świadczeń, w tym zakresie.',
      workerPosition: 'starszy pracownik socjalny',
    }),
  },
};
