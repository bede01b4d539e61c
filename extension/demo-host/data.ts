import { CaseRecord, DEMO_WORKERS, demoDataset } from '../../core/index.ts';
import type { SocialWorkStandardId, StageId } from '../../core/index.ts';
import { generateCaseRecords } from '../../core/demo/demo-data.ts';

/**
 * The demo welfare system's data: the core's demo team (or 1,000 generated cases for the benchmark), with
 * the things a real system shows and the standard never stores — fictional client names and addresses,
 * generated deterministically. One client's name carries markup, which must stay text everywhere.
 */
export const HOSTILE_NAME = 'Zielińska <img src=x onerror=alert(1)>';

export interface SiteWorker {
  id: string;
  name: string;
  role: 'social-worker' | 'benefits-worker';
}

export interface SiteCase {
  record: CaseRecord;
  client: string;
  address: string;
}

export interface Site {
  asOf: string;
  workers: Map<string, SiteWorker>;
  cases: SiteCase[];
  byId: Map<string, SiteCase>;
}

const SURNAMES = [
  'Nowak',
  'Kowalska',
  'Wójcik',
  'Kamiński',
  'Lewandowska',
  'Zieliński',
  'Szymańska',
  'Woźniak',
  'Dąbrowski',
  'Kozłowska',
  'Jankowski',
  'Mazur',
  'Kwiatkowska',
  'Krawczyk',
  'Piotrowski',
  'Grabowska',
  'Nowakowski',
  'Pawłowska',
  'Michalski',
  'Król',
  'Wieczorek',
  'Jabłońska',
  'Wróbel',
  'Majewski',
  'Olszewska',
  'Stępień',
];
const FIRST = [
  'Jan',
  'Maria',
  'Piotr',
  'Agnieszka',
  'Krzysztof',
  'Barbara',
  'Andrzej',
  'Ewa',
  'Tomasz',
  'Zofia',
  'Michał',
];
const STREETS = [
  'Szeroka',
  'Mickiewicza',
  'Kościuszki',
  'Bydgoska',
  'Chełmińska',
  'Lubicka',
  'Grudziądzka',
  'Wola Zamkowa',
];

export function buildSite(asOf: string, set: 'demo' | 'large' = 'demo'): Site {
  const workers = new Map<string, SiteWorker>(
    DEMO_WORKERS.map((w) => [w.id, { id: w.id, name: w.displayName, role: w.role }]),
  );
  const inputs =
    set === 'demo'
      ? demoDataset(asOf).cases.records.filter((r) => r.kind === 'case')
      : generateCaseRecords(1000, asOf);
  const cases = inputs.map((input, i) => {
    const record = CaseRecord.parse(input);
    for (const [id, role] of [
      [record.socialWorker, 'social-worker'],
      [record.benefitsWorker, 'benefits-worker'],
    ] as const)
      if (id && !workers.has(id))
        workers.set(id, {
          id,
          name: `${FIRST[i % FIRST.length]} ${SURNAMES[(i * 5) % SURNAMES.length]}`,
          role,
        });
    const client =
      i === 2 ? HOSTILE_NAME : `${SURNAMES[(i * 7) % SURNAMES.length]} ${FIRST[(i * 3) % FIRST.length]}`;
    const address = `ul. ${STREETS[i % STREETS.length]} ${(i % 90) + 1}, Toruń`;
    return { record, client, address };
  });
  return { asOf, workers, cases, byId: new Map(cases.map((c) => [c.record.id, c])) };
}

/** How the demo system labels things (its own words, not the standard's ids). */
export const CATEGORY_LABEL: Record<SocialWorkStandardId, string> = {
  'sw-family-children': 'Rodzina z dziećmi',
  'sw-unemployed': 'Osoba bezrobotna',
  'sw-disability': 'Osoba z niepełnosprawnością',
  'sw-older': 'Osoba starsza',
  'sw-violence': 'Przemoc w rodzinie',
};
export const STAGE_SHORT: Record<StageId, string> = {
  '1a': 'I-a',
  '1b': 'I-b',
  '1c': 'I-c',
  '2': 'II',
  '3': 'III',
  '4': 'IV',
  '5': 'V',
};
export const STAGE_LONG = (s: StageId) => `Etap ${s}`;
export const STATUS_LABEL = { active: 'aktywna', suspended: 'zawieszona', closed: 'zakończona' } as const;
export const ROLE_LABEL = {
  'social-worker': 'pracownik socjalny',
  'benefits-worker': 'pracownik ds. świadczeń',
} as const;

const DOC_NAME: Record<string, string> = {
  'oo-recognition-interview': 'Wywiad środowiskowy – rozpoznanie',
  'os-interview-disability': 'Wywiad z osobą z niepełnosprawnością',
  'os-interview-family-of-disabled': 'Wywiad z rodziną osoby niepełnosprawnej',
  'os-interview-family-children': 'Wywiad specjalistyczny',
  'os-interview-violence': 'Wywiad specjalistyczny',
  'os-interview-older': 'Wywiad specjalistyczny',
  'os-interview-unemployed': 'Wywiad specjalistyczny',
  'fs-genogram': 'Genogram',
  'fs-ecomap': 'Ekomapa',
  'fs-functional-scale': 'Skala oceny funkcjonowania',
  'fs-competence-balance': 'Bilans kompetencji',
  'oo-assessment-questionnaire': 'Kwestionariusz diagnozy',
  'oo-cooperation-agreement': 'Umowa współpracy',
  'oo-effects-evaluation': 'Ocena efektów',
  'oo-record-card': 'Karta pracy socjalnej',
};

export interface SiteDocument {
  name: string;
  date: string;
  state: 'sporządzony' | 'odstąpiono' | 'wersja robocza';
}

/** The documents tab of a case, as the host lists them (the only place they appear). */
export function documentsOf(record: CaseRecord): SiteDocument[] {
  const docs: SiteDocument[] = [];
  for (const t of record.tools)
    docs.push({ name: DOC_NAME[t.tool] ?? t.tool, date: t.doneOn, state: 'sporządzony' });
  for (const w of record.waived)
    docs.push({ name: DOC_NAME[w.tool] ?? w.tool, date: w.on, state: 'odstąpiono' });
  if (record.agreement)
    docs.push({
      name: record.agreement.crisisVariant ? 'Umowa współpracy – interwencja' : 'Umowa współpracy',
      date: record.agreement.signedOn,
      state: 'sporządzony',
    });
  for (const e of record.evaluations)
    docs.push({
      name: `Ocena efektów – ${e.kind === 'final' ? 'końcowa' : 'okresowa'}`,
      date: e.date,
      state: 'sporządzony',
    });
  for (const n of record.updateNotes)
    docs.push({ name: 'Notatka służbowa', date: n.date, state: 'sporządzony' });
  for (const b of record.benefitsInformation)
    docs.push({ name: 'Informacja dla pracownika ds. świadczeń', date: b.date, state: 'sporządzony' });
  if (record.stageHistory.length > 2)
    docs.push({
      name: 'Plan pomocy (projekt)',
      date: record.stageHistory.at(-1)!.enteredOn,
      state: 'wersja robocza',
    });
  return docs.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.name.localeCompare(b.name)));
}
