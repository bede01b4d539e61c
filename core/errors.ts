import { defineMessages, format } from './i18n.ts';
import type { Lang, LocalizedText, Params } from './i18n.ts';
import { looksLikeName } from './pseudonymous.ts';

/**
 * One error shape for every reader (case files, policies, time use, register CSV/XLSX, mappings, adapters,
 * backups, .docx): a stable kebab-case `code`, where it applies a structured location, and the text in
 * both languages from the catalogue below. Code never compares errors by their text — by `code` only.
 *
 * Privacy: a message never carries a cell's text from a column that can hold a name (a client's name can
 * land in any column once a stray `;` shifts the cells); `shownValue` lets a value through only when it
 * looks like a code. Everything printed goes through `printable` (no ESC sequences reach a terminal).
 */

/** Where in a file an error is: a table's row (header = 1) and column, a JSON path, a byte offset. */
export interface ErrorLocation {
  file?: string;
  row?: number;
  column?: string;
  /** A JSON path or a document part (`word/document.xml`). */
  field?: string;
  /** Byte offset from the start of the file (encoding errors). */
  offset?: number;
  /** Line and column in a text file (JSON, XML). */
  line?: number;
  col?: number;
}

/** A validation error pointing at its place: `records[3].stageHistory[1].enteredOn: data w przyszłości`. */
export interface InputError {
  /** Stable code, e.g. `register.unknown-category` (docs/errors.md); absent only in old stored data. */
  code?: string;
  path: string;
  message: LocalizedText;
  at?: ErrorLocation;
}

/** The typed failure every reader throws for bad input: callers print it (CLI: exit 2) or show it. */
export class InputFailure extends Error {
  override readonly name = 'InputFailure';
  readonly file: string | undefined;
  constructor(
    readonly errors: InputError[],
    file?: string,
  ) {
    super(errors.map((e) => e.message.pl).join('; ') || 'błędne dane wejściowe');
    this.file = file;
  }
}

/** True for an InputFailure, also one that crossed a realm (a worker, another bundle's copy of core). */
export function isInputFailure(e: unknown): e is InputFailure {
  return (
    e instanceof InputFailure ||
    (e instanceof Error && e.name === 'InputFailure' && Array.isArray((e as InputFailure).errors))
  );
}

