import { defineMessages, format } from '../../core/i18n.ts';
import type { Lang } from './facts.ts';

/**
 * Every sentence the overlay says on a host page, Polish first, English second, in the one i18n shape of
 * core/i18n.ts (`defineMessages`, plurals by `Intl.PluralRules`). The side panel, the options page and the
 * dashboard keep their own catalogues beside them (sidepanel/i18n.ts, entrypoints/options/i18n.ts,
 * dashboard/i18n.ts), each read through a translator named `t`.
 */
export const overlayMessages = defineMessages({
  'badge.stage': { pl: 'Etap {stage}', en: 'Stage {stage}' },
  'badge.stage-unknown': { pl: 'Etap ?', en: 'Stage ?' },
  'badge.missing': { pl: 'Braki: {n}', en: 'Missing: {n}' },
  'badge.complete': { pl: 'Komplet', en: 'Complete' },
  'badge.not-opened': { pl: 'Nie otwierano', en: 'Not opened yet' },
  'badge.not-opened-title': {
    pl: 'Tej sprawy jeszcze nie otwierano – narzędzia nieznane, otwórz sprawę, by je sprawdzić',
    en: 'This case has not been opened yet – its tools are unknown; open it to check them',
  },
  'badge.stale': { pl: 'Etap się zmienił', en: 'Stage changed' },
  'badge.stale-title': {
    pl: 'Etap różni się od zapamiętanego – otwórz sprawę ponownie, by sprawdzić narzędzia',
    en: 'The stage differs from the one remembered – open the case again to check its tools',
  },
  'badge.overdue': { pl: 'Po terminie', en: 'Overdue' },
  'badge.missing-list': { pl: 'Brakujące narzędzia: {list}', en: 'Missing tools: {list}' },
  'badge.status-suspended': { pl: 'zawieszona', en: 'suspended' },
  'badge.status-closed': { pl: 'zakończona', en: 'closed' },
  'badge.aria': { pl: 'standardy: {parts}', en: 'standardy: {parts}' },
  'banner.title-over': { pl: 'Obciążenie ponad normę', en: 'Caseload over the norm' },
  'banner.title-near': { pl: 'Obciążenie blisko normy', en: 'Caseload near the norm' },
  'banner.self': {
    pl: 'Masz {prefix}{n} {cases} (norma {norm}) – {status}.',
    en: 'You have {prefix}{n} {cases} (norm {norm}) – {status}.',
  },
  'banner.worker': {
    pl: '{worker}: {prefix}{n} {cases} (norma {norm}) – {status}',
    en: '{worker}: {prefix}{n} {cases} (norm {norm}) – {status}',
  },
  'banner.at-least': { pl: 'co najmniej ', en: 'at least ' },
  'banner.status-near': { pl: 'blisko normy', en: 'near the norm' },
  'banner.status-over': { pl: 'ponad normę', en: 'over the norm' },
  'banner.status-over-statutory': { pl: 'ponad limit ustawowy', en: 'over the statutory limit' },
  'banner.source-host': { pl: 'Według licznika systemu.', en: "From the system's own count." },
  'banner.coverage': {
    pl: 'Policzono z {seen} z {total, plural, one {# sprawy} few {# spraw} many {# spraw} other {# sprawy}} rejestru – przejrzyj pozostałe strony, by policzyć wszystkie.',
    en: 'Counted from {seen} of {total} cases in the register – page through the rest to count them all.',
  },
  'banner.complete': {
    pl: 'Policzono {total, plural, one {z # sprawy} few {ze wszystkich # spraw} many {ze wszystkich # spraw} other {ze wszystkich # sprawy}} rejestru (także z innych stron).',
    en: 'Counted from all {total} cases in the register (other pages too).',
  },
  'banner.hide': { pl: 'Ukryj', en: 'Hide' },
  'notice.text': {
    pl: 'standardy: nakładka nie pasuje do tej strony ({adapter}, {page}). System działa bez zmian.',
    en: 'standardy: the overlay does not match this page ({adapter}, {page}). The system works as usual.',
  },
  'notice.hide': { pl: 'Zamknij', en: 'Close' },
});

export const MESSAGES = overlayMessages.messages;
export type MessageKey = keyof typeof MESSAGES;

/** The translator: `t(lang, key, params)`. */
export const t = overlayMessages.t;

const ACTIVE_CASES = {
  pl: '{n, plural, one {aktywna sprawa} few {aktywne sprawy} many {aktywnych spraw} other {aktywnej sprawy}}',
  en: '{n, plural, one {active case} other {active cases}}',
};

/** The noun phrase after a count: "1 aktywna sprawa", "23 aktywne sprawy", "25 aktywnych spraw". */
export function activeCases(lang: Lang, n: number): string {
  return format(lang, ACTIVE_CASES[lang], { n });
}
