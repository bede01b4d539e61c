import { errorMessages, errorText } from './errors.ts';
import { localize } from './i18n.ts';
import type { Localized } from './schema/common.ts';

/**
 * Every sentence core/ says to a user, Polish first, English second. Finding messages by finding code,
 * input-validation messages by key (the `message` of a custom zod issue).
 */
type Params = Record<string, string | number | undefined>;
/** "23 aktywne sprawy", "25 aktywnych spraw" (core/i18n.ts plural rules). */
const ACTIVE_PL =
  '{count, plural, one {# aktywna sprawa} few {# aktywne sprawy} many {# aktywnych spraw} other {# aktywnej sprawy}}';
type Message = (p: Params) => Localized;
/** "1 dzień", "2 dni", "0,5 dnia" (nominative) for a day count `name`. */
const DAYS_PL = (name: string) => `{${name}, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}`;

export const findingMessages = {
  'tool-missing': (p) => ({
    pl: `Brak narzędzia: ${p.toolPl} (etap ${p.stage})`,
    en: `Missing tool: ${p.toolEn} (stage ${p.stage})`,
  }),
  'stage-skipped': (p) => ({
    pl: `Pominięty etap ${p.stage}: przejście dalej bez obowiązkowych narzędzi, bez uzasadnienia i bez sytuacji kryzysowej`,
    en: `Stage ${p.stage} skipped: moved on without its obligatory tools, without a justification or a crisis flag`,
  }),
  'stage-overdue': (p) =>
    localize(
      {
        pl: `Etap {stage} trwa ${DAYS_PL('days')}, dłużej niż ramy czasowe (${DAYS_PL('limit')}, od {since})`,
        en: 'Stage {stage} has run {days, plural, one {# day} other {# days}}, longer than its time frame ({limit, plural, one {# day} other {# days}}, since {since})',
      },
      p,
    ),
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
  'case-inactive': (p) =>
    localize(
      {
        // "od 1 dnia", "od 102 dni": the genitive after "od".
        pl: 'Brak udokumentowanych działań od {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}} (ostatnie: {last}; dopuszczalne {limit})',
        en: 'No recorded action for {days, plural, one {# day} other {# days}} (last: {last}; allowed {limit})',
      },
      p,
    ),
  'caseload-near-limit': (p) =>
    localize(
      {
        pl: `{worker}: ${ACTIVE_PL} – blisko normy {norm, number}`,
        en: '{worker}: {count, plural, one {# active case} other {# active cases}} – near the norm of {norm, number}',
      },
      p,
    ),
  'caseload-over-limit': (p) =>
    localize(
      {
        pl: `{worker}: ${ACTIVE_PL} – ponad normę {norm, number}`,
        en: '{worker}: {count, plural, one {# active case} other {# active cases}} – over the norm of {norm, number}',
      },
      p,
    ),
  'caseload-over-statutory': (p) =>
    localize(
      {
        pl: `{worker}: ${ACTIVE_PL} – ponad ustawowe {limit, plural, one {# środowisko} few {# środowiska} many {# środowisk} other {# środowiska}} (art. 110 ust. 11 u.p.s.)`,
        en: '{worker}: {count, plural, one {# active case} other {# active cases}} – over the statutory {limit} households (art. 110(11) of the Act)',
      },
      p,
    ),
  'documentation-share-high': (p) =>
    localize(
      {
        pl: '{worker}: dokumentacja (kategoria E) to {share, number}% czasu pracy – powyżej progu {threshold, number}%',
        en: '{worker}: documentation (category E) takes {share, number}% of working time – above the {threshold, number}% threshold',
      },
      p,
    ),
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
