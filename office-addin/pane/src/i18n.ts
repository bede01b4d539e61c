import { fillPlaceholders } from '../../../core/index.ts';
import type { Localized } from '../../../core/index.ts';

/** Every sentence the pane says, Polish first, English second (like core/messages.ts). */
import type { Lang } from '../../../core/i18n.ts';
export type { Lang };
type Params = Record<string, string | number>;

export const paneMessages = {
  title: { pl: 'Standardy pracy socjalnej', en: 'Social-work standards' },
  language: { pl: 'Język', en: 'Language' },
  'mode.word': { pl: 'Połączono z Wordem', en: 'Connected to Word' },
  'mode.browser': {
    pl: 'Otwarto poza Wordem: dokument można pobrać jako plik .docx, a gotowy plik .docx – sprawdzić.',
    en: 'Opened outside Word: you can download the document as a .docx file and check a .docx file.',
  },
  'mode.old-word': {
    pl: 'Ta wersja Worda nie obsługuje WordApi {version}; dostępne jest pobieranie .docx.',
    en: 'This version of Word does not support WordApi {version}; downloading a .docx is available.',
  },
  'tab.draft': { pl: 'Utwórz', en: 'Draft' },
  'tab.check': { pl: 'Sprawdź', en: 'Check' },
  template: { pl: 'Szablon dokumentu', en: 'Document template' },
  packet: {
    pl: 'Pakiet sprawy (JSON z panelu rozszerzenia)',
    en: 'Case packet (JSON from the extension panel)',
  },
  'packet.help': {
    pl: 'Wklej dane sprawy skopiowane w panelu bocznym rozszerzenia; formularz wypełni się faktami sprawy (bez danych osobowych klienta).',
    en: "Paste the case data copied in the extension's side panel; the form is filled with the case's facts (no client personal data).",
  },
  'packet.apply': { pl: 'Wypełnij ze sprawy', en: 'Prefill from the case' },
  'packet.applied': { pl: 'Wypełniono z pakietu sprawy {id}.', en: 'Prefilled from the case packet {id}.' },
  'packet.not-json': { pl: 'To nie jest poprawny JSON: {error}', en: 'This is not valid JSON: {error}' },
  'packet.invalid': { pl: 'Pakiet sprawy jest niepoprawny:', en: 'The case packet is not valid:' },
  'list.add': { pl: 'Dodaj: {item}', en: 'Add: {item}' },
  'list.remove': { pl: 'Usuń: {item}', en: 'Remove: {item}' },
  'dates.help': {
    pl: 'Daty RRRR-MM-DD oddzielone przecinkami.',
    en: 'Dates YYYY-MM-DD separated by commas.',
  },
  'choice.none': { pl: '(nie wybrano)', en: '(none chosen)' },
  required: { pl: 'wymagane', en: 'required' },
  'form.errors': {
    pl: 'Popraw zaznaczone pola ({n}), zanim wstawisz dokument.',
    en: 'Correct the marked fields ({n}) before inserting the document.',
  },
  'form.missing': {
    pl: 'Brakuje wymaganych pól: {n}. Dokument można wstawić jako projekt i uzupełnić później.',
    en: 'Required fields missing: {n}. The document can be inserted as a draft and completed later.',
  },
  'insert.cursor': { pl: 'Wstaw w miejscu kursora', en: 'Insert at the cursor' },
  'insert.replace': { pl: 'Zastąp cały dokument', en: 'Replace the whole document' },
  'insert.done': { pl: 'Wstawiono dokument „{name}”.', en: 'Inserted the document “{name}”.' },
  update: {
    pl: 'Aktualizuj zmienione pola w dokumencie ({n})',
    en: 'Update changed fields in the document ({n})',
  },
  'update.done': { pl: 'Zaktualizowano pola: {fields}.', en: 'Updated fields: {fields}.' },
  'update.none': { pl: 'Brak zmian do zaktualizowania.', en: 'No changes to update.' },
  'update.gone': {
    pl: 'Tych pól nie ma już w dokumencie (usunięto je?) – nie utworzono ich ponownie: {fields}.',
    en: 'These fields are no longer in the document (deleted?) – they were not recreated: {fields}.',
  },
  download: { pl: 'Pobierz .docx', en: 'Download .docx' },
  'download.done': { pl: 'Zapisano plik {file}.', en: 'Saved the file {file}.' },
  'check.run': { pl: 'Sprawdź otwarty dokument', en: 'Check the open document' },
  'check.file': { pl: 'Sprawdź plik .docx', en: 'Check a .docx file' },
  'check.help': {
    pl: 'Kompletność według standardu: czego wymaga szablon, a czego brakuje lub jest puste – to samo sprawdzenie co `standardy doc check`.',
    en: 'Completeness against the standard: what the template requires but is missing or empty – the same check as `standardy doc check`.',
  },
  'check.unknown': {
    pl: 'Nie rozpoznano szablonu: brak pól ze znacznikami i nagłówka z nazwą dokumentu.',
    en: 'Template not recognised: no tagged fields and no heading with the document name.',
  },
  'check.complete': { pl: 'Dokument „{name}” jest kompletny.', en: 'The document “{name}” is complete.' },
  'check.missing': {
    pl: 'Dokument „{name}”: brakuje {n} wymaganych elementów.',
    en: 'Document “{name}”: {n} required items are missing.',
  },
  'check.show': { pl: 'Pokaż w dokumencie: {label}', en: 'Show in the document: {label}' },
  'check.not-found': {
    pl: 'Nie znaleziono tego miejsca w dokumencie.',
    en: 'This place was not found in the document.',
  },
  error: { pl: 'Błąd: {error}', en: 'Error: {error}' },
} satisfies Record<string, Localized>;

export type PaneMessageKey = keyof typeof paneMessages;

export function t(lang: Lang, key: PaneMessageKey, params: Params = {}): string {
  return fillPlaceholders(paneMessages[key][lang], params, true);
}
