import type { Localized } from './schema/common.ts';

/**
 * Every sentence core/ says to a user, Polish first, English second. Finding messages by finding code,
 * input-validation messages by key (the `message` of a custom zod issue).
 */
type Params = Record<string, string | number | undefined>;
type Message = (p: Params) => Localized;

export const findingMessages = {
  'tool-missing': (p) => ({
    pl: `Brak narzędzia: ${p.toolPl} (etap ${p.stage})`,
    en: `Missing tool: ${p.toolEn} (stage ${p.stage})`,
  }),
  'stage-skipped': (p) => ({
    pl: `Pominięty etap ${p.stage}: przejście dalej bez obowiązkowych narzędzi, bez uzasadnienia i bez sytuacji kryzysowej`,
    en: `Stage ${p.stage} skipped: moved on without its obligatory tools, without a justification or a crisis flag`,
  }),
  'stage-overdue': (p) => ({
    pl: `Etap ${p.stage} trwa ${p.days} dni, dłużej niż ramy czasowe (${p.limit} dni, od ${p.since})`,
    en: `Stage ${p.stage} has run ${p.days} days, longer than its time frame (${p.limit} days, since ${p.since})`,
  }),
  'agreement-review-overdue': (p) => ({
    pl: `Przegląd umowy współpracy z dnia ${p.date} minął bez oceny okresowej`,
    en: `The cooperation agreement review of ${p.date} passed without a periodic evaluation`,
  }),
  'closed-without-evaluation': () => ({
    pl: 'Sprawa zamknięta bez ewaluacji końcowej',
    en: 'Case closed without the final evaluation',
  }),
  'benefits-info-client-not-informed': (p) => ({
    pl: `Informacja dla pracownika ds. świadczeń z dnia ${p.date} bez adnotacji, że klienta o tym poinformowano`,
    en: `Information passed to the benefits worker on ${p.date} with no record that the client was told`,
  }),
  'case-inactive': (p) => ({
    pl: `Brak udokumentowanych działań od ${p.days} dni (ostatnie: ${p.last}; dopuszczalne ${p.limit})`,
    en: `No recorded action for ${p.days} days (last: ${p.last}; allowed ${p.limit})`,
  }),
  'caseload-near-limit': (p) => ({
    pl: `${p.worker}: ${p.count} aktywnych spraw – blisko normy ${p.norm}`,
    en: `${p.worker}: ${p.count} active cases – near the norm of ${p.norm}`,
  }),
  'caseload-over-limit': (p) => ({
    pl: `${p.worker}: ${p.count} aktywnych spraw – ponad normę ${p.norm}`,
    en: `${p.worker}: ${p.count} active cases – over the norm of ${p.norm}`,
  }),
  'caseload-over-statutory': (p) => ({
    pl: `${p.worker}: ${p.count} aktywnych spraw – ponad ustawowe ${p.limit} środowisk (art. 110 ust. 11 u.p.s.)`,
    en: `${p.worker}: ${p.count} active cases – over the statutory ${p.limit} households (art. 110(11) of the Act)`,
  }),
  'documentation-share-high': (p) => ({
    pl: `${p.worker}: dokumentacja (kategoria E) to ${p.share}% czasu pracy – powyżej progu ${p.threshold}%`,
    en: `${p.worker}: documentation (category E) takes ${p.share}% of working time – above the ${p.threshold}% threshold`,
  }),
} satisfies Record<string, Message>;

export const inputMessages: Record<string, Message> = {
  'input.date-format': () => ({ pl: 'oczekiwano daty RRRR-MM-DD', en: 'expected a date YYYY-MM-DD' }),
  'input.date-nonexistent': () => ({ pl: 'taka data nie istnieje', en: 'no such date' }),
  'input.date-future': (p) => ({
    pl: `data w przyszłości (później niż ${p.today})`,
    en: `date in the future (after ${p.today})`,
  }),
  'input.date-order': (p) => ({
    pl: `data wcześniejsza niż ${p.other}`,
    en: `date earlier than ${p.other}`,
  }),
  'input.kebab-id': () => ({
    pl: 'identyfikator: małe litery, cyfry i łączniki (np. fs-genogram)',
    en: 'id: lower-case letters, digits and hyphens (e.g. fs-genogram)',
  }),
  'input.pseudonymous-id': () => ({
    pl: 'identyfikator pseudonimowy: 1–64 znaki, litery, cyfry i . _ / - (bez spacji i nazwisk)',
    en: 'pseudonymous id: 1–64 characters, letters, digits and . _ / - (no spaces, no names)',
  }),
  'input.time-category': () => ({
    pl: 'kategoria czasu pracy: sw.A…sw.I albo bw.A…bw.Ł',
    en: 'time-use category: sw.A…sw.I or bw.A…bw.Ł',
  }),
  'input.duplicate-worker': (p) => ({
    pl: `pracownik ${p.id} występuje dwa razy`,
    en: `worker ${p.id} is listed twice`,
  }),
  'input.duplicate-case': (p) => ({
    pl: `sprawa ${p.id} występuje dwa razy (także w records[${p.first}])`,
    en: `case ${p.id} appears twice (also at records[${p.first}])`,
  }),
  'input.unknown-tool': (p) => ({
    pl: `nieznane narzędzie „${p.tool}” (nie ma go w standardzie ani w polityce ośrodka)`,
    en: `unknown tool “${p.tool}” (not in the standard nor in the centre's policy)`,
  }),
  'input.duplicate-tool-id': (p) => ({
    pl: `narzędzie „${p.tool}” już istnieje w standardzie`,
    en: `tool “${p.tool}” already exists in the standard`,
  }),
  'input.unknown-subgroup': (p) => ({
    pl: `nieznana podgrupa „${p.subGroup}” standardu ${p.standard}`,
    en: `unknown sub-group “${p.subGroup}” of standard ${p.standard}`,
  }),
  'input.period-order': () => ({
    pl: 'koniec okresu umowy przed jego początkiem',
    en: "the agreement's period ends before it starts",
  }),
  'input.duplicate-entry': (p) => ({
    pl: `wpis ${p.id} występuje dwa razy`,
    en: `entry ${p.id} appears twice`,
  }),
  'input.entry-id': () => ({
    pl: 'identyfikator wpisu: litery, cyfry i . _ : - (do 128 znaków)',
    en: 'entry id: letters, digits and . _ : - (up to 128 characters)',
  }),
  'input.team-system': () => ({
    pl: 'system: adres źródłowy http(s)://host[:port], bez ścieżki',
    en: 'system: an http(s)://host[:port] origin, without a path',
  }),
  'input.invalid-json': (p) => ({ pl: `niepoprawny JSON: ${p.detail}`, en: `invalid JSON: ${p.detail}` }),
  'input.file-unreadable': (p) => ({
    pl: `nie można odczytać pliku: ${p.detail}`,
    en: `cannot read the file: ${p.detail}`,
  }),
};

/**
 * `{name}` placeholders filled from params (every UI's message catalogue uses it). A missing param becomes
 * empty, or stays as `{name}` with `keepMissing` (so a forgotten one shows up in review).
 */
export function fillPlaceholders(template: string, params: Params = {}, keepMissing = false): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? (keepMissing ? whole : '') : String(params[name]),
  );
}

export function inputMessage(key: string, params: Params = {}): Localized | undefined {
  return inputMessages[key]?.(params);
}
