import { pluralCategory } from '../../core/i18n.ts';

/**
 * Polish numeral–noun agreement, checked on rendered text: every number followed by a noun (or adjectives
 * and a noun) we use must take the form its plural category needs — "1 sprawa", "2 sprawy", "5 spraw",
 * "22 sprawy", "0,5 etatu" — and, after a word that governs the genitive ("z 22 spraw", "od 1 dnia"), the
 * genitive. Words outside the table are not judged: the table is the nouns and adjectives our messages put
 * after numbers, and a new noun is added here when a message starts to count it.
 */

/** A noun's forms: nominative and accusative singular, nominative plural, genitive singular and plural. */
interface Noun {
  nomSg: string[];
  nomPl: string[];
  genSg: string[];
  genPl: string[];
  /** Masculine personal nouns: "2 pracowników" and "2 pracownicy" are both right. */
  personal?: boolean;
}

const forms = (
  nomSg: string,
  accSg: string,
  nomPl: string,
  genSg: string,
  genPl: string,
  personal = false,
) => ({
  nomSg: [nomSg, accSg],
  nomPl: personal ? [nomPl, genPl] : [nomPl],
  genSg: [genSg],
  genPl: [genPl],
  personal,
});

/** The nouns our messages count (singular nominative → forms). */
export const NOUNS: Record<string, Noun> = {
  sprawa: forms('sprawa', 'sprawę', 'sprawy', 'sprawy', 'spraw'),
  plik: forms('plik', 'plik', 'pliki', 'pliku', 'plików'),
  etat: forms('etat', 'etat', 'etaty', 'etatu', 'etatów'),
  pozycja: forms('pozycja', 'pozycję', 'pozycje', 'pozycji', 'pozycji'),
  dzień: forms('dzień', 'dzień', 'dni', 'dnia', 'dni'),
  wiersz: forms('wiersz', 'wiersz', 'wiersze', 'wiersza', 'wierszy'),
  narzędzie: forms('narzędzie', 'narzędzie', 'narzędzia', 'narzędzia', 'narzędzi'),
  ustalenie: forms('ustalenie', 'ustalenie', 'ustalenia', 'ustalenia', 'ustaleń'),
  błąd: forms('błąd', 'błąd', 'błędy', 'błędu', 'błędów'),
  ostrzeżenie: forms('ostrzeżenie', 'ostrzeżenie', 'ostrzeżenia', 'ostrzeżenia', 'ostrzeżeń'),
  informacja: forms('informacja', 'informację', 'informacje', 'informacji', 'informacji'),
  wpis: forms('wpis', 'wpis', 'wpisy', 'wpisu', 'wpisów'),
  kolumna: forms('kolumna', 'kolumnę', 'kolumny', 'kolumny', 'kolumn'),
  brak: forms('brak', 'brak', 'braki', 'braku', 'braków'),
  godzina: forms('godzina', 'godzinę', 'godziny', 'godziny', 'godzin'),
  pracownik: forms('pracownik', 'pracownika', 'pracownicy', 'pracownika', 'pracowników', true),
  środowisko: forms('środowisko', 'środowisko', 'środowiska', 'środowiska', 'środowisk'),
  zmiana: forms('zmiana', 'zmianę', 'zmiany', 'zmiany', 'zmian'),
  przegląd: forms('przegląd', 'przegląd', 'przeglądy', 'przeglądu', 'przeglądów'),
  notatka: forms('notatka', 'notatkę', 'notatki', 'notatki', 'notatek'),
  część: forms('część', 'część', 'części', 'części', 'części'),
  kontakt: forms('kontakt', 'kontakt', 'kontakty', 'kontaktu', 'kontaktów'),
  pole: forms('pole', 'pole', 'pola', 'pola', 'pól'),
  adapter: forms('adapter', 'adapter', 'adaptery', 'adaptera', 'adapterów'),
  system: forms('system', 'system', 'systemy', 'systemu', 'systemów'),
  etap: forms('etap', 'etap', 'etapy', 'etapu', 'etapów'),
  tydzień: forms('tydzień', 'tydzień', 'tygodnie', 'tygodnia', 'tygodni'),
  miesiąc: forms('miesiąc', 'miesiąc', 'miesiące', 'miesiąca', 'miesięcy'),
  rok: forms('rok', 'rok', 'lata', 'roku', 'lat'),
  strona: forms('strona', 'stronę', 'strony', 'strony', 'stron'),
  selektor: forms('selektor', 'selektor', 'selektory', 'selektora', 'selektorów'),
  element: forms('element', 'element', 'elementy', 'elementu', 'elementów'),
  wartość: forms('wartość', 'wartość', 'wartości', 'wartości', 'wartości'),
  osoba: forms('osoba', 'osobę', 'osoby', 'osoby', 'osób'),
  znak: forms('znak', 'znak', 'znaki', 'znaku', 'znaków'),
  karta: forms('karta', 'kartę', 'karty', 'karty', 'kart'),
  zapis: forms('zapis', 'zapis', 'zapisy', 'zapisu', 'zapisów'),
  autor: forms('autor', 'autora', 'autorzy', 'autora', 'autorów', true),
  odmowa: forms('odmowa', 'odmowę', 'odmowy', 'odmowy', 'odmów'),
  dokument: forms('dokument', 'dokument', 'dokumenty', 'dokumentu', 'dokumentów'),
};

/**
 * Adjective (and participle) stems our messages put between a number and its noun: "23 aktywne sprawy",
 * "2 niepoprawne pliki", "3 pracowników socjalnych". The ending tells the form.
 */
