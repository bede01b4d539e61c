import { defineMessages } from '../core/i18n.ts';

/**
 * Everything the `standardy` command says, Polish first (core/i18n.ts formats). Help texts are per command;
 * each command's `--help` prints its own, `standardy --help` the overview.
 */
export const cli = defineMessages({
  usage: {
    pl: `Użycie: standardy <polecenie> [opcje]

Polecenia:
  standards    katalog standardów, etapów i narzędzi
  check        ocena spraw: ustalenia i obciążenie pracowników
  workload     analiza czasu pracy (kategorie A–I, A–Ł)
  doc          dokumenty standardu (.docx) i sprawdzanie ich kompletności
  audit        raport dla koordynatora z eksportu rejestru (CSV, XLSX)
  team         serwer zespołu ośrodka (CouchDB): init, add-user

Opcje wspólne:
  --lang pl|en   język komunikatów (domyślnie pl)
  --help, -h     pomoc (także: standardy POLECENIE --help)
  --version, -V  wersja programu

Kody wyjścia: 0 – wykonano (ustalenia to wynik, nie błąd); 2 – błędne dane wejściowe lub wywołanie;
1 – błąd programu (zgłoś go; STANDARDY_DEBUG=1 pokaże szczegóły).`,
    en: `Usage: standardy <command> [options]

Commands:
  standards    the catalogue of standards, stages and tools
  check        evaluate cases: findings and caseload per worker
  workload     time-use analysis (categories A–I, A–Ł)
  doc          the standard's documents (.docx) and their completeness check
  audit        the supervisor's report from a register export (CSV, XLSX)
  team         the centre's team server (CouchDB): init, add-user

Common options:
  --lang pl|en   language of messages (default pl)
  --help, -h     help (also: standardy COMMAND --help)
  --version, -V  the program's version

Exit codes: 0 – it ran (findings are output, not failure); 2 – invalid input or usage;
1 – a bug in the program (please report it; STANDARDY_DEBUG=1 shows details).`,
  },
  'help.standards': {
    pl: `Użycie: standardy standards [--json]

Katalog dziesięciu standardów z etapami i narzędziami (obowiązkowymi i fakultatywnymi).
  --json   wynik jako JSON`,
    en: `Usage: standardy standards [--json]

The catalogue of the ten standards with their stages and tools (obligatory and optional).
  --json   output as JSON`,
  },
  'help.check': {
    pl: `Użycie: standardy check PLIK|--demo [--policy PLIK] [--today RRRR-MM-DD] [--json]

Ocena spraw z pliku spraw (JSON, case-records.schema.json): ustalenia według spraw, obciążenie
pracowników wobec normy i kompletność dokumentacji obowiązkowej.
  PLIK                 plik spraw albo eksport zapisów pracownika, w UTF-8
  --demo               zespół demonstracyjny zamiast pliku
  --policy PLIK        polityka ośrodka (policy.schema.json)
  --today RRRR-MM-DD   data oceny (domyślnie dzisiejsza)
  --json               wynik jako JSON (check-report.schema.json)`,
    en: `Usage: standardy check FILE|--demo [--policy FILE] [--today YYYY-MM-DD] [--json]

Evaluates a case-records file (JSON, case-records.schema.json): findings per case, each worker's caseload
against the norm, and the completeness of obligatory documentation.
  FILE                 a case-records file or a worker's records export, in UTF-8
  --demo               the demo team instead of a file
  --policy FILE        the centre's policy (policy.schema.json)
  --today YYYY-MM-DD   the evaluation date (default today)
  --json               output as JSON (check-report.schema.json)`,
  },
  'help.workload': {
    pl: `Użycie: standardy workload PLIK|--demo [--policy PLIK] [--json]

Analiza czasu pracy w kategoriach pilotażu (pracownicy socjalni A–I, ds. świadczeń A–Ł) wobec danych
z Torunia.
  PLIK            karta czasu pracy (JSON, time-use.schema.json)
  --demo          dane demonstracyjne
  --policy PLIK   polityka ośrodka (próg udziału dokumentacji)
  --json          wynik jako JSON (workload-report.schema.json)`,
    en: `Usage: standardy workload FILE|--demo [--policy FILE] [--json]

Time-use analysis in the pilot's categories (social workers A–I, benefits workers A–Ł) against the Toruń
figures.
  FILE            a time-use sheet (JSON, time-use.schema.json)
  --demo          demo data
  --policy FILE   the centre's policy (documentation share threshold)
  --json          output as JSON (workload-report.schema.json)`,
  },
  'help.doc': {
    pl: `Użycie:
  standardy doc --list [--json]
  standardy doc SZABLON --data PLIK.json [--case PLIK.json [--case-id ID]] [--policy PLIK] --out PLIK.docx [--draft]
  standardy doc SZABLON --demo --out PLIK.docx [--today RRRR-MM-DD]
  standardy doc check PLIK.docx|FOLDER [--json]

Dokumenty standardu jako .docx (umowa współpracy, notatka, karta pracy socjalnej…).
  --list         lista szablonów
  --data PLIK    pola dokumentu (JSON)
  --case PLIK    sprawa, z której wypełnić pola (z --case-id, gdy plik ma wiele spraw)
  --out PLIK     plik .docx do zapisania
  --draft        PROJEKT: zapisz mimo braków i zaznacz je
  check          braki w dokumentach (.docx) względem szablonu; folder przeszukiwany z podfolderami`,
    en: `Usage:
  standardy doc --list [--json]
  standardy doc TEMPLATE --data FILE.json [--case FILE.json [--case-id ID]] [--policy FILE] --out FILE.docx [--draft]
  standardy doc TEMPLATE --demo --out FILE.docx [--today YYYY-MM-DD]
  standardy doc check FILE.docx|FOLDER [--json]

The standard's documents as .docx (cooperation agreement, note, social-work record card…).
  --list         the templates
  --data FILE    the document's fields (JSON)
  --case FILE    a case to prefill the fields from (with --case-id when the file holds several)
  --out FILE     the .docx file to write
  --draft        DRAFT: write despite the gaps and mark them
  check          what documents (.docx) lack against their template; a folder is searched with subfolders`,
  },
  'help.doc-check': {
    pl: `Użycie: standardy doc check PLIK.docx|FOLDER [--json]

Czego dokumentom brakuje względem ich szablonu (pola wymagane puste lub usunięte). Pliki, które nie są
zwykłymi plikami (potoki, urządzenia), są pomijane z komunikatem.
  --json   wynik jako JSON: [{file, template, missing, error?}]`,
    en: `Usage: standardy doc check FILE.docx|FOLDER [--json]

What documents lack against their template (required fields empty or removed). Entries that are not
regular files (pipes, devices) are skipped with a notice.
  --json   output as JSON: [{file, template, missing, error?}]`,
  },
  'help.audit': {
    pl: `Użycie:
  standardy audit REJESTR --map MAPOWANIE.json [--records ZAPISY.json …] [--time KARTA] [--policy PLIK]
                  [--today RRRR-MM-DD] --out RAPORT.docx|.csv | --json
  standardy audit --demo --out RAPORT.docx

Raport dla koordynatora z eksportu rejestru systemu (CSV w UTF-8, Windows-1250 lub ISO-8859-2, albo XLSX
do 64 MB i 200 000 wierszy). Czytane są tylko kolumny z mapowania; wiersze, których nie da się odczytać,
są wymienione (numer wiersza i kolumna, bez treści komórki).
  --map PLIK       mapowanie kolumn (register-mapping.schema.json)
  --records PLIK   eksport zapisów pracownika z przeglądarki (można podać kilka razy)
  --time PLIK      karta czasu pracy (CSV, XLSX albo JSON)
  --out PLIK       raport .docx albo lista braków .csv
  --json           wyniki jako JSON (podsumowanie importu na stderr)`,
    en: `Usage:
  standardy audit REGISTER --map MAP.json [--records RECORDS.json …] [--time SHEET] [--policy FILE]
                  [--today YYYY-MM-DD] --out REPORT.docx|.csv | --json
  standardy audit --demo --out REPORT.docx

The supervisor's report from a system's register export (CSV in UTF-8, Windows-1250 or ISO-8859-2, or XLSX
up to 64 MB and 200,000 rows). Only the mapped columns are read; rows that cannot be read are listed (row
number and column, never the cell's text).
  --map FILE       the column mapping (register-mapping.schema.json)
  --records FILE   a worker's records export from the browser (may be given several times)
  --time FILE      a time-use sheet (CSV, XLSX or JSON)
  --out FILE       a .docx report or a .csv list of gaps
  --json           the figures as JSON (the import summary on stderr)`,
  },
  'help.team': {
    pl: `Użycie:
  standardy team init URL --db NAZWA [--share-free-text]
  standardy team add-user URL --name ID --role worker|supervisor|it [--reset-password]

Przygotowanie serwera zespołu ośrodka (Apache CouchDB 3.x, docs/team.md): baza zespołu z zabezpieczeniem
(_security) i regułą zapisu (validate_doc_update), konta pracowników i koordynatorów. Login i hasło
administratora: zmienne COUCHDB_USER i COUCHDB_PASSWORD albo pytanie (nigdy w wierszu polecenia); hasło nowego
konta: STANDARDY_USER_PASSWORD albo pytanie.
  --db NAZWA            nazwa bazy zespołu
  --share-free-text     teksty swobodne (uzasadnienia, notatki) także na serwer (domyślnie zostają u pracownika)
  --name ID             identyfikator pracownika, jak w systemie (np. PS-01)
  --role ROLA           worker (pracownik), supervisor (koordynator) albo it
  --reset-password      nowe hasło istniejącego konta`,
    en: `Usage:
  standardy team init URL --db NAME [--share-free-text]
  standardy team add-user URL --name ID --role worker|supervisor|it [--reset-password]

Sets up the centre's team server (Apache CouchDB 3.x, docs/team.md): the team database with its _security and
write rule (validate_doc_update), the accounts of workers and supervisors. The admin's name and password:
COUCHDB_USER and COUCHDB_PASSWORD or a prompt (never on the command line); a new account's password:
STANDARDY_USER_PASSWORD or a prompt.
  --db NAME             the team database's name
  --share-free-text     free texts (justifications, notes) go to the server too (by default they stay local)
  --name ID             the worker's id, as in the host system (e.g. PS-01)
  --role ROLE           worker, supervisor or it
  --reset-password      a new password for an existing account`,
  },
  // Usage errors
  'usage.title': { pl: 'Błędne wywołanie', en: 'Invalid usage' },
  'usage.see-help': {
    pl: 'Pomoc: standardy {command} --help',
    en: 'Help: standardy {command} --help',
  },
  'usage.unknown-command': {
    pl: 'nieznane polecenie „{name}”; dostępne: {list}',
    en: 'unknown command “{name}”; available: {list}',
  },
  'usage.unknown-option': {
    pl: 'nieznana opcja {option}; dozwolone: {list}',
    en: 'unknown option {option}; allowed: {list}',
  },
  'usage.option-value': { pl: 'opcja {option} wymaga wartości', en: 'option {option} needs a value' },
  'usage.option-no-value': {
    pl: 'opcja {option} nie przyjmuje wartości',
    en: 'option {option} takes no value',
  },
  'usage.unexpected-argument': {
    pl: 'nieoczekiwany argument „{value}”',
    en: 'unexpected argument “{value}”',
  },
  'usage.bad-lang': {
    pl: 'nieznany język „{value}”; dozwolone: pl, en',
    en: 'unknown language “{value}”; allowed: pl, en',
  },
  'usage.bad-today': {
    pl: '--today: oczekiwano istniejącej daty RRRR-MM-DD, podano „{value}”',
    en: '--today: expected an existing date YYYY-MM-DD, given “{value}”',
  },
  'usage.file-or-demo': { pl: 'podaj PLIK albo --demo, nie oba', en: 'give FILE or --demo, not both' },
  'usage.one-file': { pl: 'podaj dokładnie jeden PLIK albo --demo', en: 'give exactly one FILE or --demo' },
  'usage.audit-out': {
    pl: 'podaj --out RAPORT.docx albo RAPORT.csv (albo --json)',
    en: 'give --out REPORT.docx or REPORT.csv (or --json)',
  },
  'usage.audit-input': {
    pl: 'podaj REJESTR i --map MAPOWANIE.json (albo --demo)',
    en: 'give REGISTER and --map MAP.json (or --demo)',
  },
  'usage.one-template': {
    pl: 'podaj jeden SZABLON (lista: standardy doc --list)',
    en: 'give one TEMPLATE (list: standardy doc --list)',
  },
  'usage.unknown-template': {
    pl: 'nieznany szablon „{id}”; dostępne: {list}',
    en: 'unknown template “{id}”; available: {list}',
  },
  'usage.doc-out': { pl: 'podaj --out PLIK.docx', en: 'give --out FILE.docx' },
  'usage.doc-demo-or-data': {
    pl: '--demo albo --data/--case, nie oba',
    en: '--demo or --data/--case, not both',
  },
  'usage.doc-need-data': {
    pl: 'podaj --data PLIK.json (i/lub --case PLIK.json) albo --demo',
    en: 'give --data FILE.json (and/or --case FILE.json) or --demo',
  },
  'usage.no-case': { pl: 'brak sprawy {id} w {file}', en: 'no case {id} in {file}' },
  'usage.give-case-id': {
    pl: '{file}: podaj --case-id ({n, plural, one {# sprawa} few {# sprawy} many {# spraw} other {# sprawy}})',
    en: '{file}: give --case-id ({n, plural, one {# case} other {# cases}})',
  },
  'usage.doc-check-input': { pl: 'podaj PLIK.docx albo FOLDER', en: 'give FILE.docx or FOLDER' },
  // Input failures
  'input.title': { pl: 'Błędne dane w {file}:', en: 'Invalid input in {file}:' },
  'input.more': {
    pl: '  … i jeszcze {n, plural, one {# błąd} few {# błędy} many {# błędów} other {# błędu}}',
    en: '  … and {n, plural, one {# more error} other {# more errors}}',
  },
  'input.demo': { pl: 'dane demonstracyjne', en: 'demo data' },
  bug: {
    pl: 'standardy: błąd programu ({detail}). To nie wina danych – zgłoś go, podając polecenie; STANDARDY_DEBUG=1 pokaże szczegóły.',
    en: 'standardy: a bug in the program ({detail}). Not your data’s fault – please report it with the command; STANDARDY_DEBUG=1 shows details.',
  },
  // Output: check
  'check.as-of': { pl: '{inst}stan na {today, date}', en: '{inst}as of {today, date}' },
  'check.cases': {
    pl: '{n, plural, one {# sprawa} few {# sprawy} many {# spraw} other {# sprawy}}: {active, plural, one {# aktywna} few {# aktywne} many {# aktywnych} other {# aktywnej}}, {suspended, plural, one {# zawieszona} few {# zawieszone} many {# zawieszonych} other {# zawieszonej}}, {closed, plural, one {# zamknięta} few {# zamknięte} many {# zamkniętych} other {# zamkniętej}} · {contacts, plural, one {# kontakt jednorazowy} few {# kontakty jednorazowe} many {# kontaktów jednorazowych} other {# kontaktu jednorazowego}}',
    en: '{n, plural, one {# case} other {# cases}}: {active} active, {suspended} suspended, {closed} closed · {contacts, plural, one {# one-off contact} other {# one-off contacts}}',
  },
  'check.findings': {
    pl: 'Ustalenia: {error, plural, one {# błąd} few {# błędy} many {# błędów} other {# błędu}}, {warning, plural, one {# ostrzeżenie} few {# ostrzeżenia} many {# ostrzeżeń} other {# ostrzeżenia}}, {info, plural, one {# informacja} few {# informacje} many {# informacji} other {# informacji}}',
    en: 'Findings: {error, plural, one {# error} other {# errors}}, {warning, plural, one {# warning} other {# warnings}}, {info} info',
  },
  'check.by-case': {
    pl: 'Ustalenia według spraw ({n, plural, one {# sprawa} few {# sprawy} many {# spraw} other {# sprawy}}):',
    en: 'Findings by case ({n, plural, one {# case} other {# cases}}):',
  },
  'check.case-line': {
    pl: '{id}  {standard}  etap {stage}  {worker}{state}',
    en: '{id}  {standard}  stage {stage}  {worker}{state}',
  },
  'check.suspended': { pl: ' [zawieszona]', en: ' [suspended]' },
  'check.closed': { pl: ' [zamknięta]', en: ' [closed]' },
  'check.caseload': {
    pl: 'Obciążenie pracowników (sprawy aktywne wobec normy):',
    en: 'Caseload per worker (active cases against the norm):',
  },
  'check.completeness': {
    pl: 'Kompletność dokumentacji obowiązkowej (zespół): {share} ({done} z {due}); {gaps, plural, one {# brak} few {# braki} many {# braków} other {# braku}}',
    en: 'Obligatory documentation present (team): {share} ({done} of {due}); {gaps, plural, one {# gap} other {# gaps}}',
  },
  // Output: workload
  'workload.sw': { pl: 'Pracownicy socjalni – kategorie A–I:', en: 'Social workers – categories A–I:' },
  'workload.bw': {
    pl: 'Pracownicy ds. świadczeń – kategorie A–Ł:',
    en: 'Benefits workers – categories A–Ł:',
  },
  'workload.none': { pl: 'Brak ustaleń.', en: 'No findings.' },
  // Output: doc, audit
  'doc.written': { pl: 'Zapisano {file} ({name}{draft})', en: 'Written {file} ({name}{draft})' },
  'doc.draft': { pl: ', PROJEKT', en: ', DRAFT' },
  'doc.gaps': {
    pl: 'PROJEKT – braki ({n}):',
    en: 'DRAFT – gaps ({n}):',
  },
  'doc.any-stage': { pl: 'dowolny etap', en: 'any stage' },
  'doc.stages': { pl: 'etap {list}', en: 'stage {list}' },
  'doc.not-object': {
    pl: 'oczekiwano obiektu JSON z polami dokumentu',
    en: 'expected a JSON object of the document’s fields',
  },
  'check.cannot-read': {
    pl: '✖ {file}: nie można odczytać – {reason}',
    en: '✖ {file}: cannot read – {reason}',
  },
  'check.skipped': { pl: '– {file}: {reason}', en: '– {file}: {reason}' },
  'check.unrecognised': { pl: '? {file}: nie rozpoznano szablonu', en: '? {file}: template not recognised' },
  'check.complete': { pl: '✔ {file} ({template}): kompletny', en: '✔ {file} ({template}): complete' },
  'check.missing': {
    pl: '✖ {file} ({template}): {n, plural, one {# brak} few {# braki} many {# braków} other {# braku}}',
    en: '✖ {file} ({template}): {n, plural, one {# gap} other {# gaps}}',
  },
  'check.summary': {
    pl: 'Sprawdzono {n, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}}; z brakami lub nierozpoznanych: {incomplete}',
    en: 'Checked {n, plural, one {# file} other {# files}}; incomplete or unrecognised: {incomplete}',
  },
  'audit.summary': {
    pl: '{file}: {rows, plural, one {# wiersz} few {# wiersze} many {# wierszy} other {# wiersza}}, zaimportowano {imported}, pominięto {skipped}, {warnings, plural, one {# ostrzeżenie} few {# ostrzeżenia} many {# ostrzeżeń} other {# ostrzeżenia}}',
    en: '{file}: {rows, plural, one {# row} other {# rows}}, imported {imported}, skipped {skipped}, {warnings, plural, one {# warning} other {# warnings}}',
  },
  'audit.more-warnings': {
    pl: '  … i jeszcze {n, plural, one {# ostrzeżenie} few {# ostrzeżenia} many {# ostrzeżeń} other {# ostrzeżenia}}',
    en: '  … and {n, plural, one {# more warning} other {# more warnings}}',
  },
  'audit.records-file': {
    pl: '{file}: {cases, plural, one {# sprawa} few {# sprawy} many {# spraw} other {# sprawy}}, w rejestrze {inRegister} (nowsze niż rejestr {newer}, starsze {older}, rozbieżne {conflicts})',
    en: '{file}: {cases, plural, one {# case} other {# cases}}, in the register {inRegister} (newer than the register {newer}, older {older}, differing {conflicts})',
  },
  'audit.demo-register': { pl: 'rejestr demonstracyjny', en: 'demo register' },
  written: { pl: 'Zapisano {file}', en: 'Written {file}' },
  notice: { pl: '{file}: {text}', en: '{file}: {text}' },
});
export type CliKey = keyof typeof cli.messages;
