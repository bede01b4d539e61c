import { defineMessages } from '../../../core/i18n.ts';

/** Part 1's sentences: connecting systems and importing adapters (moved here from lib/i18n.ts). */
const SYSTEMS = {
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

/** The options page's other sentences, Polish first, English second. */
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
  'export-adapter': { pl: 'Eksportuj adapter „{name}” (JSON)', en: 'Export the adapter “{name}” (JSON)' },
  'remove-adapter': { pl: 'Usuń adapter „{name}”', en: 'Remove the adapter “{name}”' },
  'import-file': { pl: 'Wybierz plik adaptera (JSON)…', en: 'Choose an adapter file (JSON)…' },
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
  'test-page': { pl: 'Rozpoznana strona: {page}', en: 'Page recognised: {page}' },
  'test-no-page': {
    pl: 'Żadna strona adaptera nie obejmuje tego adresu.',
    en: 'No page of the adapter covers this address.',
  },
  'test-no-tab': {
    pl: 'Karta nie odpowiada (zamknięta albo bez dostępu rozszerzenia).',
    en: 'The tab does not answer (closed, or the extension has no access).',
  },
  selector: { pl: 'Element strony', en: 'Page element' },
  'selector-key': { pl: 'Klucz w pliku adaptera', en: 'Key in the adapter file' },
  found: { pl: 'Znaleziono', en: 'Found' },
  'test-read': { pl: 'Odczytano', en: 'Read' },
  'page-kind.team-list': { pl: 'lista spraw zespołu', en: 'the team’s case list' },
  'page-kind.own-list': { pl: 'lista spraw pracownika', en: 'the worker’s case list' },
  'page-kind.case-detail': { pl: 'karta sprawy', en: 'case page' },
  'page-kind.other': { pl: 'inna strona systemu', en: 'another page of the system' },
  'selector.container': { pl: 'obszar strony czytany przez adapter', en: 'the page area the adapter reads' },
  'selector.rows': { pl: 'wiersze spraw', en: 'case rows' },
  'selector.total': { pl: 'liczba spraw według systemu', en: 'number of cases per the system' },
  'selector.activeCount': {
    pl: 'liczba aktywnych spraw według systemu',
    en: 'number of active cases per the system',
  },
  'selector.badge': { pl: 'miejsca na znaczki', en: 'places for badges' },
  'selector.banner': { pl: 'miejsce na komunikat o obciążeniu', en: 'place for the caseload notice' },
  'selector.caseId': { pl: 'numer sprawy', en: 'case number' },
  'selector.socialWorker': { pl: 'pracownik socjalny', en: 'social worker' },
  'selector.benefitsWorker': { pl: 'pracownik ds. świadczeń', en: 'benefits worker' },
  'selector.category': { pl: 'kategoria (standard)', en: 'category (standard)' },
  'selector.stage': { pl: 'etap', en: 'stage' },
  'selector.stageSince': { pl: 'data wejścia w etap', en: 'date the stage began' },
  'selector.openedOn': { pl: 'data założenia sprawy', en: 'date the case was opened' },
  'selector.status': { pl: 'status sprawy', en: 'case status' },
  'selector.stageHistory': { pl: 'historia etapów', en: 'stage history' },
  'selector.stageHistory-stage': { pl: 'historia etapów – etap', en: 'stage history – stage' },
  'selector.stageHistory-date': { pl: 'historia etapów – data', en: 'stage history – date' },
  'selector.documents': { pl: 'dokumenty sprawy', en: 'the case’s documents' },
  'selector.documents-name': { pl: 'dokumenty – nazwa', en: 'documents – name' },
  'selector.documents-date': { pl: 'dokumenty – data', en: 'documents – date' },
  'selector.documents-status': { pl: 'dokumenty – stan', en: 'documents – state' },
  'read.caseId': { pl: 'Numer sprawy', en: 'Case number' },
  'read.standard': { pl: 'Kategoria', en: 'Category' },
  'read.stage': { pl: 'Etap', en: 'Stage' },
  'read.stageSince': { pl: 'W etapie od', en: 'In the stage since' },
  'read.openedOn': { pl: 'Założona', en: 'Opened' },
  'read.status': { pl: 'Status', en: 'Status' },
  'read.status-active': { pl: 'aktywna', en: 'active' },
  'read.status-suspended': { pl: 'zawieszona', en: 'suspended' },
  'read.status-closed': { pl: 'zakończona', en: 'closed' },
  'read.socialWorker': { pl: 'Pracownik socjalny', en: 'Social worker' },
  'read.benefitsWorker': { pl: 'Pracownik ds. świadczeń', en: 'Benefits worker' },
  'read.documents': { pl: 'Dokumenty', en: 'Documents' },
  'read.date': { pl: '{d, date}', en: '{d, date}' },
  'read.document-done': { pl: '{name} – wykonane {d, date}', en: '{name} – done {d, date}' },
  'read.document-waived': { pl: '{name} – odstąpiono {d, date}', en: '{name} – waived {d, date}' },
  'read.list-team': {
    pl: 'Lista spraw zespołu – pierwsze wiersze ({n, plural, one {# sprawa} few {# sprawy} many {# spraw} other {# sprawy}}):',
    en: 'The team’s case list – first rows ({n, plural, one {# case} other {# cases}}):',
  },
  'read.list-own': {
    pl: 'Lista spraw pracownika – pierwsze wiersze ({n, plural, one {# sprawa} few {# sprawy} many {# spraw} other {# sprawy}}):',
    en: 'The worker’s case list – first rows ({n, plural, one {# case} other {# cases}}):',
  },
  'read.total': {
    pl: 'System podaje: {n, plural, one {# sprawa} few {# sprawy} many {# spraw} other {# sprawy}} na liście.',
    en: 'The system says: {n, plural, one {# case} other {# cases}} on the list.',
  },
  'read.failed': {
    pl: 'Adapter nie odczytał strony: nie znaleziono – {what}.',
    en: 'The adapter could not read the page: not found – {what}.',
  },
  'read.json': { pl: 'Dane techniczne (JSON)', en: 'Technical data (JSON)' },
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
  'data-exported': {
    pl: 'Wyeksportowano {n, plural, one {# sprawę} few {# sprawy} many {# spraw} other {# sprawy}} do pliku {file}.',
    en: 'Exported {n, plural, one {# case} other {# cases}} to {file}.',
  },
  'data-import': { pl: 'Importuj zapisy z pliku (JSON)…', en: 'Import records from a file (JSON)…' },
  'data-imported': {
    pl: 'Zaimportowano {n, plural, one {# sprawę} few {# sprawy} many {# spraw} other {# sprawy}}.',
    en: 'Imported {n, plural, one {# case} other {# cases}}.',
  },
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
    pl: 'Okres ustawił dział IT (zasady przedsiębiorstwa): {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}.',
    en: 'The period is set by IT (enterprise policy): {days, plural, one {# day} other {# days}}.',
  },
  'retention-none': { pl: 'Żadna sprawa nie czeka na usunięcie.', en: 'No case is waiting to be deleted.' },
  'retention-off': {
    pl: 'Zamknięte sprawy są przechowywane bez limitu.',
    en: 'Closed cases are kept without limit.',
  },
  'retention-list': {
    pl: 'Zamknięte sprawy i dni ich usunięcia',
    en: 'Closed cases and the days they will be deleted',
  },
  'retention-col-case': { pl: 'Sprawa', en: 'Case' },
  'retention-col-system': { pl: 'System', en: 'System' },
  'retention-col-closed': { pl: 'Zamknięta', en: 'Closed' },
  'retention-col-by': { pl: 'Kto zamknął', en: 'Closed by' },
  'retention-col-purge': { pl: 'Usunięcie z przeglądarki', en: 'Deleted from the browser' },
  'retention-closed-on': { pl: '{date, date}', en: '{date, date}' },
  'retention-closed-latest': {
    pl: 'najpóźniej {date, date} (wtedy rozszerzenie zobaczyło ją zamkniętą)',
    en: 'on {date, date} at the latest (when the extension saw it closed)',
  },
  'retention-by-host': { pl: 'system ośrodka', en: 'the centre’s system' },
  'retention-by-worker': { pl: 'pracownik (panel boczny)', en: 'a worker (side panel)' },
  'retention-by-import': { pl: 'import (kopia zapisów)', en: 'an import (records backup)' },
  'retention-purge-on': { pl: '{date, date}', en: '{date, date}' },
  'retention-saved': { pl: 'Zapisano okres przechowywania.', en: 'Retention saved.' },
  'retention-bad': {
    pl: 'Podaj liczbę dni od 1 do 3650 albo zostaw puste.',
    en: 'Enter 1 to 3650 days or leave empty.',
  },
} as const satisfies Record<string, { pl: string; en: string }>;

/** Every sentence of the options page (core/i18n.ts `defineMessages`: plurals by `Intl.PluralRules`). */
export const optionsMessages = defineMessages({ ...SYSTEMS, ...MORE });
export type OptionsKey = keyof typeof optionsMessages.messages;

/** The translator: `t(lang, key, params)`. */
export const t = optionsMessages.t;
