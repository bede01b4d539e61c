import { defineMessages } from '../../core/i18n.ts';
import type { Lang } from '../../core/i18n.ts';

/**
 * The sentences of the extension's shared controls (date field and calendar, file button, form errors,
 * pagination), in the one i18n shape of core/i18n.ts. The controls speak the extension's language, never
 * the browser's: no native date picker, no "Choose File".
 */
export const uiMessages = defineMessages({
  'date.hint': { pl: 'dd.mm.rrrr', en: 'dd.mm.yyyy' },
  'date.format': {
    pl: 'Wpisz datę jako dd.mm.rrrr, np. {example}.',
    en: 'Type the date as dd.mm.yyyy, e.g. {example}.',
  },
  'date.not-a-date': { pl: 'Takiego dnia nie ma w kalendarzu.', en: 'There is no such day in the calendar.' },
  'date.after-max': {
    pl: 'Data nie może być późniejsza niż {max, date}.',
    en: 'The date cannot be later than {max, date}.',
  },
  'date.before-min': {
    pl: 'Data nie może być wcześniejsza niż {min, date}.',
    en: 'The date cannot be earlier than {min, date}.',
  },
  'date.required': { pl: 'Podaj datę.', en: 'Enter a date.' },
  'date.open': { pl: 'Wybierz z kalendarza: {label}', en: 'Choose from the calendar: {label}' },
  'date.dialog': { pl: 'Kalendarz: {label}', en: 'Calendar: {label}' },
  'date.prev-month': { pl: 'Poprzedni miesiąc', en: 'Previous month' },
  'date.next-month': { pl: 'Następny miesiąc', en: 'Next month' },
  'date.close': { pl: 'Zamknij kalendarz', en: 'Close the calendar' },
  'date.keys': {
    pl: 'Strzałki – dzień i tydzień, Page Up / Page Down – miesiąc, Enter – wybierz, Esc – zamknij.',
    en: 'Arrows – day and week, Page Up / Page Down – month, Enter – choose, Esc – close.',
  },
  'file.none': { pl: 'Nie wybrano pliku', en: 'No file chosen' },
  'file.chosen': {
    pl: '{n, plural, one {Wybrano plik: {names}} few {Wybrano # pliki: {names}} many {Wybrano # plików: {names}} other {Wybrano # pliku: {names}}}',
    en: '{n, plural, one {File chosen: {names}} other {# files chosen: {names}}}',
  },
  'form.invalid': { pl: 'Popraw pola formularza:', en: 'Correct the form’s fields:' },
  'form.required': { pl: 'uzupełnij to pole', en: 'fill in this field' },
  'pager.label': { pl: 'Strony tabeli: {name}', en: 'Table pages: {name}' },
  'pager.prev': { pl: 'Poprzednia strona', en: 'Previous page' },
  'pager.next': { pl: 'Następna strona', en: 'Next page' },
  'pager.status': {
    pl: 'Strona {page} z {pages} (wiersze {from}–{to} z {total})',
    en: 'Page {page} of {pages} (rows {from}–{to} of {total})',
  },
  'pager.size': { pl: 'Wierszy na stronie', en: 'Rows per page' },
});
export type UiKey = keyof typeof uiMessages.messages;

/** The translator: `t(lang, key, params)`. */
export const t = uiMessages.t;

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Month names (nominative for the calendar's title, genitive for a day: "29 listopada 2026"). */
export const MONTHS: Record<Lang, { nominative: string[]; genitive: string[] }> = {
  pl: {
    nominative: [
      'styczeń',
      'luty',
      'marzec',
      'kwiecień',
      'maj',
      'czerwiec',
      'lipiec',
      'sierpień',
      'wrzesień',
      'październik',
      'listopad',
      'grudzień',
    ],
    genitive: [
      'stycznia',
      'lutego',
      'marca',
      'kwietnia',
      'maja',
      'czerwca',
      'lipca',
      'sierpnia',
      'września',
      'października',
      'listopada',
      'grudnia',
    ],
  },
  en: { nominative: EN_MONTHS, genitive: EN_MONTHS },
};

/** Weekdays from Monday: short (the calendar's header) and full (its title attribute and day labels). */
export const WEEKDAYS: Record<Lang, { short: string[]; full: string[] }> = {
  pl: {
    short: ['pn', 'wt', 'śr', 'cz', 'pt', 'so', 'nd'],
    full: ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
  },
  en: {
    short: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'],
    full: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  },
};
