import type { TemplateDefinition } from '../model.ts';
import { STANDARD_OPTIONS, caseId, stageChoice, workerName } from './common.ts';

// docs/standard.md §4.2 (proposed minimal fields): every methodical action, dated, with its stage, form of
// contact and the tools used; filled from a case record (prefill.ts).
export const recordCard: TemplateDefinition = {
  id: 'record-card',
  name: { pl: 'Karta pracy socjalnej', en: 'Social-work record card' },
  tool: 'oo-record-card',
  stages: 'any',
  evidence: 'design',
  subtitle: {
    pl: 'Dokumentuje wszystkie działania metodyczne pracownika socjalnego na każdym etapie',
    en: 'Documents every methodical action of the social worker at every stage',
  },
  landscape: true,
  sections: [
    {
      id: 'details',
      title: { pl: 'Dane sprawy', en: 'Case details' },
      blocks: [
        caseId,
        {
          id: 'standard',
          kind: 'choice',
          display: 'selected',
          label: { pl: 'Standard', en: 'Standard' },
          options: STANDARD_OPTIONS,
          required: true,
        },
        workerName,
        {
          id: 'openedOn',
          kind: 'date',
          label: { pl: 'Data rozpoczęcia pracy socjalnej', en: 'Social work started on' },
          required: true,
        },
      ],
    },
    {
      id: 'stages',
      title: { pl: 'Przebieg etapów', en: 'Course of the stages' },
      blocks: [
        {
          id: 'stages',
          kind: 'list',
          layout: 'table',
          label: { pl: 'Etapy', en: 'Stages' },
          numbering: 'numbers',
          required: true,
          item: [
            stageChoice('stage', { pl: 'Etap', en: 'Stage' }, true),
            { id: 'enteredOn', kind: 'date', label: { pl: 'Od dnia', en: 'Since' }, required: true },
            {
              id: 'justification',
              kind: 'text',
              label: { pl: 'Uzasadnienie zmiany kolejności', en: 'Why the order changed' },
            },
          ],
        },
      ],
    },
    {
      id: 'log',
      title: { pl: 'Działania metodyczne', en: 'Methodical actions' },
      blocks: [
        {
          id: 'entries',
          kind: 'list',
          layout: 'table',
          label: { pl: 'Wpisy', en: 'Entries' },
          numbering: 'numbers',
          required: true,
          item: [
            { id: 'date', kind: 'date', label: { pl: 'Data', en: 'Date' }, required: true },
            stageChoice('stage', { pl: 'Etap', en: 'Stage' }, true),
            {
              id: 'form',
              kind: 'choice',
              display: 'selected',
              label: { pl: 'Forma kontaktu', en: 'Form of contact' },
              options: [
                { id: 'home', label: { pl: 'W środowisku', en: "In the client's home" } },
                { id: 'centre', label: { pl: 'W siedzibie', en: 'At the centre' } },
                { id: 'without-client', label: { pl: 'Bez udziału klienta', en: 'Without the client' } },
                { id: 'remote', label: { pl: 'Telefon / inny', en: 'Phone / other' } },
              ],
            },
            {
              id: 'action',
              kind: 'long-text',
              label: { pl: 'Działanie i jego wynik', en: 'Action and its result' },
              required: true,
            },
            { id: 'tools', kind: 'text', label: { pl: 'Narzędzia', en: 'Tools' } },
            {
              id: 'nextStep',
              kind: 'text',
              label: { pl: 'Następny krok i termin', en: 'Next step and date' },
            },
            { id: 'minutes', kind: 'text', label: { pl: 'Czas / dojazd (min)', en: 'Time / travel (min)' } },
          ],
        },
      ],
    },
    {
      id: 'closure',
      title: { pl: 'Zakończenie pracy socjalnej', en: 'End of social work' },
      blocks: [
        { id: 'closedOn', kind: 'date', label: { pl: 'Data zakończenia', en: 'Closed on' } },
        {
          id: 'closureReason',
          kind: 'choice',
          label: { pl: 'Przyczyna zakończenia', en: 'Reason' },
          options: [
            { id: 'goals-achieved', label: { pl: 'Osiągnięcie celów', en: 'Goals achieved' } },
            { id: 'client-withdrew', label: { pl: 'Rezygnacja klienta', en: 'Client withdrew' } },
            { id: 'moved', label: { pl: 'Zmiana miejsca zamieszkania', en: 'Moved' } },
            { id: 'transferred', label: { pl: 'Przekazanie sprawy', en: 'Transferred' } },
            { id: 'died', label: { pl: 'Zgon', en: 'Died' } },
            { id: 'other', label: { pl: 'Inna', en: 'Other' } },
          ],
        },
        {
          id: 'finalEvaluationOn',
          kind: 'date',
          label: { pl: 'Data ewaluacji końcowej', en: 'Final evaluation on' },
        },
      ],
    },
  ],
  rules: [
    { kind: 'date-order', earlier: 'openedOn', later: 'stages[].enteredOn' },
    { kind: 'date-order', earlier: 'openedOn', later: 'entries[].date' },
    { kind: 'date-order', earlier: 'openedOn', later: 'closedOn' },
  ],
};