export const errorMessages = defineMessages({
  // Files
  'file.not-found': { pl: 'nie ma takiego pliku', en: 'no such file' },
  'file.no-permission': { pl: 'brak uprawnień do odczytu', en: 'permission denied' },
  'file.is-directory': { pl: 'to folder, a nie plik', en: 'this is a folder, not a file' },
  'file.not-regular': {
    pl: 'to nie jest zwykły plik (potok, gniazdo lub urządzenie) – pominięto',
    en: 'not a regular file (a pipe, socket or device) – skipped',
  },
  'file.unreadable': { pl: 'nie można odczytać pliku ({reason})', en: 'cannot read the file ({reason})' },
  'file.cannot-write': { pl: 'nie można zapisać pliku ({reason})', en: 'cannot write the file ({reason})' },
  'file.too-large': {
    pl: 'plik ma {size, number} MB, więcej niż dopuszczalne {limit, number} MB',
    en: 'the file has {size, number} MB, more than the allowed {limit, number} MB',
  },
  'file.empty': { pl: 'plik jest pusty', en: 'the file is empty' },
  'file.not-utf8': {
    pl: 'plik nie jest zapisany w UTF-8{guess} (wiersz {row}, bajt {offset}); zapisz go jako UTF-8',
    en: 'the file is not UTF-8{guess} (line {row}, byte {offset}); save it as UTF-8',
  },
  // JSON
  'input.invalid-json': {
    pl: 'niepoprawny JSON w wierszu {line}, kolumnie {col}',
    en: 'invalid JSON at line {line}, column {col}',
  },
  'input.json-truncated': {
    pl: 'niepoprawny JSON: plik kończy się w środku danych',
    en: 'invalid JSON: the file ends in the middle of the data',
  },
  // Schema validation (zod issues get `schema.<issue code>` with zod's own localized text)
  'input.date-format': { pl: 'oczekiwano daty RRRR-MM-DD', en: 'expected a date YYYY-MM-DD' },
  'input.date-nonexistent': { pl: 'taka data nie istnieje', en: 'no such date' },
  'input.date-future': {
    pl: 'data w przyszłości (później niż {today, date})',
    en: 'date in the future (after {today, date})',
  },
  'input.date-order': { pl: 'data wcześniejsza niż {other, date}', en: 'date earlier than {other, date}' },
  'input.kebab-id': {
    pl: 'identyfikator: małe litery, cyfry i łączniki (np. fs-genogram)',
    en: 'id: lower-case letters, digits and hyphens (e.g. fs-genogram)',
  },
  'input.pseudonymous-id': {
    pl: 'identyfikator pseudonimowy: 1–64 znaki, litery, cyfry i . _ / - (bez spacji i nazwisk)',
    en: 'pseudonymous id: 1–64 characters, letters, digits and . _ / - (no spaces, no names)',
  },
  'id.pesel': {
    pl: 'to wygląda na numer PESEL – identyfikator sprawy lub pracownika nie może być daną osobową; użyj numeru sprawy z systemu',
    en: 'this looks like a PESEL number – a case or worker id must not be personal data; use the case number from the system',
  },
  'id.name': {
    pl: 'to wygląda na nazwisko – identyfikator nie może być imieniem ani nazwiskiem; użyj numeru sprawy lub symbolu pracownika',
    en: 'this looks like a surname – an id must not be a first name or surname; use the case number or the worker code',
  },
  'input.time-category': {
    pl: 'kategoria czasu pracy: sw.A…sw.I albo bw.A…bw.Ł',
    en: 'time-use category: sw.A…sw.I or bw.A…bw.Ł',
  },
  'input.duplicate-worker': { pl: 'pracownik {id} występuje dwa razy', en: 'worker {id} is listed twice' },
  'input.duplicate-case': {
    pl: 'sprawa {id} występuje dwa razy (także w records[{first}])',
    en: 'case {id} appears twice (also at records[{first}])',
  },
  'input.unknown-tool': {
    pl: 'nieznane narzędzie „{tool}” (nie ma go w standardzie ani w polityce ośrodka)',
    en: 'unknown tool “{tool}” (not in the standard nor in the centre’s policy)',
  },
  'input.duplicate-tool-id': {
    pl: 'narzędzie „{tool}” już istnieje w standardzie',
    en: 'tool “{tool}” already exists in the standard',
  },
  'input.unknown-subgroup': {
    pl: 'nieznana podgrupa „{subGroup}” standardu {standard}',
    en: 'unknown sub-group “{subGroup}” of standard {standard}',
  },
  'input.duplicate-entry': { pl: 'wpis {id} występuje dwa razy', en: 'entry {id} appears twice' },
  'input.entry-id': {
    pl: 'identyfikator wpisu: litery, cyfry i . _ : - (do 128 znaków)',
    en: 'entry id: letters, digits and . _ : - (up to 128 characters)',
  },
  'input.team-system': {
    pl: 'system: adres źródłowy http(s)://host[:port], bez ścieżki',
    en: 'system: an http(s)://host[:port] origin, without a path',
  },
  'policy.managed': {
    pl: 'politykę ustawił dział IT ośrodka (zasady przedsiębiorstwa) – nie można jej tu zmienić',
    en: 'the centre’s IT set the policy (enterprise policy) – it cannot be changed here',
  },
  'input.period-order': {
    pl: 'koniec okresu umowy przed jego początkiem',
    en: 'the agreement’s period ends before it starts',
  },
  // Encodings of text tables
  'encoding.invalid-utf8': {
    pl: 'bajt spoza UTF-8 w wierszu {row} (bajt {offset}), a mapowanie wymaga UTF-8; zmień „encoding” na „auto” albo zapisz plik jako UTF-8',
    en: 'a byte that is not UTF-8 in line {row} (byte {offset}), and the mapping requires UTF-8; set “encoding” to “auto” or save the file as UTF-8',
  },
  'encoding.mixed': {
    pl: 'plik jest w UTF-8, ale wiersz {row} (bajt {offset}) zawiera znak w innym kodowaniu (np. Windows-1250) – plik sklejono z dwóch eksportów? Zapisz całość w jednym kodowaniu',
    en: 'the file is UTF-8 but line {row} (byte {offset}) holds a character in another encoding (e.g. Windows-1250) – joined from two exports? Save it all in one encoding',
  },
  'encoding.undetected': {
    pl: 'nie rozpoznano kodowania (UTF-8, Windows-1250, ISO-8859-2): wiersz {row}, bajt {offset}',
    en: 'encoding not recognised (UTF-8, Windows-1250, ISO-8859-2): line {row}, byte {offset}',
  },
  'encoding.binary': {
    pl: 'to nie jest plik tekstowy CSV (bajt zerowy w wierszu {row}, bajt {offset})',
    en: 'not a CSV text file (a zero byte in line {row}, byte {offset})',
  },
  'encoding.utf16': {
    pl: 'plik zapisano w UTF-16; zapisz go jako CSV UTF-8',
    en: 'the file is UTF-16; save it as CSV UTF-8',
  },
  // Tables (CSV, XLSX)
  'table.no-header': { pl: 'brak wiersza nagłówka', en: 'no header row' },
  'table.too-many-rows': {
    pl: 'arkusz ma ponad {limit, plural, one {# wiersz} few {# wiersze} many {# wierszy} other {# wiersza}} – podziel eksport na mniejsze pliki',
    en: 'the sheet has more than {limit, number} rows – split the export into smaller files',
  },
  'table.too-many-columns': {
    pl: 'wiersz {row} ma ponad {limit, plural, one {# kolumnę} few {# kolumny} many {# kolumn} other {# kolumny}}',
    en: 'row {row} has more than {limit, number} columns',
  },
  'table.cell-too-long': {
    pl: 'komórka w wierszu {row} ma ponad {limit, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}',
    en: 'a cell in row {row} has more than {limit, number} characters',
  },
  'csv.unclosed-quote': {
    pl: 'cudzysłów otwarty w wierszu {row} nie został zamknięty – reszta pliku trafiłaby do jednej komórki',
    en: 'a quote opened in row {row} is never closed – the rest of the file would land in one cell',
  },
  'xlsx.corrupt': {
    pl: 'uszkodzony plik XLSX (nie da się go rozpakować)',
    en: 'a damaged XLSX file (it cannot be unpacked)',
  },
  'xlsx.is-docx': {
    pl: 'to dokument Word (.docx), a nie rejestr – podaj eksport rejestru w CSV albo XLSX',
    en: 'this is a Word document (.docx), not a register – give the register export as CSV or XLSX',
  },
  'xlsx.not-spreadsheet': {
    pl: 'to archiwum ZIP, ale nie arkusz XLSX',
    en: 'this is a ZIP archive but not an XLSX spreadsheet',
  },
  'xlsx.sheet-missing': {
    pl: 'w pliku nie ma arkusza „{sheet}”; arkusze: {sheets}',
    en: 'the file has no sheet “{sheet}”; sheets: {sheets}',
  },
  'xlsx.invalid-xml': {
    pl: 'uszkodzony XML arkusza ({part}, wiersz {line}, kolumna {col})',
    en: 'damaged sheet XML ({part}, line {line}, column {col})',
  },
  'xls.legacy': {
    pl: 'to stary format Excela (.xls); zapisz plik jako .xlsx albo CSV',
    en: 'this is the old Excel format (.xls); save it as .xlsx or CSV',
  },
  // ZIP containers (.docx, .xlsx)
  'zip.too-many-entries': {
    pl: 'archiwum ma {n, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}} wewnątrz, więcej niż dopuszczalne {limit, number}',
    en: 'the archive holds {n, number} files, more than the allowed {limit, number}',
  },
  'zip.too-large-inflated': {
    pl: 'część {part} po rozpakowaniu ma {size, number} MB, więcej niż dopuszczalne {limit, number} MB',
    en: 'part {part} unpacks to {size, number} MB, more than the allowed {limit, number} MB',
  },
  'zip.encrypted': {
    pl: 'plik jest zaszyfrowany hasłem – zapisz go bez hasła',
    en: 'the file is password-protected – save it without a password',
  },
  'zip.unsupported': {
    pl: 'nieobsługiwana metoda kompresji w części {part}',
    en: 'unsupported compression method in part {part}',
  },
  // .docx
  'docx.not-docx': {
    pl: 'to nie jest dokument .docx (nie jest archiwum ZIP)',
    en: 'not a .docx document (not a ZIP archive)',
  },
  'docx.corrupt': {
    pl: 'uszkodzony dokument .docx (nie da się go rozpakować)',
    en: 'a damaged .docx document (it cannot be unpacked)',
  },
  'docx.no-document': {
    pl: 'brak części word/document.xml – to nie jest dokument Word',
    en: 'no word/document.xml part – not a Word document',
  },
  'docx.invalid-xml': {
    pl: 'uszkodzony XML w {part} (wiersz {line}, kolumna {col})',
    en: 'damaged XML in {part} (line {line}, column {col})',
  },
  'docx.too-deep': {
    pl: 'XML w {part} jest zagnieżdżony głębiej niż {limit, number} poziomów',
    en: 'the XML in {part} nests deeper than {limit, number} levels',
  },
  // Register rows (core/register/import.ts): the column is in the location, never the cell's text
  'register.missing-columns': {
    pl: 'w rejestrze brak kolumn z mapowania: {columns}',
    en: 'the register lacks the mapped columns: {columns}',
  },
  'register.no-case-id': { pl: 'brak numeru sprawy', en: 'no case id' },
  'register.case-id-invalid': {
    pl: 'numer sprawy nie jest identyfikatorem (litery, cyfry, . _ / -)',
    en: 'the case number is not an id (letters, digits, . _ / -)',
  },
  'register.duplicate-case': {
    pl: 'sprawa {id} już była w wierszu {first}',
    en: 'case {id} already in row {first}',
  },
  'register.unknown-category': {
    pl: 'nieznana wartość kategorii{value} (dodaj ją do mapowania)',
    en: 'unknown category value{value} (add it to the mapping)',
  },
  'register.unknown-stage': {
    pl: 'nieznana wartość etapu{value} (dodaj ją do mapowania)',
    en: 'unknown stage value{value} (add it to the mapping)',
  },
  'register.unknown-status': { pl: 'nieznana wartość statusu{value}', en: 'unknown status value{value}' },
  'register.no-worker-id': { pl: 'brak identyfikatora pracownika socjalnego', en: 'no social worker id' },
  'register.no-date': { pl: 'brak daty', en: 'no date' },
  'register.invalid-date': { pl: 'niepoprawna data{value}', en: 'invalid date{value}' },
  'register.future-date': { pl: 'data w przyszłości{value}', en: 'date in the future{value}' },
  'register.unknown-document': {
    pl: 'nieznany dokument – pominięto (dodaj go do mapowania)',
    en: 'unknown document – skipped (add it to the mapping)',
  },
  'register.document-no-date': {
    pl: 'dokument bez poprawnej daty – pominięto',
    en: 'a document without a valid date – skipped',
  },
  'register.mapping-unknown-tool': {
    pl: 'mapowanie wskazuje nieznane narzędzie „{tool}”',
    en: 'the mapping names an unknown tool “{tool}”',
  },
  'register.invalid-review-date': {
    pl: 'niepoprawna data przeglądu umowy',
    en: 'invalid agreement review date',
  },
  // Time-use sheets
  'time-use.missing-columns': {
    pl: 'brak kolumn Pracownik, Kategoria i Godziny',
    en: 'columns Worker, Category and Hours are required',
  },
  'time-use.no-worker-id': { pl: 'brak identyfikatora pracownika', en: 'no worker id' },
  'time-use.unknown-category': {
    pl: 'nieznana kategoria{value} (sw.A…sw.I, bw.A…bw.Ł albo litera z kolumną Rola)',
    en: 'unknown category{value} (sw.A…sw.I, bw.A…bw.Ł or a letter with a Role column)',
  },
  'time-use.invalid-hours': { pl: 'niepoprawna liczba godzin{value}', en: 'invalid hours{value}' },
  'time-use.invalid-date': { pl: 'niepoprawna data{value}', en: 'invalid date{value}' },
  'time-use.nothing-read': {
    pl: 'żaden wiersz karty czasu pracy nie dał się odczytać',
    en: 'no row of the time-use sheet could be read',
  },
  // Backups (extension options page)
  'backup.incomplete': {
    pl: 'kopia nie dotarła w całości – nic nie zmieniono; spróbuj ponownie',
    en: 'the backup did not arrive whole – nothing was changed; try again',
  },
  'backup.too-large': {
    pl: 'plik kopii ma {size, number} MB, więcej niż dopuszczalne {limit, number} MB',
    en: 'the backup file has {size, number} MB, more than the allowed {limit, number} MB',
  },
});
export type ErrorCode = keyof typeof errorMessages.messages;

