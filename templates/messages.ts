import { defineMessages, localize } from '../core/index.ts';
import type { InputError, Localized, Params } from '../core/index.ts';

/**
 * Every sentence templates/ says to a user, in the one i18n shape of core/i18n.ts: Polish first, English
 * second, plurals by `Intl.PluralRules` („dodaj co najmniej 5 pozycji”). Errors carry a stable `code`;
 * nothing compares their Polish text.
 */
export const templateMessages = defineMessages({
  required: { pl: 'pole wymagane: „{label}”', en: 'required: “{label}”' },
  'required-list': {
    pl: 'dodaj co najmniej {min, plural, one {# pozycję} few {# pozycje} many {# pozycji} other {# pozycji}}: „{label}”',
    en: 'add at least {min, plural, one {# item} other {# items}}: “{label}”',
  },
  'date-order': {
    pl: '„{label}” ({date, date}) jest wcześniej niż „{otherLabel}” ({other, date})',
    en: '“{label}” ({date, date}) is earlier than “{otherLabel}” ({other, date})',
  },
  'date-outside': {
    pl: '„{label}” ({date, date}) poza okresem {from, date}–{to, date}',
    en: '“{label}” ({date, date}) outside the period {from, date}–{to, date}',
  },
  'control-chars': {
    pl: '„{label}” zawiera niedozwolone znaki sterujące',
    en: '“{label}” contains control characters that are not allowed',
  },
  'template-mismatch': {
    pl: 'dane są dla innego dokumentu („{given}”), a nie „{expected}”',
    en: 'the data is for another document (“{given}”), not “{expected}”',
  },
  'unknown-template': {
    pl: 'nieznany szablon „{id}” (dostępne: {known})',
    en: 'unknown template “{id}” (available: {known})',
  },
});

/** A catalogue key, or `invalid-value` for a value of the wrong type or form (zod's own message). */
/** Namespaced like every error code of the product (core/errors.ts): `template.…`, or a schema's `schema.…`. */
export type TemplateErrorCode = `template.${keyof typeof templateMessages.messages}` | `schema.${string}`;
type MessageCode = keyof typeof templateMessages.messages;

/** An input error of a document's data: where, what (both languages) and a stable code. */
export interface TemplateError extends InputError {
  code: TemplateErrorCode;
}

/**
 * A message whose labels differ by language: `labels` are Localized, the rest are plain parameters.
 * (`localize` fills both languages from one set of parameters; labels need one set per language.)
 */
export function templateMessage(
  code: MessageCode,
  params: Params = {},
  labels: Record<string, Localized> = {},
): Localized {
  const byLang = (lang: 'pl' | 'en') => ({
    ...params,
    ...Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, v[lang]])),
  });
  return {
    pl: templateMessages.t('pl', code, byLang('pl')),
    en: templateMessages.t('en', code, byLang('en')),
  };
}

export function templateError(
  path: string,
  code: MessageCode,
  params: Params = {},
  labels: Record<string, Localized> = {},
): TemplateError {
  return { path, code: `template.${code}`, message: templateMessage(code, params, labels) };
}

/** Fixed words of the rendered documents (Polish documents; English kept for the add-in's UI). */
export const documentText = defineMessages({
  page: { pl: 'Strona', en: 'Page' },
  of: { pl: 'z', en: 'of' },
  draft: { pl: 'PROJEKT', en: 'DRAFT' },
  caseLabel: { pl: 'Nr sprawy', en: 'Case no.' },
  fillIn: { pl: 'UZUPEŁNIJ', en: 'FILL IN' },
  blank: { pl: '…………………………', en: '…………………………' },
  stamp: { pl: '(pieczęć ośrodka)', en: '(stamp of the centre)' },
  signatureLine: { pl: '……………………………………', en: '……………………………………' },
  signature: { pl: '(data i czytelny podpis)', en: '(date and legible signature)' },
  itemNumber: { pl: 'Lp.', en: 'No.' },
  dataProtection: {
    pl: 'Dokument zawiera dane osobowe, w tym mogące należeć do szczególnych kategorii (art. 9 RODO). Przetwarzane wyłącznie w zakresie niezbędnym do realizacji zadań pomocy społecznej (art. 100 ust. 2 ustawy o pomocy społecznej). Nie udostępniać osobom nieuprawnionym.',
    en: 'This document contains personal data, possibly of special categories (art. 9 GDPR). Processed only as far as necessary for social-assistance tasks (art. 100(2) of the Social Assistance Act). Do not share with unauthorised persons.',
  },
});

/** Both languages of a fixed word: `documentWord('draft')` → {pl: 'PROJEKT', en: 'DRAFT'}. */
export function documentWord(key: keyof typeof documentText.messages): Localized {
  return localize(documentText.messages[key]);
}
