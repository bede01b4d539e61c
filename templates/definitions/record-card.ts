import { STAGES, plDate, stageOrder } from '../../core/index.ts';
import type { CaseRecord, StageId } from '../../core/index.ts';
import { stageOn } from '../case-facts.ts';
import type { PrefillContext, TemplateDefinition } from '../model.ts';
import {
  CASE_REFERENCE,
  DEMO_CENTRE_ADDRESS,
  STANDARD_OPTIONS,
  caseId,
  centreAddress,
  centreName,
  place,
  stageChoice,
  workerName,
} from './common.ts';

// docs/standard.md §4.2 (proposed minimal fields): every methodical action, dated, with its stage, form of
// contact and the tools used; filled from a case record.
export const recordCard: TemplateDefinition = {
  id: 'record-card',
  name: { pl: 'Karta pracy socjalnej', en: 'Social-work record card' },
  fileName: 'karta-pracy-socjalnej',
  tool: 'oo-record-card',
  stages: 'any',
  evidence: 'design',
  landscape: true,
  frame: {
    dateline: { pl: '{place}, stan na dzień {asOf} r.', en: '{place}, as of {asOf}' },
    references: [CASE_REFERENCE],
    subtitle: {
      pl: 'Dokumentuje wszystkie działania metodyczne pracownika socjalnego na każdym etapie',
      en: 'Documents every methodical action of the social worker at every stage',
    },
  },
  sections: [
    {
      id: 'details',
      title: { pl: 'Dane sprawy', en: 'Case details' },
      blocks: [
        centreName,
        centreAddress,
        caseId,
        place,
        { id: 'asOf', kind: 'date', label: { pl: 'Stan na dzień', en: 'As of' } },
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
    {
      id: 'signature',
      title: { pl: 'Podpis', en: 'Signature' },
      heading: 'none',
      blocks: [
        {
          kind: 'signatures',
          signers: [{ label: { pl: 'Pracownik socjalny', en: 'Social worker' }, nameField: 'workerName' }],
        },
      ],
    },
  ],
  rules: [
    { kind: 'date-order', earlier: 'openedOn', later: 'stages[].enteredOn' },
    { kind: 'date-order', earlier: 'openedOn', later: 'entries[].date' },
    { kind: 'date-order', earlier: 'openedOn', later: 'closedOn' },
  ],
  prefill: (record, context) => recordCardFacts(record, context),
  demo: {
    pick: (r) => r.tools.length >= 5 && r.evaluations.length > 0,
    values: (_pre, asOf) => ({ centreAddress: DEMO_CENTRE_ADDRESS, place: 'Toruń', asOf }),
  },
};

const CLOSURE = new Set(['goals-achieved', 'client-withdrew', 'moved', 'transferred', 'died', 'other']);
const BENEFITS_FORM: Record<string, string> = {
  opinion: 'opinia',
  certificate: 'zaświadczenie',
  information: 'informacja',
};

/** docs/standard.md §4.2: one entry per recorded methodical action, dated, with the stage it was done at. */
function recordCardFacts(record: CaseRecord, context: PrefillContext) {
  const toolName = (id: string) => context.rules.tools.get(id)?.name.pl ?? id;
  const entries: { date: string; stage: StageId; action: string; tools?: string }[] = [];
  const add = (date: string, action: string, tools?: string) =>
    entries.push({ date, stage: stageOn(record, date), action, ...(tools ? { tools } : {}) });
  for (const t of record.tools) add(t.doneOn, `Narzędzie: ${toolName(t.tool)}`, toolName(t.tool));
  for (const w of record.waived) add(w.on, `Odstąpiono od narzędzia ${toolName(w.tool)}: ${w.reason}`);
  if (record.agreement)
    add(
      record.agreement.signedOn,
      record.agreement.crisisVariant
        ? 'Zawarcie umowy współpracy – interwencja'
        : `Zawarcie umowy współpracy na okres ${plDate(record.agreement.period.from)}–${plDate(record.agreement.period.to)}`,
      toolName('oo-cooperation-agreement'),
    );
  for (const n of record.updateNotes)
    add(
      n.date,
      n.noSignificantChange
        ? 'Notatka – aktualizacja sytuacji: brak istotnych zmian'
        : `Notatka – aktualizacja sytuacji${n.summary ? `: ${n.summary}` : ''}`,
    );
  for (const e of record.evaluations)
    add(
      e.date,
      e.kind === 'final' ? 'Ewaluacja końcowa' : 'Ocena okresowa (przegląd umowy)',
      toolName('oo-effects-evaluation'),
    );
  for (const b of record.benefitsInformation)
    add(
      b.date,
      `Informacja dla pracownika ds. świadczeń (${BENEFITS_FORM[b.form] ?? 'informacja'})${
        b.clientInformedOn ? `; klient poinformowany ${plDate(b.clientInformedOn)}` : ''
      }`,
    );
  // Same day: the standard's stage order, then the tool's own order in the record.
  const order = new Map(STAGES.map((s) => [s.id, stageOrder(s.id)]));
  entries.sort((a, b) =>
    a.date === b.date ? order.get(a.stage)! - order.get(b.stage)! : a.date < b.date ? -1 : 1,
  );
  const state = record.state;
  const final = record.evaluations.filter((e) => e.kind === 'final').at(-1);
  return {
    asOf: context.today,
    standard: record.standard,
    openedOn: record.openedOn,
    stages: record.stageHistory.map((h) =>
      h.justification
        ? { stage: h.stage, enteredOn: h.enteredOn, justification: h.justification }
        : { stage: h.stage, enteredOn: h.enteredOn },
    ),
    entries: entries.length ? entries : undefined,
    closedOn: state.status === 'closed' ? state.on : undefined,
    closureReason: state.status === 'closed' && CLOSURE.has(state.reason) ? state.reason : undefined,
    finalEvaluationOn: final?.date,
  };
}