const ADJECTIVE_STEMS = [
  'aktywn',
  'zawieszon',
  'zamknięt',
  'zakończon',
  'niepoprawn',
  'jednorazow',
  'wymagan',
  'obowiązkow',
  'brakując',
  'socjaln',
  'widzian',
  'pominięt',
  'oczekując',
  'odrzucon',
  'zaimportowan',
  'wczytan',
];

type Form = 'nomSg' | 'nomPl' | 'genSg' | 'genPl';

/** The forms an adjective ending can be (masculine, feminine, neuter; personal plural). */
function adjectiveForms(word: string): Form[] | undefined {
  const stem = ADJECTIVE_STEMS.find((s) => word.startsWith(s));
  if (!stem) return undefined;
  const end = word.slice(stem.length);
  switch (end) {
    case 'y':
    case 'a':
    case 'ą':
      return ['nomSg'];
    case 'e':
      return ['nomSg', 'nomPl']; // neuter singular or non-personal plural
    case 'i':
      return ['nomPl']; // personal plural ("socjalni")
    case 'ej':
    case 'ego':
      return ['genSg'];
    case 'ych':
      return ['genPl'];
    default:
      return undefined;
  }
}

const BY_FORM = new Map<string, { lemma: string; forms: Form[] }>();
for (const [lemma, n] of Object.entries(NOUNS))
  for (const form of ['nomSg', 'nomPl', 'genSg', 'genPl'] as const)
    for (const w of n[form]) {
      const prev = BY_FORM.get(w);
      if (!prev) BY_FORM.set(w, { lemma, forms: [form] });
      else if (!prev.forms.includes(form)) prev.forms.push(form);
    }

/** Words after which the counted phrase is in the genitive: "z 5 spraw", "od 1 dnia", "brakuje 2 etatów". */
const GENITIVE = new Set([
  'z',
  'ze',
  'do',
  'od',
  'bez',
  'dla',
  'około',
  'spośród',
  'wśród',
  'u',
  'brak',
  'brakuje',
  'powyżej',
  'poniżej',
  'nadwyżka',
  'niedobór',
  'spoza',
  'wszystkich',
]);

/** The forms a number needs (nominative/accusative context, or genitive after `GENITIVE` words). */
export function formsFor(n: number, genitive: boolean, personal = false): Form[] {
  const c = pluralCategory('pl', n);
  if (genitive) return c === 'one' || c === 'other' ? ['genSg'] : ['genPl'];
  if (c === 'one') return ['nomSg'];
  if (c === 'few') return personal ? ['nomPl', 'genPl'] : ['nomPl'];
  if (c === 'many') return ['genPl'];
  return ['genSg'];
}

export interface AgreementProblem {
  text: string;
  number: string;
  word: string;
  expected: string;
}

// A number written as our formatters write it: 12 345 (non-breaking space groups), 0,5 — not a part of a
// date (29.11.2026), an id (2026/PS/0023, PS-01), a time (12:03) or a range (A–I, 1–25).
const NUMBER = /(?<![\p{L}\d.,/\-–:])(\d{1,3}(?:\u00a0\d{3})+|\d+)(?:,(\d+))?(?![\d./:\-–]|,\d)/gu;
// One space between the number and the word: a table's columns (two spaces) are not a phrase.
const WORD = /^[ \u00a0](\p{L}+)/u;
/** Words after which a number is a label, not a count: "etap 2 pracownik…", "art. 110", "wiersz 5". */
const LABEL =
  /^(etap\p{L}*|nr|art|ust|pkt|poz|wiersz\p{L}*|kolumn\p{L}*|norm\p{L}*|stron\p{L}*|częś\p{L}*|wersj\p{L}*|dni\p{L}*|dzień)$/u;

/** Every number in `text` followed by words of the table in a form its plural category does not take. */
export function agreementProblems(text: string): AgreementProblem[] {
  const out: AgreementProblem[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const value = Number(m[1]!.replace(/\u00a0/g, '') + (m[2] ? `.${m[2]}` : ''));
    const before = /(\p{L}+)[\s\u00a0]+$/u.exec(text.slice(0, m.index))?.[1]?.toLowerCase();
    if (before !== undefined && LABEL.test(before)) continue;
    const genitive = before !== undefined && GENITIVE.has(before);
    let rest = text.slice(m.index + m[0].length);
    // Up to three words: adjectives and one noun, in either order ("aktywne sprawy", "pracowników socjalnych").
    const phrase: { word: string; noun?: { lemma: string; forms: Form[] }; adjective?: Form[] }[] = [];
    for (let i = 0; i < 3; i++) {
      const w = WORD.exec(rest);
      if (!w) break;
      const word = w[1]!;
      const noun = BY_FORM.get(word.toLowerCase());
      const adjective = noun ? undefined : adjectiveForms(word.toLowerCase());
      const afterNoun = phrase.some((p) => p.noun);
      if ((!noun && !adjective) || (afterNoun && noun)) break;
      phrase.push({ word, ...(noun ? { noun } : { adjective: adjective! }) });
      rest = rest.slice(w[0].length);
      if (afterNoun) break;
    }
    const head = phrase.find((p) => p.noun)?.noun;
    // Adjectives agree with the noun of the phrase (a personal noun allows "2 pracowników socjalnych").
    const personal = head ? NOUNS[head.lemma]!.personal === true : false;
    const need = formsFor(value, genitive, personal);
    for (const p of phrase) {
      const has = p.noun ? p.noun.forms : p.adjective!;
      if (!has.some((f) => need.includes(f)))
        out.push({
          text,
          number: m[0],
          word: p.word,
          expected: p.noun ? need.flatMap((f) => NOUNS[p.noun!.lemma]![f]).join(' / ') : need.join(' / '),
        });
    }
  }
  return out;
}
