import { errorMessages, errorText } from './errors.ts';
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

/**
 * `{name}` placeholders filled from params (every UI's message catalogue uses it). A missing param becomes
 * empty, or stays as `{name}` with `keepMissing` (so a forgotten one shows up in review).
 */
export function fillPlaceholders(template: string, params: Params = {}, keepMissing = false): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? (keepMissing ? whole : '') : String(params[name]),
  );
}

/** The text of an input-error code (core/errors.ts), or undefined for an unknown key. */
export function inputMessage(key: string, params: Params = {}): Localized | undefined {
  return errorMessages.has(key) ? errorText(key, params) : undefined;
}