/** A parameter that differs by language (a quoted value: „…” in Polish, “…” in English). */
export type LocalizedParams = Record<string, string | number | undefined | LocalizedText>;

function paramsFor(lang: Lang, params: LocalizedParams): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(params)) out[k] = v !== null && typeof v === 'object' ? v[lang] : v;
  return out;
}

/** The message of a code in both languages. */
export function errorText(code: ErrorCode, params: LocalizedParams = {}): LocalizedText {
  const m = errorMessages.messages[code];
  return { pl: format('pl', m.pl, paramsFor('pl', params)), en: format('en', m.en, paramsFor('en', params)) };
}

/** An InputError of a catalogue code, with its location. */
export function inputError(
  code: ErrorCode,
  params: LocalizedParams = {},
  at?: ErrorLocation,
  path = at?.field ?? '',
): InputError {
  return { code, path, message: errorText(code, params), ...(at ? { at } : {}) };
}

/** Throw one InputFailure of one code. */
export function fail(code: ErrorCode, params: LocalizedParams = {}, at?: ErrorLocation): never {
  throw new InputFailure([inputError(code, params, at)], at?.file);
}

// C0 and C1 controls (ESC, BEL, …) except tab and newline, DEL, and the bidi overrides that can reorder
// what a terminal or a page shows.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Control characters (ESC, BEL…) and bidi overrides removed; tab and newline kept. */
export function stripControls(text: string): string {
  return text.replace(UNPRINTABLE, '');
}

