import { plDate } from './dates.ts';

/**
 * The one i18n shape of every surface (core, templates, CLI, extension, Word pane): Polish first, English
 * second. A catalogue is plain data `{key: {pl, en}}`; a message is a template with placeholders:
 *
 * - `{name}` — the parameter as given (a fractional number with the language's decimal sign);
 * - `{n, number}` / `{n, number, 1}` — a number in the language's format (pl: decimal comma), at most 1 decimal;
 * - `{d, date}` — an ISO date `YYYY-MM-DD` as dd.mm.rrrr;
 * - `{n, plural, one {# sprawa} few {# sprawy} many {# spraw} other {# sprawy}}` — the form for `n` by
 *   `Intl.PluralRules` (pl: one 1; few 2–4, 22–24…; many 0, 5–21, 25…; other fractions), `#` the number;
 *   `=0 {…}` matches one exact value first.
 *
 * Nothing else is interpreted; text is never HTML.
 */
export const LANGS = ['pl', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Params = Record<string, string | number | undefined>;

/** The same shape as the zod `Localized` of core/schema/common.ts, without importing zod. */
export interface LocalizedText {
  pl: string;
  en: string;
}

export function isLang(value: unknown): value is Lang {
  return value === 'pl' || value === 'en';
}

const LOCALE: Record<Lang, string> = { pl: 'pl-PL', en: 'en-GB' };
const pluralRules = new Map<Lang, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The CLDR plural category of `n` in `lang` (`one`, `few`, `many`, `other`). */
export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALE[lang])));
  return rules.select(n);
}

/** A number as the language writes it: `412,5` in Polish, `412.5` in English; at most `digits` decimals. */
export function formatNumber(lang: Lang, n: number, digits = 1, minDigits = 0): string {
  const key = `${lang}|${digits}|${minDigits}`;
  let f = numberFormats.get(key);
  if (!f)
    numberFormats.set(
      key,
      (f = new Intl.NumberFormat(LOCALE[lang], {
        maximumFractionDigits: digits,
        minimumFractionDigits: minDigits,
      })),
    );
  return f.format(n);
}

/** A share 0…1 as a percentage: `83,7 %` in Polish (with a non-breaking space), `83.7%` in English. */
export function formatPercent(lang: Lang, share: number, digits = 1): string {
  const n = formatNumber(lang, share * 100, digits);
  return lang === 'pl' ? `${n}\u00a0%` : `${n}%`;
}

/** An ISO date as dd.mm.rrrr (both languages: the centres' documents and systems write dates so). */
export function formatDate(_lang: Lang, iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? plDate(iso) : iso;
}

/** Split `a {b} c` at top-level braces: text and `{…}` parts (without the braces). */
function parts(template: string): { text: string; arg: boolean }[] {
  const out: { text: string; arg: boolean }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === '{') {
      if (depth === 0) {
        if (i > start) out.push({ text: template.slice(start, i), arg: false });
        start = i + 1;
      }
      depth++;
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        out.push({ text: template.slice(start, i), arg: true });
        start = i + 1;
      }
    }
  }
  if (start < template.length) out.push({ text: template.slice(start), arg: depth > 0 });
  return out;
}

/** `one {…} few {…} =0 {…}` to a map of selector → text. */
function branches(spec: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /\s*(=?[\w-]+)\s*\{/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(spec))) {
    let depth = 1;
    let i = re.lastIndex;
    for (; i < spec.length && depth > 0; i++) {
      if (spec[i] === '{') depth++;
      else if (spec[i] === '}') depth--;
    }
    out.set(m[1]!, spec.slice(re.lastIndex, i - 1));
    re.lastIndex = i;
  }
  return out;
}

/** A template read once: its text and placeholders (messages repeat thousands of times in a register). */
type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string; raw: string }
  | { kind: 'number'; name: string; raw: string; digits: number }
  | { kind: 'date'; name: string; raw: string }
  | { kind: 'plural'; name: string; raw: string; forms: Map<string, string> }
  | { kind: 'unknown'; name: string; raw: string };

