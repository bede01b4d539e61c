import { defineMessages } from '../../core/index.ts';

/**
 * Every sentence of the supervisor's report (Polish; English kept for the catalogue's shape), with
 * Polish numerals by plural rules: „PS-01 (23 aktywne sprawy)”, „5 spraw”, „2 etaty”.
 */
export const reportMessages = defineMessages({
  title: {
    pl: 'Raport: dokumentacja, obciążenie i organizacja pracy socjalnej',
    en: 'Report: documentation, caseload and organisation of social work',
  },
  'as-of': { pl: 'stan na dzień {d, date} r.', en: 'as of {d, date}' },
  source: { pl: 'Źródło danych: {source}', en: 'Data source: {source}' },
  'running-header': {
    pl: 'Raport standardów pracy socjalnej · stan na {d, date} r.',
    en: 'Report · as of {d, date}',
  },
  'footer-note': {
    pl: 'Dokument wewnętrzny. Zawiera wyłącznie numery spraw (pseudonimy), bez danych osobowych klientów.',
    en: "Internal document. Holds case numbers (pseudonyms) only, no clients' personal data.",
  },
  'default-institution': { pl: 'Ośrodek pomocy społecznej', en: 'Social-assistance centre' },

  'h.summary': { pl: 'Podsumowanie', en: 'Summary' },
  'h.workers': { pl: 'Pracownicy', en: 'Workers' },
  'h.social-workers': { pl: 'Pracownicy socjalni', en: 'Social workers' },
  'h.benefits-workers': { pl: 'Pracownicy ds. świadczeń', en: 'Benefits workers' },
  'h.caseload': { pl: 'Obciążenie wobec norm (20 / 80)', en: 'Caseload against the norms (20 / 80)' },
  'h.gaps': { pl: 'Braki w dokumentacji (według numeru sprawy)', en: 'Documentation gaps (by case number)' },
  'h.overdue': { pl: 'Etapy i przeglądy umów po terminie', en: 'Overdue stages and agreement reviews' },
  'h.time': { pl: 'Czas pracy (kategorie jak w tabelach pilotażu)', en: 'Time use (the pilot’s categories)' },
  'h.time-sw': { pl: 'Pracownicy socjalni (kategorie A–I)', en: 'Social workers (categories A–I)' },
  'h.time-bw': { pl: 'Pracownicy ds. świadczeń (kategorie A–Ł)', en: 'Benefits workers (categories A–Ł)' },
  'h.model': { pl: 'Model instytucji: {model}', en: 'Institution model: {model}' },
  'h.positions': { pl: 'Kluczowe stanowiska', en: 'Key positions' },
  'h.conditions': {
    pl: 'Warunki organizacyjne pracy socjalnej',
    en: 'Organisational conditions of social work',
  },
  'h.services': {
    pl: 'Usługi specjalistyczne: etapy organizacji',
    en: 'Specialist services: organisation stages',
  },

  cases: {
    pl: 'Sprawy: {cases} (aktywne: {active}, zawieszone: {suspended}, zamknięte: {closed}); kontakty jednorazowe: {contacts}.',
    en: 'Cases: {cases} (active: {active}, suspended: {suspended}, closed: {closed}); one-off contacts: {contacts}.',
  },
  completeness: {
    pl: 'Kompletność obowiązkowej dokumentacji zespołu: {share} ({done} z {due, plural, one {# wymaganego narzędzia} few {# wymaganych narzędzi} many {# wymaganych narzędzi} other {# wymaganego narzędzia}}); {gaps, plural, =0 {bez braków} one {# brak} few {# braki} many {# braków} other {# braku}}.',
    en: "The team's obligatory documentation is {share} complete ({done} of {due, plural, one {# required tool} other {# required tools}}); {gaps, plural, =0 {no gaps} one {# gap} other {# gaps}}.",
  },
  findings: {
    pl: 'Ustalenia: {error, plural, one {# błąd} few {# błędy} many {# błędów} other {# błędu}}, {warning, plural, one {# ostrzeżenie} few {# ostrzeżenia} many {# ostrzeżeń} other {# ostrzeżenia}}, {info, plural, one {# informacja} few {# informacje} many {# informacji} other {# informacji}}.',
    en: 'Findings: {error, plural, one {# error} other {# errors}}, {warning, plural, one {# warning} other {# warnings}}, {info, plural, one {# note} other {# notes}}.',
  },
  over: { pl: 'Ponad normę obciążenia: {list}.', en: 'Over the caseload norm: {list}.' },
  'over.item': {
    pl: '{worker} ({n, plural, one {# aktywna sprawa} few {# aktywne sprawy} many {# aktywnych spraw} other {# aktywnej sprawy}}, norma {norm})',
    en: '{worker} ({n, plural, one {# active case} other {# active cases}}, norm {norm})',
  },
  'over.none': { pl: 'Nikt nie przekracza normy obciążenia.', en: 'Nobody is over the caseload norm.' },
  'chart.title-sw': {
    pl: 'Pracownicy socjalni: aktywne sprawy wobec normy',
    en: 'Social workers: active cases against the norm',
  },
  'chart.title-bw': {
    pl: 'Pracownicy ds. świadczeń: aktywne sprawy wobec normy',
    en: 'Benefits workers: active cases against the norm',
  },
  'chart.active': { pl: 'Aktywne sprawy', en: 'Active cases' },
  'chart.norm': { pl: 'Norma (wg etatu)', en: 'Norm (by FTE)' },
  'chart.workers': { pl: 'Pracownik', en: 'Worker' },
  'chart.cases': { pl: 'Liczba aktywnych spraw', en: 'Active cases' },
  'chart.alt-row': {
    pl: '{worker}: {n, plural, one {# aktywna sprawa} few {# aktywne sprawy} many {# aktywnych spraw} other {# aktywnej sprawy}} (norma {norm})',
    en: '{worker}: {n, plural, one {# active case} other {# active cases}} (norm {norm})',
  },
  'chart.caption': {
    pl: 'Słupki: aktywne sprawy pracownika (niebieski – w normie, pomarańczowy – blisko normy, czerwony – ponad normę); linia przerywana: norma – 20 spraw na pracownika socjalnego i 80 na pracownika ds. świadczeń, proporcjonalnie do etatu. Te same liczby podaje tabela w punkcie 2.',
    en: "Columns: a worker's active cases (blue – within the norm, orange – near it, red – over it); dashed line: the norm – 20 cases per social worker and 80 per benefits worker, scaled by FTE. The table in point 2 gives the same numbers.",
  },
  'gaps.none': { pl: 'Brak braków w dokumentacji.', en: 'No documentation gaps.' },
  'overdue.none': { pl: 'Brak etapów i przeglądów po terminie.', en: 'No overdue stages or reviews.' },
  'time.none': { pl: 'Nie dołączono karty czasu pracy.', en: 'No time-use sheet was given.' },
  minimum: {
    pl: 'Minimum ustawowe: {n, plural, one {# pracownik socjalny} few {# pracowników socjalnych} many {# pracowników socjalnych} other {# pracownika socjalnego}} ({basis}).',
    en: 'Statutory minimum: {n, plural, one {# social worker} other {# social workers}} ({basis}).',
  },
  'service.done': {
    pl: '{name}: wykonano {done} z {total, plural, one {# etapu} few {# etapów} many {# etapów} other {# etapu}} organizacji usługi.',
    en: '{name}: {done} of {total, plural, one {# stage} other {# stages}} of organising the service done.',
  },
  alternatives: { pl: ' albo ', en: ' or ' },
  yes: { pl: 'tak', en: 'yes' },
  no: { pl: 'nie', en: 'no' },
  'not-assessed': { pl: 'nie oceniono', en: 'not assessed' },
  inferred: { pl: '{value} (z danych)', en: '{value} (from the data)' },
  'from-cases': { pl: '{value} (wg spraw)', en: '{value} (from cases)' },
  none: { pl: '—', en: '—' },
});
