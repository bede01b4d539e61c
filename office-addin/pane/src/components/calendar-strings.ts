import type { CalendarStrings } from '@fluentui/react-calendar-compat';
import { defaultDatePickerStrings } from '@fluentui/react-datepicker-compat';
import type { Lang } from '../i18n.ts';

/**
 * The calendar's words in the pane's language, never the browser's: Polish month and day names, the week
 * from Monday (set where the picker is used). English keeps Fluent's own strings.
 */
const pl: CalendarStrings = {
  ...defaultDatePickerStrings,
  months: [
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
  shortMonths: ['sty', 'lut', 'mar', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paź', 'lis', 'gru'],
  days: ['niedziela', 'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota'],
  shortDays: ['Nd', 'Pn', 'Wt', 'Śr', 'Cz', 'Pt', 'So'],
  goToToday: 'Dzisiaj',
  prevMonthAriaLabel: 'Poprzedni miesiąc',
  nextMonthAriaLabel: 'Następny miesiąc',
  prevYearAriaLabel: 'Poprzedni rok',
  nextYearAriaLabel: 'Następny rok',
  prevYearRangeAriaLabel: 'Poprzednie lata',
  nextYearRangeAriaLabel: 'Następne lata',
  closeButtonAriaLabel: 'Zamknij kalendarz',
  monthPickerHeaderAriaLabel: '{0}, wybierz, aby zmienić rok',
  yearPickerHeaderAriaLabel: '{0}, wybierz, aby zmienić miesiąc',
  selectedDateFormatString: 'Wybrana data: {0}',
  todayDateFormatString: 'Dzisiaj: {0}',
  weekNumberFormatString: 'Tydzień {0}',
  dayMarkedAriaLabel: 'oznaczony',
};

export const CALENDAR_STRINGS: Record<Lang, CalendarStrings> = { pl, en: defaultDatePickerStrings };