const compiled = new Map<string, Segment[]>();

function compile(template: string): Segment[] {
  let segments = compiled.get(template);
  if (segments) return segments;
  segments = [];
  for (const part of parts(template)) {
    if (!part.arg) {
      segments.push({ kind: 'text', text: part.text });
      continue;
    }
    const raw = part.text;
    const comma = raw.indexOf(',');
    const name = (comma < 0 ? raw : raw.slice(0, comma)).trim();
    if (comma < 0) {
      segments.push({ kind: 'value', name, raw });
      continue;
    }
    const rest = raw.slice(comma + 1);
    const comma2 = rest.indexOf(',');
    const type = (comma2 < 0 ? rest : rest.slice(0, comma2)).trim();
    const arg = comma2 < 0 ? '' : rest.slice(comma2 + 1);
    if (type === 'number')
      segments.push({ kind: 'number', name, raw, digits: arg.trim() === '' ? 1 : Number(arg) });
    else if (type === 'date') segments.push({ kind: 'date', name, raw });
    else if (type === 'plural') segments.push({ kind: 'plural', name, raw, forms: branches(arg) });
    else segments.push({ kind: 'unknown', name, raw });
  }
  // Templates are the catalogues' (a bounded set); a flood of generated ones only restarts the cache.
  if (compiled.size > 5000) compiled.clear();
  compiled.set(template, segments);
  return segments;
}

/** Fill a message template (see the module comment). A missing parameter stays visible as `{name}`. */
export function format(lang: Lang, template: string, params: Params = {}): string {
  if (!template.includes('{')) return template;
  let out = '';
  for (const seg of compile(template)) {
    if (seg.kind === 'text') {
      out += seg.text;
      continue;
    }
    const value = params[seg.name];
    if (value === undefined || seg.kind === 'unknown') {
      out += `{${seg.raw}}`;
      continue;
    }
    if (seg.kind === 'value') {
      // Integers as written (ids, years, counts); fractions with the language's decimal sign.
      out +=
        typeof value === 'number' && !Number.isInteger(value) ? formatNumber(lang, value, 2) : String(value);
      continue;
    }
    const n = typeof value === 'number' ? value : Number(value);
    if (seg.kind === 'number') out += formatNumber(lang, n, seg.digits);
    else if (seg.kind === 'date') out += formatDate(lang, String(value));
    else {
      const text =
        seg.forms.get(`=${n}`) ?? seg.forms.get(pluralCategory(lang, n)) ?? seg.forms.get('other') ?? '';
      out += format(lang, text.includes('#') ? text.replace(/#/g, formatNumber(lang, n, 2)) : text, params);
    }
  }
  return out;
}

/** Both languages of one template. */
export function localize(template: LocalizedText, params: Params = {}): LocalizedText {
  return { pl: format('pl', template.pl, params), en: format('en', template.en, params) };
}

/**
 * A message catalogue: `const m = defineMessages({greeting: {pl: 'Dzień dobry, {who}', en: 'Hello, {who}'}})`;
 * `m.t('pl', 'greeting', {who: 'Ala'})` for one language, `m.localized('greeting', …)` for both (errors and
 * findings carry both, the surface picks one).
 */
export function defineMessages<const C extends Record<string, LocalizedText>>(catalogue: C) {
  type Key = keyof C & string;
  return {
    messages: catalogue,
    has(key: string): key is Key {
      return Object.hasOwn(catalogue, key);
    },
    t(lang: Lang, key: Key, params: Params = {}): string {
      return format(lang, catalogue[key]![lang], params);
    },
    localized(key: Key, params: Params = {}): LocalizedText {
      return localize(catalogue[key]!, params);
    },
  };
}
export type Messages<C extends Record<string, LocalizedText>> = ReturnType<typeof defineMessages<C>>;