/** Text safe to print: control characters and bidi overrides removed, at most `max` characters. */
export function printable(text: string, max = 200): string {
  const clean = stripControls(text);
  return clean.length > max ? clean.slice(0, max - 1) + '…' : clean;
}

/**
 * A conservative "this is a code, not a name" test for showing a cell's value in a message: ASCII
 * letters, digits and `. _ / -`, at most 24 characters, with a digit or a separator, not a long number
 * (a PESEL, a phone) and not a hyphenated pair of words (a double surname).
 */
export function looksLikeCode(text: string): boolean {
  if (!/^[A-Za-z0-9._/-]{1,24}$/.test(text)) return false;
  // One or two letters (a category letter, a stage) cannot be a name.
  if (/^[A-Za-z]{1,2}$/.test(text)) return true;
  if (/^\d{7,}$/.test(text) || /\d{9,}/.test(text)) return false;
  if (looksLikeName(text)) return false;
  if (/\d/.test(text) || /^[a-z]+(?:[._/-][a-z0-9]+)+$/.test(text)) return true;
  // Short parts joined by separators (`I-b`, `sw.E`); a name's parts are longer.
  const parts = text.split(/[._/-]/);
  return parts.length > 1 && parts.every((p) => p.length > 0 && p.length <= 2);
}

