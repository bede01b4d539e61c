import type { Lang } from '../../lib/facts.ts';
import { fillPlaceholders } from '../../../core/messages.ts';
import { OPTIONS_MESSAGES } from '../../lib/i18n.ts';

/** The options page's sentences: part 1's (systems, adapters) and these, Polish first, English second. */
export const MORE = {
  dashboard: {
    pl: 'Pulpit koordynatora: dokumentacja, obciążenie, raporty',
    en: 'Coordinator’s dashboard: documentation, caseload, reports',
  },
  'adapters-intro': {
    pl: 'Wyłączony adapter nie czyta żadnej strony. Adaptery zarządzane ustawia dział IT ośrodka (zasady przedsiębiorstwa).',
    en: 'A disabled adapter reads no page. Managed adapters are set by the centre’s IT (enterprise policy).',
  },
  enabled: { pl: 'włączony', en: 'enabled' },
  managed: { pl: 'zarządzany przez IT', en: 'managed by IT' },
  'export-adapter': { pl: 'Eksportuj', en: 'Export' },
  'import-file': { pl: 'albo wybierz plik adaptera', en: 'or choose an adapter file' },
  'managed-invalid': {
    pl: 'Adapter zarządzany nr {n} jest niepoprawny i nie działa (pozostałe działają):',
    en: 'Managed adapter no. {n} is invalid and does not work (the others do):',
  },
  test: { pl: 'Test adaptera na otwartej stronie', en: 'Test an adapter on an open page' },
  'test-intro': {
    pl: 'Pokazuje, ile elementów znalazł każdy selektor adaptera na wybranej karcie i co odczytano (bez nazwisk).',
    en: 'Shows how many elements each selector of the adapter found on the chosen tab, and what was read (no names).',
  },
  'test-tab': { pl: 'Karta', en: 'Tab' },
  'test-run': { pl: 'Testuj ten adapter na tej stronie', en: 'Test this adapter on this page' },
  'test-no-tabs': {
    pl: 'Brak otwartych stron systemów – otwórz stronę systemu w innej karcie i odśwież.',
    en: 'No open pages of the systems – open a page of the system in another tab and refresh.',
  },
  'test-refresh': { pl: 'Odśwież listę kart', en: 'Refresh the tab list' },
  'test-page': { pl: 'Strona adaptera: {page}', en: 'Adapter page: {page}' },
  'test-no-page': {
    pl: 'Żadna strona adaptera nie obejmuje tego adresu.',
    en: 'No page of the adapter covers this address.',
  },
  'test-no-tab': {
    pl: 'Karta nie odpowiada (zamknięta albo bez dostępu rozszerzenia).',
    en: 'The tab does not answer (closed, or the extension has no access).',
  },
  selector: { pl: 'Selektor', en: 'Selector' },
  found: { pl: 'Znaleziono', en: 'Found' },
  'test-read': { pl: 'Odczytano', en: 'Read' },
  policy: { pl: 'Polityka ośrodka', en: 'Institution policy' },
  'policy-source-default': {
    pl: 'Obowiązują ustawienia domyślne standardu.',
    en: 'The standard’s defaults apply.',
  },
  'policy-source-imported': {
    pl: 'Obowiązuje zaimportowana polityka ośrodka.',
    en: 'The imported policy applies.',
  },
  'policy-source-managed': {
    pl: 'Obowiązuje polityka ustawiona przez dział IT (zasady przedsiębiorstwa); nie można jej tu zmienić.',
    en: 'The policy set by IT (enterprise policy) applies; it cannot be changed here.',
  },
  'policy-managed-invalid': {
    pl: 'Polityka z zasad przedsiębiorstwa jest niepoprawna i nie obowiązuje:',
    en: 'The enterprise-policy policy is invalid and does not apply:',
  },
  'policy-import': { pl: 'Importuj politykę (JSON)', en: 'Import a policy (JSON)' },
  'policy-import-button': { pl: 'Importuj politykę', en: 'Import the policy' },
  'policy-reset': { pl: 'Przywróć domyślne', en: 'Reset to defaults' },
  'policy-ok': { pl: 'Zaimportowano politykę.', en: 'Policy imported.' },
  'policy-errors': {
    pl: 'Polityka ma błędy – obowiązuje dotychczasowa:',
    en: 'The policy has errors – the previous one stays in force:',
  },
  'policy-view': { pl: 'Polityka w mocy (JSON)', en: 'Policy in force (JSON)' },
  data: { pl: 'Dane', en: 'Data' },
  'data-intro': {
    pl: 'Zapis spraw jest tylko w tej przeglądarce (numery spraw i fakty standardu, bez nazwisk). Eksport to jeden plik JSON w formacie rejestru spraw.',
    en: 'Case records live only in this browser (case numbers and the standard’s facts, no names). The export is one JSON file in the case-record format.',
  },
  'data-export': { pl: 'Eksportuj wszystkie zapisy', en: 'Export all records' },
  'data-exported': { pl: 'Wyeksportowano {n} spraw do {file}.', en: 'Exported {n} cases to {file}.' },
  'data-import': { pl: 'Importuj zapisy z pliku', en: 'Import records from a file' },
  'data-imported': { pl: 'Zaimportowano {n} spraw.', en: 'Imported {n} cases.' },
  'data-reading': { pl: 'Wczytywanie kopii {file}…', en: 'Reading the backup {file}…' },
  'data-sending': {
    pl: 'Przesyłanie kopii: część {sent} z {total}…',
    en: 'Sending the backup: part {sent} of {total}…',
  },
  'data-import-failed': {
    pl: 'Import nieudany – nic nie zmieniono ({detail}).',
    en: 'The import failed – nothing was changed ({detail}).',
  },
  'data-import-errors': {
    pl: 'Plik ma błędy – nic nie zmieniono:',
    en: 'The file has errors – nothing was changed:',
  },
  'data-wipe': { pl: 'Usuń wszystkie zapisy z tej przeglądarki', en: 'Delete all records from this browser' },
  'data-wipe-confirm': {
    pl: 'Rozumiem, że zapisy zostaną usunięte (najpierw wyeksportuj).',
    en: 'I understand the records will be deleted (export first).',
  },
  'data-wiped': { pl: 'Usunięto wszystkie zapisy.', en: 'All records deleted.' },
  retention: { pl: 'Przechowywanie zamkniętych spraw', en: 'Retention of closed cases' },
  'retention-days': {
    pl: 'Usuwaj zamknięte sprawy po tylu dniach (puste = nigdy)',
    en: 'Delete closed cases after this many days (empty = never)',
  },
  'retention-save': { pl: 'Zapisz okres', en: 'Save the period' },
  'retention-managed': {
    pl: 'Okres ustawił dział IT (zasady przedsiębiorstwa): {days} dni.',
    en: 'The period is set by IT (enterprise policy): {days} days.',
  },
  'retention-none': { pl: 'Żadna sprawa nie czeka na usunięcie.', en: 'No case is waiting to be deleted.' },
  'retention-off': {
    pl: 'Zamknięte sprawy są przechowywane bez limitu.',
    en: 'Closed cases are kept without limit.',
  },
  'retention-list': {
    pl: 'Zamknięte sprawy i dni ich usunięcia:',
    en: 'Closed cases and the days they will be deleted:',
  },
  'retention-case': { pl: 'zamknięta', en: 'closed' },
  'retention-purge': { pl: 'usunięcie', en: 'deletion' },
  'retention-saved': { pl: 'Zapisano okres przechowywania.', en: 'Retention saved.' },
  'retention-bad': {
    pl: 'Podaj liczbę dni od 1 do 3650 albo zostaw puste.',
    en: 'Enter 1 to 3650 days or leave empty.',
  },
} as const satisfies Record<string, { pl: string; en: string }>;

export const OPTIONS = { ...OPTIONS_MESSAGES, ...MORE };
export type OptionsKey = keyof typeof OPTIONS;

export function o(lang: Lang, key: OptionsKey, params: Record<string, string | number> = {}): string {
  return fillPlaceholders(OPTIONS[key][lang], params);
}
