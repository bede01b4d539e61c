import { fillPlaceholders } from '../../core/messages.ts';
import type { Lang } from './facts.ts';

/** Every sentence the extension says, Polish first, English second (docs/standard.md: Polish by default). */
export const MESSAGES = {
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
    pl: 'Policzono z {seen} z {total} spraw rejestru – przejrzyj pozostałe strony, by policzyć wszystkie.',
    en: 'Counted from {seen} of {total} cases in the register – page through the rest to count them all.',
  },
  'banner.complete': {
    pl: 'Policzono ze wszystkich {total} spraw rejestru (także z innych stron).',
    en: 'Counted from all {total} cases in the register (other pages too).',
  },
  'banner.hide': { pl: 'Ukryj', en: 'Hide' },
  'notice.text': {
    pl: 'standardy: nakładka nie pasuje do tej strony ({adapter}, {page}). System działa bez zmian.',
    en: 'standardy: the overlay does not match this page ({adapter}, {page}). The system works as usual.',
  },
  'notice.hide': { pl: 'Zamknij', en: 'Close' },
} as const satisfies Record<string, { pl: string; en: string }>;

export type MessageKey = keyof typeof MESSAGES;

export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return fillPlaceholders(MESSAGES[key][lang], params);
}

/** "1 aktywna sprawa", "3 aktywne sprawy", "23 aktywne sprawy", "25 aktywnych spraw". */
export function activeCases(lang: Lang, n: number): string {
  if (lang === 'en') return n === 1 ? 'active case' : 'active cases';
  if (n === 1) return 'aktywna sprawa';
  const last = n % 10;
  const lastTwo = n % 100;
  return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? 'aktywne sprawy' : 'aktywnych spraw';
}

/** The options page (where an IT person connects systems and imports adapters). */
export const OPTIONS_MESSAGES = {
  title: { pl: 'standardy – ustawienia', en: 'standardy – settings' },
  language: { pl: 'Język', en: 'Language' },
  systems: { pl: 'Systemy ośrodka', en: "The centre's systems" },
  'systems-intro': {
    pl: 'Nakładka działa tylko na adresach, do których udzielisz dostępu. System demonstracyjny (127.0.0.1, localhost) działa od instalacji.',
    en: 'The overlay works only on the addresses you grant. The demo system (127.0.0.1, localhost) works from install.',
  },
  origin: {
    pl: 'Adres systemu (np. https://opiekun.mops.example.pl)',
    en: 'System address (e.g. https://opiekun.mops.example.pl)',
  },
  adapter: { pl: 'Adapter', en: 'Adapter' },
  grant: { pl: 'Udziel dostępu i włącz', en: 'Grant access and enable' },
  remove: { pl: 'Usuń', en: 'Remove' },
  granted: { pl: 'dostęp udzielony', en: 'access granted' },
  'not-granted': { pl: 'brak dostępu', en: 'no access' },
  'bad-origin': { pl: 'Podaj adres http(s)://…', en: 'Enter an http(s)://… address' },
  refused: { pl: 'Nie udzielono dostępu.', en: 'Access was not granted.' },
  none: { pl: 'Brak skonfigurowanych systemów.', en: 'No systems configured.' },
  adapters: { pl: 'Adaptery', en: 'Adapters' },
  bundled: { pl: 'wbudowany', en: 'bundled' },
  imported: { pl: 'zaimportowany', en: 'imported' },
  import: { pl: 'Importuj adapter (JSON)', en: 'Import an adapter (JSON)' },
  'import-button': { pl: 'Importuj', en: 'Import' },
  'import-ok': { pl: 'Zaimportowano adapter {id}.', en: 'Imported adapter {id}.' },
  'import-errors': { pl: 'Adapter ma błędy:', en: 'The adapter has errors:' },
  'not-json': { pl: 'To nie jest poprawny JSON.', en: 'This is not valid JSON.' },
} as const satisfies Record<string, { pl: string; en: string }>;
