import { defineMessages } from '../../../core/index.ts';
import type { Lang, Params } from '../../../core/index.ts';

export type { Lang };

/** Every sentence the pane says, in the one i18n shape of core/i18n.ts: Polish first, English second. */
export const paneMessages = defineMessages({
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
  template: { pl: 'Dokument', en: 'Document' },
  packet: { pl: 'Pakiet sprawy z rozszerzenia', en: 'Case packet from the extension' },
  'packet.help': {
    pl: 'W panelu bocznym rozszerzenia kliknij „Kopiuj pakiet sprawy”, potem tutaj „Wczytaj ze schowka” – albo otwórz lub upuść zapisany plik .json. Formularz wypełni się faktami sprawy (bez danych osobowych klienta).',
    en: 'In the extension’s side panel click “Copy case packet”, then “Read from the clipboard” here – or open or drop a saved .json file. The form is filled with the case’s facts (no client personal data).',
  },
  'packet.clipboard': { pl: 'Wczytaj ze schowka', en: 'Read from the clipboard' },
  'packet.file': { pl: 'Otwórz plik pakietu (.json)', en: 'Open a packet file (.json)' },
  'packet.drop': { pl: 'albo upuść tu plik pakietu', en: 'or drop a packet file here' },
  'packet.applied': {
    pl: 'Wypełniono z pakietu sprawy {id}: {n, plural, one {# pole} few {# pola} many {# pól} other {# pola}}.',
    en: 'Prefilled from the case packet {id}: {n, plural, one {# field} other {# fields}}.',
  },
  'packet.no-clipboard': {
    pl: 'Nie można odczytać schowka (brak zgody przeglądarki lub Worda). Otwórz zapisany plik pakietu.',
    en: 'The clipboard cannot be read (the browser or Word did not allow it). Open a saved packet file.',
  },
  'packet.empty': {
    pl: 'Schowek jest pusty. Skopiuj pakiet sprawy w panelu bocznym rozszerzenia.',
    en: 'The clipboard is empty. Copy the case packet in the extension’s side panel.',
  },
  'packet.not-json': {
    pl: 'To nie jest pakiet sprawy: tekst nie jest w formacie JSON. Skopiuj pakiet przyciskiem „Kopiuj pakiet sprawy” w rozszerzeniu.',
    en: 'This is not a case packet: the text is not JSON. Copy the packet with “Copy case packet” in the extension.',
  },
  'packet.invalid': {
    pl: 'Pakiet sprawy jest niepoprawny ({n, plural, one {# błąd} few {# błędy} many {# błędów} other {# błędu}}):',
    en: 'The case packet is not valid ({n, plural, one {# error} other {# errors}}):',
  },
  'list.add': { pl: 'Dodaj: {item}', en: 'Add: {item}' },
  'list.remove': { pl: 'Usuń: {item}', en: 'Remove: {item}' },
  'date.placeholder': { pl: 'dd.mm.rrrr', en: 'dd.mm.yyyy' },
  'date.invalid': {
    pl: 'Niepoprawna data: wpisz ją jako dd.mm.rrrr, np. 14.03.2026.',
    en: 'Not a valid date: type it as dd.mm.yyyy, e.g. 14.03.2026.',
  },
  'dates.help': {
    pl: 'Daty dd.mm.rrrr oddzielone przecinkami, np. 14.03.2026, 14.06.2026.',
    en: 'Dates dd.mm.yyyy separated by commas, e.g. 14.03.2026, 14.06.2026.',
  },
  'dates.invalid': {
    pl: 'Jedna z dat jest niepoprawna. Wpisz daty jako dd.mm.rrrr, oddzielone przecinkami.',
    en: 'One of the dates is not valid. Type dates as dd.mm.yyyy, separated by commas.',
  },
  'choice.none': { pl: '(nie wybrano)', en: '(none chosen)' },
  required: { pl: 'wymagane', en: 'required' },
  'form.errors': {
    pl: 'Popraw {n, plural, one {# zaznaczone pole} few {# zaznaczone pola} many {# zaznaczonych pól} other {# zaznaczonego pola}}, zanim wstawisz dokument.',
    en: 'Correct {n, plural, one {# marked field} other {# marked fields}} before inserting the document.',
  },
  'form.missing': {
    pl: 'Brakuje {n, plural, one {# wymaganego pola} few {# wymaganych pól} many {# wymaganych pól} other {# wymaganego pola}}. Dokument można wstawić jako projekt i uzupełnić później.',
    en: '{n, plural, one {# required field is} other {# required fields are}} missing. The document can be inserted as a draft and completed later.',
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
    pl: 'Kompletność według standardu: czego wymaga dokument, a czego w nim brakuje lub jest puste. Kliknięcie braku zaznacza jego miejsce w dokumencie.',
    en: 'Completeness against the standard: what the document requires but lacks or leaves empty. Clicking a gap selects its place in the document.',
  },
  'check.unknown': {
    pl: 'Nie rozpoznano dokumentu: brak pól standardu i nagłówka z nazwą dokumentu.',
    en: 'Document not recognised: no fields of the standard and no heading with the document name.',
  },
  'check.complete': { pl: 'Dokument „{name}” jest kompletny.', en: 'The document “{name}” is complete.' },
  'check.missing': {
    pl: 'Dokument „{name}”: {n, plural, one {brakuje # wymaganego elementu} few {brakuje # wymaganych elementów} many {brakuje # wymaganych elementów} other {brakuje # wymaganego elementu}}.',
    en: 'Document “{name}”: {n, plural, one {# required item is} other {# required items are}} missing.',
  },
  'check.show': { pl: 'Pokaż w dokumencie: {label}', en: 'Show in the document: {label}' },
  'check.not-found': {
    pl: 'Nie znaleziono tego miejsca w dokumencie.',
    en: 'This place was not found in the document.',
  },
  'check.unreadable': {
    pl: 'Nie można odczytać pliku jako dokumentu Word (.docx).',
    en: 'The file cannot be read as a Word document (.docx).',
  },
  error: { pl: 'Nie udało się: {error}', en: 'It failed: {error}' },
});

export type PaneMessageKey = keyof typeof paneMessages.messages;

export function t(lang: Lang, key: PaneMessageKey, params: Params = {}): string {
  return paneMessages.t(lang, key, params);
}
