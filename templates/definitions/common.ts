import { SOCIAL_WORK_STANDARD_IDS, STAGES, STANDARDS } from '../../core/index.ts';
import type { ChoiceField, ListField, Option, SignatureBlock, TextField } from '../model.ts';

/** Pieces several templates share, declared once: the centre, stages, standards, the case id, action tables. */

export const STAGE_OPTIONS: Option[] = STAGES.map((s) => ({
  id: s.id,
  label: { pl: `${s.id} – ${s.name.pl}`, en: `${s.id} – ${s.name.en}` },
}));

export const STANDARD_OPTIONS: Option[] = SOCIAL_WORK_STANDARD_IDS.map((id) => {
  const s = STANDARDS.find((x) => x.id === id)!;
  return { id, label: s.shortName };
});

/** The centre's letterhead: its name (from the institution's policy) and address. */
export const centreName: TextField = {
  id: 'centreName',
  kind: 'text',
  label: { pl: 'Ośrodek – nazwa', en: 'Centre – name' },
  help: {
    pl: 'Nagłówek dokumentu; domyślnie nazwa ośrodka z polityki instytucji.',
    en: "The document's letterhead; by default the centre's name from the institution policy.",
  },
};

export const centreAddress: TextField = {
  id: 'centreAddress',
  kind: 'text',
  label: { pl: 'Ośrodek – adres', en: 'Centre – address' },
};

export const place: TextField = {
  id: 'place',
  kind: 'text',
  label: { pl: 'Miejscowość', en: 'Place' },
};

export const caseId: TextField = {
  id: 'caseId',
  kind: 'text',
  label: { pl: 'Nr sprawy', en: 'Case number' },
  help: {
    pl: 'Pseudonimowy numer sprawy z systemu ośrodka (bez nazwisk).',
    en: "The case's pseudonymous number in the centre's system (no names).",
  },
  required: true,
};

export const workerName: TextField = {
  id: 'workerName',
  kind: 'text',
  label: { pl: 'Pracownik socjalny – imię i nazwisko', en: 'Social worker – full name' },
  required: true,
};

export const clientName: TextField = {
  id: 'clientName',
  kind: 'text',
  label: { pl: 'Klient – imię i nazwisko', en: 'Client – full name' },
  required: true,
};

export function stageChoice(id: string, label: ChoiceField['label'], required: boolean): ChoiceField {
  return { id, kind: 'choice', label, options: STAGE_OPTIONS, required, display: 'selected' };
}

/**
 * A table of actions {action, due}. docs/standard.md §4.1 DESIGN and §7 (empowerment): the client's own
 * actions come first, the worker's in a table of their own (Toruń asked for a place for them).
 */
export function actions(
  id: string,
  label: ListField['label'],
  help: ListField['help'],
  required = true,
): ListField {
  return {
    id,
    kind: 'list',
    label,
    ...(help ? { help } : {}),
    required,
    numbering: 'numbers',
    item: [
      { id: 'action', kind: 'long-text', label: { pl: 'Działanie', en: 'Action' }, required: true },
      { id: 'due', kind: 'date', label: { pl: 'Termin', en: 'Due date' } },
    ],
  };
}

export const clientActions = actions(
  'clientActions',
  { pl: 'Działania klienta', en: "Client's actions" },
  {
    pl: 'Co zrobi sam klient – jego słowami; klient jest ekspertem we własnym życiu.',
    en: "What the client will do – in the client's words; the client is the expert on their own life.",
  },
);

export const workerActions = actions(
  'workerActions',
  { pl: 'Działania pracownika socjalnego', en: "Social worker's actions" },
  {
    pl: 'Jak pracownik wspiera i mobilizuje klienta (nie wyręcza go).',
    en: 'How the worker supports and mobilises the client (without doing it for them).',
  },
);

export const involved: ListField = {
  id: 'involved',
  kind: 'list',
  label: { pl: 'Inne osoby i instytucje zaangażowane', en: 'Other people and institutions involved' },
  help: {
    pl: 'Rodzina, specjaliści, organizacje pozarządowe, KIS, doradca zawodowy – kto i w czym wspiera (indywidualny pakiet usług).',
    en: 'Family, specialists, NGOs, KIS, vocational adviser – who supports and how (individual service package).',
  },
  numbering: 'numbers',
  item: [
    {
      id: 'name',
      kind: 'text',
      label: { pl: 'Osoba lub instytucja', en: 'Person or institution' },
      required: true,
    },
    {
      id: 'role',
      kind: 'long-text',
      label: { pl: 'W czym wspiera', en: 'How they support' },
      required: true,
    },
    { id: 'contact', kind: 'text', label: { pl: 'Kontakt', en: 'Contact' } },
  ],
};

export const otherParties: ListField = {
  id: 'otherParties',
  kind: 'list',
  label: { pl: 'Inne strony umowy', en: 'Further parties' },
  help: {
    pl: 'Stronami są klient i pracownik socjalny; mogą nimi być także członkowie rodziny i inne osoby wspierające klienta.',
    en: 'The parties are the client and the social worker; family members and other people supporting the client may be parties too.',
  },
  numbering: 'numbers',
  item: [
    { id: 'name', kind: 'text', label: { pl: 'Imię i nazwisko', en: 'Full name' }, required: true },
    { id: 'relation', kind: 'text', label: { pl: 'Rola wobec klienta', en: 'Relation to the client' } },
    { id: 'contact', kind: 'text', label: { pl: 'Adres, telefon', en: 'Address, phone' } },
  ],
};

export const agreementSignatures: SignatureBlock = {
  kind: 'signatures',
  closing: {
    pl: 'Umowę sporządzono w jednobrzmiących egzemplarzach, po jednym dla każdej ze stron.',
    en: 'The agreement is made in identical copies, one for each party.',
  },
  signers: [
    { label: { pl: 'Klient', en: 'Client' }, nameField: 'clientName' },
    { label: { pl: 'Pracownik socjalny', en: 'Social worker' }, nameField: 'workerName' },
    { label: { pl: 'Inne strony umowy', en: 'Further parties' } },
  ],
};

/** The letterhead's reference line shared by every document. */
export const CASE_REFERENCE = { pl: 'Nr sprawy: {caseId}', en: 'Case no.: {caseId}' };

/** Example goals of the demo: a goal with one action of the client and one of the worker. */
export function demoGoal(
  due: (days: number) => string,
  area: string,
  aim: string,
  evidence: string,
  clientAction: [string, number],
  workerAction: [string, number],
) {
  return {
    area,
    aim,
    evidence,
    clientActions: [{ action: clientAction[0], due: due(clientAction[1]) }],
    workerActions: [{ action: workerAction[0], due: due(workerAction[1]) }],
  };
}

export const DEMO_CLIENT = {
  clientName: 'Jan Przykładowy (dane przykładowe)',
  clientAddress: 'ul. Przykładowa 1/2, 87-100 Toruń',
};
export const DEMO_CENTRE_ADDRESS = 'ul. Przykładowa 10, 87-100 Toruń';
export const DEMO_INVOLVED = [
  {
    name: 'Klub Integracji Społecznej',
    role: 'Zajęcia grupowe, trening pracy',
    contact: 'tel. 000 000 000',
  },
];
