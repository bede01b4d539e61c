import { fillPlaceholders } from '../../core/messages.ts';
import type { Lang } from '../lib/facts.ts';

/** Every sentence of the side panel and the options page, Polish first, English second. */
export const UI_MESSAGES = {
  'panel.title': { pl: 'standardy – sprawa', en: 'standardy – case' },
  'panel.loading': { pl: 'Wczytywanie…', en: 'Loading…' },
  'panel.no-page': {
    pl: 'Na tej karcie nie ma strony systemu obsługiwanego przez rozszerzenie. Otwórz sprawę w systemie ośrodka albo skonfiguruj system w ustawieniach.',
    en: 'This tab shows no page of a system the extension reads. Open a case in the centre’s system, or configure the system in the settings.',
  },
  'panel.no-adapter': {
    pl: 'Żaden adapter nie pasuje do tej strony ({url}). Adapter systemu dodasz lub włączysz w ustawieniach.',
    en: 'No adapter matches this page ({url}). Add or enable the system’s adapter in the settings.',
  },
  'panel.no-case': {
    pl: 'Adapter „{adapter}” pasuje, ale ta strona nie jest kartą sprawy. Otwórz sprawę, by zobaczyć jej listę narzędzi.',
    en: 'Adapter “{adapter}” matches, but this page is not a case page. Open a case to see its checklist.',
  },
  'panel.case-unknown': {
    pl: 'Sprawa {caseId}: system nie pokazał kategorii lub etapu, więc standardu nie da się ocenić.',
    en: 'Case {caseId}: the system did not show its category or stage, so the standard cannot be evaluated.',
  },
  'panel.open-options': { pl: 'Otwórz ustawienia', en: 'Open the settings' },
  'panel.case': { pl: 'Sprawa {caseId}', en: 'Case {caseId}' },
  'panel.summary': {
    pl: '{standard} · etap {stage} ({stageName}) od {since} · {status}',
    en: '{standard} · stage {stage} ({stageName}) since {since} · {status}',
  },
  'panel.crisis-on': { pl: '⚑ Sytuacja kryzysowa', en: '⚑ Crisis' },
  'panel.frame': {
    pl: 'Ramy czasowe etapu: {days} z {limit} dni{overdue}',
    en: 'Stage time frame: {days} of {limit} days{overdue}',
  },
  'panel.frame-overdue': { pl: ' – po terminie', en: ' – overdue' },
  'panel.purge': {
    pl: 'Sprawa zamknięta: jej zapis zostanie usunięty z tej przeglądarki {date} (przechowywanie).',
    en: 'Closed case: its record will be deleted from this browser on {date} (retention).',
  },
  'status.active': { pl: 'aktywna', en: 'active' },
  'status.suspended': { pl: 'zawieszona', en: 'suspended' },
  'status.closed': { pl: 'zakończona', en: 'closed' },
  findings: { pl: 'Ustalenia', en: 'Findings' },
  'findings.none': {
    pl: '✓ Brak ustaleń – sprawa zgodna ze standardem.',
    en: '✓ No findings – the case meets the standard.',
  },
  'severity.error': { pl: '✖ Błąd', en: '✖ Error' },
  'severity.warning': { pl: '⚠ Ostrzeżenie', en: '⚠ Warning' },
  'severity.info': { pl: 'ℹ Informacja', en: 'ℹ Information' },
  checklist: { pl: 'Narzędzia według etapów', en: 'Tools by stage' },
  'stage.heading': { pl: 'Etap {stage}: {name}', en: 'Stage {stage}: {name}' },
  'class.OO': { pl: 'obowiązkowe', en: 'obligatory' },
  'class.OS': { pl: 'obowiązkowe specjalistyczne', en: 'obligatory specialist' },
  'class.FS': { pl: 'fakultatywne', en: 'optional' },
  'item.done': { pl: '✓ wykonane {date}', en: '✓ done {date}' },
  'item.missing': { pl: '✗ brak', en: '✗ missing' },
  'item.waived': { pl: '– odstąpiono {date}: {reason}', en: '– waived {date}: {reason}' },
  'item.optional': { pl: '○ do wyboru', en: '○ optional' },
  'item.not-yet-due': { pl: '… później', en: '… later' },
  'item.due': { pl: 'termin {date}', en: 'due {date}' },
  'item.from-host': { pl: '(z systemu)', en: '(from the system)' },
  'item.any-of': { pl: 'jedno z:', en: 'one of:' },
  'action.done': { pl: 'Wykonano…', en: 'Done…' },
  'action.waive': { pl: 'Odstąp…', en: 'Waive…' },
  'action.undo': { pl: 'Cofnij wpis', en: 'Undo entry' },
  'action.save': { pl: 'Zapisz', en: 'Save' },
  'action.cancel': { pl: 'Anuluj', en: 'Cancel' },
  'field.tool': { pl: 'Narzędzie', en: 'Tool' },
  'field.date': { pl: 'Data', en: 'Date' },
  'field.reason': { pl: 'Powód', en: 'Reason' },
  saved: { pl: 'Zapisano.', en: 'Saved.' },
  'error.title': { pl: 'Nie zapisano:', en: 'Not saved:' },
  agreement: { pl: 'Umowa współpracy i przeglądy', en: 'Cooperation agreement and reviews' },
  'agreement.none': { pl: 'Brak zapisanej umowy współpracy.', en: 'No cooperation agreement recorded.' },
  'agreement.summary': {
    pl: 'Zawarta {signed}{crisis}, na okres {from} – {to}.',
    en: 'Signed {signed}{crisis}, for {from} – {to}.',
  },
  'agreement.crisis': { pl: ' (interwencja)', en: ' (crisis)' },
  'review.met': { pl: '✓ przegląd {date} – odbyty', en: '✓ review {date} – held' },
  'review.overdue': {
    pl: '⚠ przegląd {date} – po terminie, brak oceny',
    en: '⚠ review {date} – overdue, no evaluation',
  },
  'review.planned': { pl: '○ przegląd {date} – zaplanowany', en: '○ review {date} – planned' },
  'agreement.record': { pl: 'Zapisz umowę współpracy', en: 'Record the cooperation agreement' },
  'field.signed-on': { pl: 'Data zawarcia', en: 'Signed on' },
  'field.period-from': { pl: 'Okres od', en: 'Period from' },
  'field.period-to': { pl: 'Okres do', en: 'Period to' },
  'field.review-dates': {
    pl: 'Daty przeglądów (rrrr-mm-dd, oddzielone przecinkami)',
    en: 'Review dates (yyyy-mm-dd, comma-separated)',
  },
  'field.crisis-variant': {
    pl: 'Umowa w sytuacji kryzysowej (interwencja)',
    en: 'Crisis agreement (intervention)',
  },
  record: { pl: 'Zapis pracy', en: 'Record of the work' },
  'stage.move': { pl: 'Przejście do etapu', en: 'Move to a stage' },
  'field.stage': { pl: 'Etap', en: 'Stage' },
  'field.justification': {
    pl: 'Uzasadnienie (wymagane poza kolejnością standardu)',
    en: 'Justification (required out of the standard order)',
  },
  note: { pl: 'Notatka – aktualizacja sytuacji', en: 'Update note' },
  'field.summary': { pl: 'Krótki opis zmiany', en: 'Short description of the change' },
  'note.add': { pl: 'Dodaj notatkę', en: 'Add the note' },
  'note.no-change': { pl: 'Brak istotnych zmian (dziś)', en: 'No significant change (today)' },
  'notes.count': { pl: 'Notatki: {n}, ostatnia {date}.', en: 'Notes: {n}, last {date}.' },
  state: { pl: 'Stan sprawy', en: 'Case state' },
  'field.crisis': { pl: 'Sytuacja kryzysowa', en: 'Crisis' },
  'state.suspend': { pl: 'Zawieś sprawę', en: 'Suspend the case' },
  'state.close': { pl: 'Zakończ sprawę', en: 'Close the case' },
  'state.resume': { pl: 'Wznów (sprawa aktywna)', en: 'Resume (case active)' },
  'field.close-reason': { pl: 'Powód zakończenia', en: 'Reason for closing' },
  'field.close-note': { pl: 'Uwagi', en: 'Remarks' },
  'close.goals-achieved': { pl: 'cele osiągnięte', en: 'goals achieved' },
  'close.client-withdrew': { pl: 'klient zrezygnował', en: 'client withdrew' },
  'close.moved': { pl: 'przeprowadzka', en: 'moved away' },
  'close.transferred': { pl: 'przekazanie sprawy', en: 'transferred' },
  'close.died': { pl: 'zgon', en: 'died' },
  'close.other': { pl: 'inny', en: 'other' },
  evaluation: { pl: 'Ocena efektów', en: 'Effects evaluation' },
  'field.evaluation-kind': { pl: 'Rodzaj oceny', en: 'Kind of evaluation' },
  'evaluation.periodic': { pl: 'okresowa (przegląd umowy)', en: 'periodic (agreement review)' },
  'evaluation.final': { pl: 'końcowa', en: 'final' },
  benefits: { pl: 'Informacja dla pracownika ds. świadczeń', en: 'Information for the benefits worker' },
  'field.form': { pl: 'Forma', en: 'Form' },
  'form.opinion': { pl: 'opinia', en: 'opinion' },
  'form.certificate': { pl: 'zaświadczenie', en: 'certificate' },
  'form.information': { pl: 'informacja', en: 'information' },
  'field.client-informed-on': {
    pl: 'Klient poinformowany dnia (puste = jeszcze nie)',
    en: 'Client told on (empty = not yet)',
  },
  'benefits.entry': { pl: '{date}: {form} – {told}', en: '{date}: {form} – {told}' },
  'benefits.told': { pl: 'klient poinformowany {date}', en: 'client told {date}' },
  'benefits.not-told': { pl: '⚠ klient jeszcze nie poinformowany', en: '⚠ client not told yet' },
  'benefits.tell': { pl: 'Klient poinformowany dziś', en: 'Client told today' },
  documents: { pl: 'Dokumenty', en: 'Documents' },
  'documents.intro': {
    pl: 'Projekt .docx wypełniony danymi sprawy (bez danych osobowych klienta – uzupełnisz je w Wordzie).',
    en: 'A .docx draft filled from the case (no client personal data – complete it in Word).',
  },
  'documents.draft': { pl: 'Projekt: {name}', en: 'Draft: {name}' },
  'documents.ready': { pl: 'Pobrano {file}.', en: 'Downloaded {file}.' },
  'documents.failed': {
    pl: 'Nie udało się przygotować dokumentu: {error}',
    en: 'Could not prepare the document: {error}',
  },
  packet: { pl: 'Kopiuj pakiet sprawy (dla dodatku Word)', en: 'Copy case packet (for the Word add-in)' },
  'packet.copied': {
    pl: 'Skopiowano pakiet sprawy – wklej go w dodatku Word („Wypełnij ze sprawy”).',
    en: 'Case packet copied – paste it in the Word add-in (“Prefill from the case”).',
  },
  'packet.manual': {
    pl: 'Schowek niedostępny – zaznacz i skopiuj tekst pakietu poniżej.',
    en: 'Clipboard unavailable – select and copy the packet text below.',
  },
  'packet.label': { pl: 'Pakiet sprawy (JSON)', en: 'Case packet (JSON)' },
} as const satisfies Record<string, { pl: string; en: string }>;

export type UiKey = keyof typeof UI_MESSAGES;

export function tr(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  return fillPlaceholders(UI_MESSAGES[key][lang], params);
}

/** `2026-03-10` → `10.03.2026` (Polish) or left ISO (English). */
export function showDate(lang: Lang, iso: string | undefined): string {
  if (!iso) return '';
  if (lang === 'en') return iso;
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
