import { plDate } from '../dates.ts';
import { TOOLS } from '../data/tools.ts';
import type { CaseRecord } from '../schema/case-record.ts';
import type { SocialWorkStandardId, StageId } from '../schema/common.ts';
import type { RegisterMappingInput } from './mapping.ts';

/**
 * How the demo welfare system labels things in its register export (like real systems, its own words,
 * not the standard's ids), and the mapping that reads that export back.
 */
export const DEMO_HOST_LABELS = {
  standard: {
    'sw-family-children': 'Rodzina z dziećmi',
    'sw-unemployed': 'Bezrobocie',
    'sw-disability': 'Niepełnosprawność',
    'sw-older': 'Osoba starsza',
    'sw-violence': 'Przemoc w rodzinie',
  } satisfies Record<SocialWorkStandardId, string>,
  stage: {
    '1a': 'I-a',
    '1b': 'I-b',
    '1c': 'I-c',
    '2': 'Etap 2',
    '3': 'Etap 3',
    '4': 'Etap 4',
    '5': 'Etap 5',
  } satisfies Record<StageId, string>,
  status: { active: 'w toku', suspended: 'zawieszona', closed: 'zakończona' },
  periodicEvaluation: 'Ocena okresowa',
  finalEvaluation: 'Ocena końcowa',
};

export const DEMO_REGISTER_HEADER = [
  'Nr sprawy',
  'Klient',
  'Kategoria',
  'Pracownik socjalny',
  'Pracownik ds. świadczeń',
  'Data założenia',
  'Etap',
  'Od dnia',
  'Status',
  'Data statusu',
  'Dokumenty',
  'Umowa od',
  'Umowa do',
  'Przeglądy umowy',
];

/** The demo system's register export as rows of text (names from the host; they never enter our records). */
export function demoRegisterRows(
  records: readonly CaseRecord[],
  clientName: (caseId: string) => string,
): string[][] {
  const L = DEMO_HOST_LABELS;
  return records.map((r) => {
    const last = r.stageHistory[r.stageHistory.length - 1]!;
    const docs = [
      ...r.tools.map((t) => `${TOOLS.find((x) => x.id === t.tool)?.name.pl ?? t.tool} (${plDate(t.doneOn)})`),
      ...r.evaluations.map(
        (e) => `${e.kind === 'final' ? L.finalEvaluation : L.periodicEvaluation} (${plDate(e.date)})`,
      ),
    ];
    const state = r.state;
    return [
      r.id,
      clientName(r.id),
      L.standard[r.standard],
      r.socialWorker,
      r.benefitsWorker ?? '',
      plDate(r.openedOn),
      L.stage[last.stage],
      plDate(last.enteredOn),
      L.status[state.status],
      state.status === 'suspended' ? plDate(state.since) : state.status === 'closed' ? plDate(state.on) : '',
      docs.join('; '),
      r.agreement ? plDate(r.agreement.period.from) : '',
      r.agreement ? plDate(r.agreement.period.to) : '',
      r.agreement ? r.agreement.reviewDates.map(plDate).join('; ') : '',
    ];
  });
}

/** CSV the way Polish office software writes it: `;`, quotes where needed, CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (c: string) => (/[;"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return [header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}

/** The mapping file for the demo system's register (ships as an example for other systems). */
export const DEMO_REGISTER_MAPPING: RegisterMappingInput = {
  formatVersion: 1,
  name: 'Rejestr spraw – system demonstracyjny',
  encoding: 'auto',
  delimiter: 'auto',
  dateFormat: 'dd.mm.yyyy',
  columns: {
    caseId: 'Nr sprawy',
    standard: 'Kategoria',
    socialWorker: 'Pracownik socjalny',
    benefitsWorker: 'Pracownik ds. świadczeń',
    openedOn: 'Data założenia',
    stage: 'Etap',
    stageEnteredOn: 'Od dnia',
    status: 'Status',
    statusDate: 'Data statusu',
    documents: 'Dokumenty',
    agreementFrom: 'Umowa od',
    agreementTo: 'Umowa do',
    reviewDates: 'Przeglądy umowy',
  },
  values: {
    standard: Object.fromEntries(Object.entries(DEMO_HOST_LABELS.standard).map(([id, label]) => [label, id])),
    stage: Object.fromEntries(Object.entries(DEMO_HOST_LABELS.stage).map(([id, label]) => [label, id])),
    status: Object.fromEntries(Object.entries(DEMO_HOST_LABELS.status).map(([id, label]) => [label, id])),
    documents: {
      ...Object.fromEntries(TOOLS.map((t) => [t.name.pl, t.id])),
      [DEMO_HOST_LABELS.periodicEvaluation]: 'periodic-evaluation',
      [DEMO_HOST_LABELS.finalEvaluation]: 'final-evaluation',
    },
  },
} as RegisterMappingInput;
