import { currentStage } from '../case-facts.ts';
import type { TemplateDefinition } from '../model.ts';
import {
  CASE_REFERENCE,
  DEMO_CENTRE_ADDRESS,
  caseId,
  centreAddress,
  centreName,
  place,
  stageChoice,
  workerName,
} from './common.ts';

const changed = { field: 'noSignificantChange', equals: false } as const;

// docs/standard.md §1.6 and §4.3: a short service note updates the situation at any stage without going
// back to 1a; when nothing changed, one ticked line is the whole note (the pilot's request).
export const updateNote: TemplateDefinition = {
  id: 'update-note',
  name: { pl: 'Notatka służbowa – aktualizacja sytuacji', en: 'Service note – update of the situation' },
  fileName: 'notatka-sluzbowa',
  stages: 'any',
  evidence: 'design',
  frame: {
    dateline: { pl: '{place}, dnia {date} r.', en: '{place}, {date}' },
    references: [CASE_REFERENCE],
    title: { pl: 'Notatka służbowa', en: 'Service note' },
    subtitle: {
      pl: 'w sprawie aktualizacji sytuacji klienta (bez powrotu do etapu rozpoznania sytuacji)',
      en: "on the update of the client's situation (without going back to the recognition stage)",
    },
  },
  sections: [
    {
      id: 'details',
      title: { pl: 'Dane notatki', en: 'Note details' },
      blocks: [
        centreName,
        centreAddress,
        caseId,
        place,
        { id: 'date', kind: 'date', label: { pl: 'Data notatki', en: 'Date of the note' }, required: true },
        stageChoice('stage', { pl: 'Bieżący etap pracy socjalnej', en: 'Current stage' }, true),
        {
          id: 'trigger',
          kind: 'choice',
          label: { pl: 'Powód aktualizacji', en: 'Reason for the update' },
          options: [
            { id: 'planned-review', label: { pl: 'Planowy przegląd', en: 'Planned review' } },
            { id: 'new-information', label: { pl: 'Nowe informacje', en: 'New information' } },
            { id: 'crisis', label: { pl: 'Sytuacja kryzysowa', en: 'Crisis' } },
            { id: 'client-request', label: { pl: 'Na prośbę klienta', en: "At the client's request" } },
          ],
        },
      ],
    },
    {
      id: 'statement',
      title: { pl: 'Stwierdzenie', en: 'Statement' },
      blocks: [
        {
          id: 'noSignificantChange',
          kind: 'boolean',
          label: {
            pl: 'Brak istotnych zmian w sytuacji klienta od ostatniej notatki lub oceny',
            en: "No significant change in the client's situation since the last note or evaluation",
          },
          help: {
            pl: 'Zaznacz, jeśli nic się nie zmieniło – wtedy pozostałe części notatki nie są potrzebne.',
            en: 'Tick when nothing has changed – the rest of the note is then not needed.',
          },
        },
      ],
    },
    {
      id: 'changes',
      title: { pl: 'Zmiany w sytuacji klienta', en: "Changes in the client's situation" },
      when: changed,
      blocks: [
        {
          id: 'areas',
          kind: 'checklist',
          label: { pl: 'Obszary zmian', en: 'Areas of change' },
          required: true,
          options: [
            { id: 'family', label: { pl: 'Rodzina', en: 'Family' } },
            { id: 'health', label: { pl: 'Zdrowie', en: 'Health' } },
            { id: 'housing', label: { pl: 'Mieszkanie', en: 'Housing' } },
            {
              id: 'income',
              label: { pl: 'Dochód i sytuacja materialna', en: 'Income and material situation' },
            },
            { id: 'work', label: { pl: 'Praca i edukacja', en: 'Work and education' } },
            { id: 'safety', label: { pl: 'Bezpieczeństwo / przemoc', en: 'Safety / violence' } },
            { id: 'other', label: { pl: 'Inne', en: 'Other' } },
          ],
        },
        {
          id: 'description',
          kind: 'long-text',
          label: { pl: 'Opis zmian', en: 'Description of the changes' },
          required: true,
        },
      ],
    },
    {
      id: 'impact',
      title: { pl: 'Wpływ na cele i plan', en: 'Effect on the goals and the plan' },
      when: changed,
      blocks: [
        {
          id: 'impact',
          kind: 'choice',
          label: { pl: 'Wpływ na umowę współpracy', en: 'Effect on the cooperation agreement' },
          required: true,
          options: [
            { id: 'none', label: { pl: 'Bez wpływu', en: 'No effect' } },
            { id: 'goal-changed', label: { pl: 'Zmiana celu', en: 'Goal changed' } },
            { id: 'plan-changed', label: { pl: 'Zmiana planu działań', en: 'Plan changed' } },
            { id: 'amend-agreement', label: { pl: 'Umowa do zmiany', en: 'Agreement to be amended' } },
          ],
        },
        {
          id: 'informBenefitsWorker',
          kind: 'boolean',
          label: {
            pl: 'Należy poinformować pracownika ds. świadczeń (informacja dla pracownika ds. świadczeń)',
            en: 'The benefits worker must be informed (information for the benefits worker)',
          },
        },
        {
          id: 'clientInformed',
          kind: 'boolean',
          label: {
            pl: 'Klient został poinformowany o treści notatki',
            en: 'The client was told about this note',
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
        {
          kind: 'signatures',
          signers: [{ label: { pl: 'Pracownik socjalny', en: 'Social worker' }, nameField: 'workerName' }],
        },
      ],
    },
  ],
  rules: [],
  prefill: (record, context) => ({ date: context.today, stage: currentStage(record) }),
  demo: {
    pick: (r) => r.state.status === 'active' && r.updateNotes.length > 0,
    values: (_pre, asOf) => ({
      centreAddress: DEMO_CENTRE_ADDRESS,
      place: 'Toruń',
      date: asOf,
      trigger: 'new-information',
      noSignificantChange: false,
      areas: ['housing', 'income'],
      description: 'Klient otrzymał wypowiedzenie umowy najmu; dochód rodziny zmniejszył się.',
      impact: 'plan-changed',
      informBenefitsWorker: true,
      clientInformed: true,
    }),
  },
};
