import {
  STAGES,
  addDays,
  compileRules,
  demoDataset,
  parseCaseFile,
  parsePolicy,
  plDate,
  stageOrder,
} from '../core/index.ts';
import type { CaseRecord, Rules, StageId } from '../core/index.ts';
import { getTemplate } from './definitions/index.ts';
import type { TemplateData, TemplateId } from './model.ts';
import { validateTemplateData } from './validate.ts';

/**
 * Prefill from a core case record: the case's own facts only (id, worker, stage, dates, tools done).
 * Never personal data of the client: names, addresses and the client's words are left for the worker.
 */

export interface PrefillOptions {
  /** The compiled policy: tool names, the centre's workers (display names). */
  rules?: Rules;
  institution?: { name: string };
  /** The date of the new document (update note, information), when the caller knows it. */
  today?: string;
}

function workerDisplay(rules: Rules, id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  return rules.workers.get(id)?.displayName ?? id;
}

function currentStage(record: CaseRecord): StageId {
  return record.stageHistory[record.stageHistory.length - 1]!.stage;
}

/** The stage a case was at on a date (its last stage entered on or before it). */
function stageOn(record: CaseRecord, date: string): StageId {
  let stage = record.stageHistory[0]!.stage;
  for (const h of record.stageHistory) if (h.enteredOn <= date) stage = h.stage;
  return stage;
}

function diagnosisDate(record: CaseRecord): string | undefined {
  const done = record.tools.filter((t) => t.tool === 'oo-assessment-questionnaire').map((t) => t.doneOn);
  return done.sort().at(-1);
}

function compact(data: Record<string, unknown>): TemplateData {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
}

export function prefillFromCase(
  id: TemplateId | string,
  record: CaseRecord,
  options: PrefillOptions = {},
): TemplateData {
  if (!getTemplate(id)) throw new RangeError(`prefillFromCase: unknown template ${id}`);
  const rules = options.rules ?? compileRules();
  const common = { caseId: record.id, workerName: workerDisplay(rules, record.socialWorker) };
  const agreement = record.agreement;
  switch (id as TemplateId) {
    case 'cooperation-agreement':
      return compact({
        ...common,
        workerOffice: options.institution?.name,
        diagnosisDate: diagnosisDate(record),
        ...(agreement && !agreement.crisisVariant
          ? {
              drawnUpOn: agreement.signedOn,
              periodFrom: agreement.period.from,
              periodTo: agreement.period.to,
              reviewDates: agreement.reviewDates.length ? agreement.reviewDates : undefined,
            }
          : {}),
      });
    case 'cooperation-agreement-crisis':
      return compact({
        ...common,
        stage: agreement ? stageOn(record, agreement.signedOn) : currentStage(record),
        diagnosisDate: diagnosisDate(record),
        ...(agreement
          ? {
              drawnUpOn: agreement.signedOn,
              periodFrom: agreement.period.from,
              periodTo: agreement.period.to,
              reviewDates: agreement.reviewDates.length ? agreement.reviewDates : undefined,
            }
          : {}),
      });
    case 'update-note':
      return compact({ ...common, date: options.today, stage: currentStage(record) });
    case 'benefits-information':
      return compact({
        ...common,
        date: options.today,
        benefitsWorkerName: workerDisplay(rules, record.benefitsWorker),
        socialWorkSince: record.openedOn,
        standard: record.standard,
        stage: currentStage(record),
        agreementKind: agreement ? 'cooperation-agreement' : 'none',
        agreementFrom: agreement?.period.from,
        agreementTo: agreement?.period.to,
      });
    case 'record-card':
      return recordCard(record, rules, common);
    case 'social-contract':
      return compact({ ...common });
  }
}

const CLOSURE: Record<string, string> = {
  'goals-achieved': 'goals-achieved',
  'client-withdrew': 'client-withdrew',
  moved: 'moved',
  transferred: 'transferred',
  died: 'died',
  other: 'other',
};

