import { defineMessages } from '../../../core/i18n.ts';

const WAITING_PL =
  '{n, plural, =0 {} one { — # zmiana czeka} few { — # zmiany czekają} many { — # zmian czeka} other { — # zmiany czeka}}';
const WAITING_EN = '{n, plural, =0 {} one { — # change waiting} other { — # changes waiting}}';

/** Every sentence of the team feature (side panel, options, dashboard), Polish first, English second. */
export const teamMessages = defineMessages({
  'status.label': { pl: 'Serwer zespołu:', en: 'Team server:' },
  'status.synced': { pl: 'zsynchronizowano {time}', en: 'synchronised {time}' },
  'status.syncing': { pl: `synchronizacja…${WAITING_PL}`, en: `synchronising…${WAITING_EN}` },
  'status.offline': { pl: `bez połączenia${WAITING_PL}`, en: `offline${WAITING_EN}` },
  'status.forbidden': { pl: 'brak uprawnień', en: 'not allowed' },
  'status.expired': {
    pl: `sesja wygasła — zaloguj ponownie${WAITING_PL}`,
    en: `session expired — sign in again${WAITING_EN}`,
  },
  'status.signed-out': {
    pl: `nie zalogowano — zaloguj się${WAITING_PL}`,
    en: `not signed in — sign in${WAITING_EN}`,
  },
  'status.no-permission': {
    pl: 'brak dostępu do serwera — udziel go w ustawieniach',
    en: 'no access to the server — grant it in the settings',
  },
  'status.not-allowed': {
    pl: 'ta wersja rozszerzenia nie może łączyć się z tym serwerem (zob. docs/team.md)',
    en: 'this build of the extension cannot connect to this server (see docs/team.md)',
  },
  'status.denied': {
    pl: 'brak uprawnień: {n, plural, one {# wpis zostaje} few {# wpisy zostają} many {# wpisów zostaje} other {# wpisu zostaje}} tylko w tej przeglądarce',
    en: 'not allowed: {n, plural, one {# entry stays} other {# entries stay}} in this browser only',
  },
  'denied.not-case-worker': {
    pl: 'Serwer zespołu odmówił zapisu w sprawie {caseId}: nie jesteś jej pracownikiem socjalnym ani pracownikiem ds. świadczeń. Wpis zostaje w tej przeglądarce.',
    en: 'The team server refused the entry in case {caseId}: you are neither its social worker nor its benefits worker. The entry stays in this browser.',
  },
  'denied.not-author': {
    pl: 'Serwer zespołu odmówił zapisu w sprawie {caseId}: wpis innego autora niż zalogowany użytkownik. Wpis zostaje w tej przeglądarce.',
    en: 'The team server refused the entry in case {caseId}: its author is not the signed-in user. The entry stays in this browser.',
  },
  'denied.not-worker': {
    pl: 'Serwer zespołu odmówił zapisu w sprawie {caseId}: konto nie ma roli pracownika. Wpis zostaje w tej przeglądarce.',
    en: 'The team server refused the entry in case {caseId}: the account has no worker role. The entry stays in this browser.',
  },
  'denied.schema': {
    pl: 'Serwer zespołu odmówił zapisu w sprawie {caseId}: wpis niezgodny ze schematem serwera (uaktualnij rozszerzenie albo bazę). Wpis zostaje w tej przeglądarce.',
    en: 'The team server refused the entry in case {caseId}: it does not match the server’s schema (update the extension or the database). The entry stays in this browser.',
  },
  'denied.free-text': {
    pl: 'Serwer zespołu odmówił zapisu w sprawie {caseId}: serwer nie przyjmuje tekstu swobodnego, a polityka ośrodka każe go wysyłać. Wpis zostaje w tej przeglądarce.',
    en: 'The team server refused the entry in case {caseId}: the server takes no free text while the centre’s policy sends it. The entry stays in this browser.',
  },
  'denied.forbidden': {
    pl: 'Serwer zespołu odmówił zapisu w sprawie {caseId} ({reason}). Wpis zostaje w tej przeglądarce.',
    en: 'The team server refused the entry in case {caseId} ({reason}). The entry stays in this browser.',
  },
  'signin.title': { pl: 'Logowanie do serwera zespołu', en: 'Sign in to the team server' },
  'signin.name': { pl: 'Identyfikator (jak w systemie, np. PS-01)', en: 'Id (as in the system, e.g. PS-01)' },
  'signin.password': { pl: 'Hasło', en: 'Password' },
  'signin.submit': { pl: 'Zaloguj', en: 'Sign in' },
  'signin.again': { pl: 'Zaloguj ponownie', en: 'Sign in again' },
  'signin.out': { pl: 'Wyloguj', en: 'Sign out' },
  'signin.as': { pl: 'Zalogowano jako {user}.', en: 'Signed in as {user}.' },
  'signin.bad-credentials': { pl: 'Zły identyfikator lub hasło.', en: 'Wrong id or password.' },
  'signin.offline': {
    pl: 'Serwer nie odpowiada – sprawdź połączenie i adres serwera.',
    en: 'The server does not answer – check the connection and the server’s address.',
  },
  'signin.failed': { pl: 'Logowanie nieudane: {reason}', en: 'Sign-in failed: {reason}' },
  'signin.note': {
    pl: 'Hasło trafia tylko do serwera ośrodka i nie jest zapisywane; przeglądarka przechowuje sesję serwera.',
    en: 'The password goes to the centre’s server only and is never stored; the browser keeps the server’s session.',
  },
  'options.title': { pl: 'Serwer zespołu', en: 'Team server' },
  'options.intro': {
    pl: 'Serwer CouchDB ośrodka przechowuje zapisy standardu całego zespołu (identyfikatory i daty, bez nazwisk; tekst swobodny tylko gdy pozwala polityka ośrodka). Bez serwera rozszerzenie nie wysyła niczego.',
    en: 'The centre’s CouchDB server keeps the whole team’s standard records (ids and dates, no names; free text only where the centre’s policy allows). Without a server the extension sends nothing.',
  },
  'options.url': { pl: 'Adres serwera', en: 'Server address' },
  'options.database': { pl: 'Baza danych', en: 'Database' },
  'options.save': { pl: 'Zapisz i udziel dostępu', en: 'Save and grant access' },
  'options.remove': { pl: 'Odłącz serwer', en: 'Disconnect the server' },
  'options.managed': {
    pl: 'Serwer ustawiony przez dział IT ośrodka (zasady przedsiębiorstwa).',
    en: 'Server set by the centre’s IT (enterprise policy).',
  },
  'options.none': { pl: 'Nie skonfigurowano serwera zespołu.', en: 'No team server configured.' },
  'options.configured': {
    pl: 'Serwer: {url}, baza: {database}.',
    en: 'Server: {url}, database: {database}.',
  },
  'options.grant': { pl: 'Udziel dostępu do serwera', en: 'Grant access to the server' },
  'options.refused': { pl: 'Nie udzielono dostępu do {origin}.', en: 'Access to {origin} was not granted.' },
  'options.bad-url': {
    pl: 'Adres serwera: podaj http(s)://host[:port][/ścieżka], bez parametrów.',
    en: 'Server address: give http(s)://host[:port][/path], without parameters.',
  },
  'options.credentials': {
    pl: 'Adres serwera: bez loginu i hasła w adresie – zaloguj się poniżej.',
    en: 'Server address: no name or password in the address – sign in below.',
  },
  'options.bad-database': {
    pl: 'Baza danych: mała litera, potem a–z, 0–9 i _ $ ( ) + - /.',
    en: 'Database: a lowercase letter, then a–z, 0–9 and _ $ ( ) + - /.',
  },
  'options.resolved': {
    pl: 'Rozstrzygnięte konflikty odczytów systemu (zachowano nowszy odczyt): {n}. Ostatni: sprawa {caseId}, zachowano odczyt z {kept, date}.',
    en: 'Conflicting host readings resolved (the newer reading kept): {n}. Last: case {caseId}, kept the reading of {kept, date}.',
  },
  'options.denied': { pl: 'Wpisy odrzucone przez serwer:', en: 'Entries the server refused:' },
  'dashboard.title': { pl: 'Zespół — serwer ośrodka', en: 'Team — the centre’s server' },
  'dashboard.intro': {
    pl: 'Zapisy standardu wszystkich pracowników z serwera CouchDB ośrodka, na bieżąco (każda zmiana w panelu bocznym pracownika pojawia się tu po synchronizacji).',
    en: 'The standard records of every worker from the centre’s CouchDB server, live (every change in a worker’s side panel shows here once synchronised).',
  },
  'dashboard.not-configured': {
    pl: 'Nie skonfigurowano serwera zespołu – ustaw go w ustawieniach rozszerzenia.',
    en: 'No team server configured – set it in the extension’s settings.',
  },
  'dashboard.use': {
    pl: 'Zapisy zespołu z serwera ośrodka',
    en: 'The team’s records from the centre’s server',
  },
  'dashboard.load': { pl: 'Wczytaj zapisy zespołu', en: 'Load the team’s records' },
  'dashboard.loading': { pl: 'Wczytywanie zapisów zespołu…', en: 'Loading the team’s records…' },
  'dashboard.loaded': {
    pl: 'Z serwera: {entries, plural, one {# wpis} few {# wpisy} many {# wpisów} other {# wpisu}}, {cases, plural, one {# sprawa} few {# sprawy} many {# spraw} other {# sprawy}}, autorów: {workers}.',
    en: 'From the server: {entries, plural, one {# entry} other {# entries}}, {cases, plural, one {# case} other {# cases}}, authors: {workers}.',
  },
  'dashboard.live': { pl: 'na bieżąco · ostatnia zmiana {time}', en: 'live · last change {time}' },
  'dashboard.live-waiting': { pl: 'na bieżąco', en: 'live' },
  'dashboard.offline': {
    pl: 'bez połączenia z serwerem – pokazano stan z {time}; ponawiam…',
    en: 'no connection to the server – showing the state of {time}; retrying…',
  },
  'dashboard.invalid': {
    pl: '{n, plural, one {# dokument niezgodny} few {# dokumenty niezgodne} many {# dokumentów niezgodnych} other {# dokumentu niezgodnego}} ze schematem pominięto.',
    en: '{n, plural, one {# document} other {# documents}} not matching the schema skipped.',
  },
  'dashboard.conflicts': {
    pl: 'Konflikty odczytów systemu rozstrzygnięte według nowszego odczytu: {n}.',
    en: 'Conflicting host readings resolved by the newer reading: {n}.',
  },
  'dashboard.authors': { pl: 'Autorzy spoza rejestru', en: 'Authors outside the register' },
  'dashboard.authors-none': {
    pl: 'Każdy autor wpisu jest pracownikiem sprawy według rejestru.',
    en: 'Every entry’s author is a worker of the case per the register.',
  },
  'dashboard.author-row': {
    pl: 'sprawa {caseId}: {author} ({entries, plural, one {# wpis} few {# wpisy} many {# wpisów} other {# wpisu}}); w rejestrze: {workers}',
    en: 'case {caseId}: {author} ({entries, plural, one {# entry} other {# entries}}); in the register: {workers}',
  },
  'dashboard.author-note': {
    pl: 'Wpisy w sprawach, w których autor nie jest – według rejestru – pracownikiem socjalnym ani pracownikiem ds. świadczeń. Serwer sprawdza autora tylko względem pracowników podanych w jego własnym dokumencie (nie zna rejestru), dlatego pulpit porównuje z rejestrem.',
    en: 'Entries in cases whose author is – per the register – neither the social nor the benefits worker. The server checks the author only against the workers the author’s own document names (it cannot see the register), so the dashboard compares with the register.',
  },
  'dashboard.not-member': {
    pl: 'Konto nie ma dostępu do bazy zespołu (rola supervisor nadawana przez dział IT).',
    en: 'The account cannot read the team database (role supervisor, given by the centre’s IT).',
  },
});
export type TeamMessageKey = keyof typeof teamMessages.messages;