/** A value for a `{value}` placeholder: ` („sw-x”)` when it looks like a code, else nothing. */
export function shownValue(text: string): LocalizedText {
  const t = text.trim();
  if (t === '' || !looksLikeCode(t)) return { pl: '', en: '' };
  return { pl: ` „${t}”`, en: ` “${t}”` };
}

const WORDS: Record<Lang, { row: string; column: string }> = {
  pl: { row: 'wiersz', column: 'kolumna' },
  en: { row: 'row', column: 'column' },
};

/**
 * `wiersz 12, kolumna „Kategoria”` — a table cell's place, without the file name. (Line, column and byte
 * offsets of text files are part of their messages, which UIs show alone.)
 */
export function describeLocation(at: ErrorLocation | undefined, lang: Lang): string {
  if (!at) return '';
  const w = WORDS[lang];
  const q = (s: string) => (lang === 'pl' ? `„${printable(s, 60)}”` : `“${printable(s, 60)}”`);
  const parts: string[] = [];
  if (at.row !== undefined) parts.push(`${w.row} ${at.row}`);
  if (at.column !== undefined) parts.push(`${w.column} ${q(at.column)}`);
  return parts.join(', ');
}

/** One printable line: `path: message` (or `wiersz 12, kolumna „X”: message`); `(plik)`/`(file)` if none. */
export function formatError(e: InputError, lang: Lang = 'pl'): string {
  const where = [e.path, describeLocation(e.at, lang)].filter(Boolean).join(', ');
  return printable(`${where || (lang === 'pl' ? '(plik)' : '(file)')}: ${e.message[lang]}`, 1000);
}