/** docs/standard.md §4.2: one entry per recorded methodical action, dated, with the stage it was done at. */
function recordCard(record: CaseRecord, rules: Rules, common: Record<string, unknown>): TemplateData {
  const toolName = (id: string) => rules.tools.get(id)?.name.pl ?? id;
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
      `Informacja dla pracownika ds. świadczeń (${b.form === 'opinion' ? 'opinia' : b.form === 'certificate' ? 'zaświadczenie' : 'informacja'})${
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
  return compact({
    ...common,
    standard: record.standard,
    openedOn: record.openedOn,
    stages: record.stageHistory.map((h) =>
      compact({ stage: h.stage, enteredOn: h.enteredOn, justification: h.justification }),
    ),
    entries: entries.length ? entries : undefined,
    closedOn: state.status === 'closed' ? state.on : undefined,
    closureReason: state.status === 'closed' ? CLOSURE[state.reason] : undefined,
    finalEvaluationOn: final?.date,
  });
}

/** Fictional example values, clearly not a real person; dates derived from the case's own. */
function examples(id: TemplateId, data: TemplateData, asOf: string): TemplateData {
  const from = (data.periodFrom as string | undefined) ?? addDays(asOf, -10);
  const to = (data.periodTo as string | undefined) ?? addDays(from, 180);
  const due = (days: number) => {
    const d = addDays(from, days);
    return d > to ? to : d;
  };
  const client = {
    clientName: 'Jan Przykładowy (dane przykładowe)',
    clientAddress: 'ul. Przykładowa 1/2, 00-000 Przykładowo',
  };
  const goal = (area: string, aim: string, evidence: string) => ({
    area,
    aim,
    evidence,
    clientActions: [
      { action: 'Zarejestruję się w powiatowym urzędzie pracy i pójdę na spotkanie z doradcą', due: due(14) },
    ],
    workerActions: [
      { action: 'Umówię spotkanie z doradcą zawodowym i przekażę informację o KIS', due: due(7) },
    ],
  });
  const involved = [
    {
      name: 'Klub Integracji Społecznej',
      role: 'Zajęcia grupowe, trening pracy',
      contact: 'tel. 000 000 000',
    },
  ];
  switch (id) {
    case 'cooperation-agreement':
      return {
        ...client,
        drawnUpOn: from,
        place: 'Przykładowo',
        clientPhone: '000 000 000',
        workerPhone: '000 000 001',
        otherParties: [{ name: 'Anna Przykładowa', relation: 'żona', contact: 'ten sam adres' }],
        problemInClientWords: '„Od roku nie mam pracy i nie starcza nam na opłaty.”',
        generalGoal: '„Chcę znaleźć stałą pracę i spłacić zaległości za mieszkanie.”',
        periodFrom: from,
        periodTo: to,
        goals: [
          goal('Praca', 'Podjęcie zatrudnienia lub stażu', 'Klient ma umowę o pracę lub skierowanie na staż'),
          {
            ...goal(
              'Mieszkanie',
              'Ugoda w sprawie zaległości czynszowych',
              'Podpisana ugoda ze spółdzielnią',
            ),
            clientActions: [
              { action: 'Pójdę do spółdzielni i zapytam o rozłożenie długu na raty', due: due(21) },
            ],
            workerActions: [{ action: 'Pomogę przygotować wniosek o ugodę', due: due(14) }],
          },
        ],
        involved,
        reviewDates: [due(60), due(120)],
      };
    case 'cooperation-agreement-crisis':
      return {
        clientName: client.clientName,
        drawnUpOn: from,
        situationInClientWords: '„Po pożarze nie mamy gdzie mieszkać.”',
        safety: 'Rodzina przebywa tymczasowo u krewnych; kontakt telefoniczny codziennie.',
        goals: [
          {
            aim: 'Zapewnienie tymczasowego schronienia',
            clientActions: [{ action: 'Złożę wniosek o lokal tymczasowy', due: due(3) }],
            workerActions: [{ action: 'Skontaktuję się z wydziałem lokalowym', due: due(2) }],
          },
        ],
        periodFrom: from,
        periodTo: to,
        involved,
        extensionNote: 'Po diagnozie: cele szczegółowe w obszarze mieszkania i pracy.',
      };
    case 'update-note':
      return {
        date: asOf,
        trigger: 'new-information',
        noSignificantChange: false,
        areas: ['housing', 'income'],
        description: 'Klient otrzymał wypowiedzenie umowy najmu; dochód rodziny zmniejszył się.',
        impact: 'plan-changed',
        informBenefitsWorker: true,
        clientInformed: true,
      };
    case 'benefits-information':
      return {
        docType: 'opinion',
        number: 'OPS.PS.1/2026',
        date: asOf,
        clientName: client.clientName,
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
      };
    case 'record-card':
      return {};
    case 'social-contract':
      return {
        ...client,
        concludedOn: from,
        place: 'Przykładowo',
        variant: 'B',
        workerPhone: '000 000 001',
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
  }
}

const PICK: Record<TemplateId, (r: CaseRecord) => boolean> = {
  'cooperation-agreement': (r) =>
    r.agreement !== undefined &&
    !r.agreement.crisisVariant &&
    r.agreement.reviewDates.length > 0 &&
    diagnosisDate(r) !== undefined,
  'cooperation-agreement-crisis': (r) => r.agreement?.crisisVariant === true,
  'update-note': (r) => r.state.status === 'active' && r.updateNotes.length > 0,
  'benefits-information': (r) =>
    r.agreement !== undefined && r.benefitsInformation.length > 0 && r.benefitsWorker !== undefined,
  'record-card': (r) => r.tools.length >= 5 && r.evaluations.length > 0,
  'social-contract': (r) => r.standard === 'sw-unemployed' && r.state.status === 'active',
};

/** A demo case's document with example values (demo team of core), valid for rendering. */
export function demoTemplateData(id: TemplateId | string, asOf: string): TemplateData {
  const def = getTemplate(id);
  if (!def) throw new RangeError(`demoTemplateData: unknown template ${id}`);
  const demo = demoDataset(asOf);
  const policy = parsePolicy(demo.policy);
  if (!policy.ok) throw new Error('demo policy invalid');
  const rules = compileRules(policy.value);
  const file = parseCaseFile(demo.cases, { rules, today: asOf });
  if (!file.ok) throw new Error('demo cases invalid');
  const options = { rules, institution: policy.value.institution, today: asOf };
  for (const r of file.value.records) {
    if (r.kind !== 'case' || !PICK[def.id](r)) continue;
    const pre = prefillFromCase(def.id, r, options);
    const data = { ...examples(def.id, pre, asOf), ...pre };
    if (validateTemplateData(def.id, data).ok) return data;
  }
  throw new Error(`demoTemplateData: no demo case fits ${id}`);
}
