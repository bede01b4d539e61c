import type { Localized } from '../core/index.ts';

/** Every sentence templates/ says to a user, Polish first, English second (like core/messages.ts). */
type Params = Record<string, string | number | undefined>;
type Message = (p: Params) => Localized;

export const templateMessages = {
  required: (p) => ({ pl: `pole wymagane: „${p.label}”`, en: `required: “${p.labelEn}”` }),
  'required-list': (p) => ({
    pl: `dodaj co najmniej ${p.min} ${p.min === 1 ? 'pozycję' : 'pozycje'}: „${p.label}”`,
    en: `add at least ${p.min} ${p.min === 1 ? 'item' : 'items'}: “${p.labelEn}”`,
  }),
  'date-order': (p) => ({
    pl: `„${p.label}” (${p.date}) jest wcześniej niż „${p.otherLabel}” (${p.other})`,
    en: `“${p.labelEn}” (${p.date}) is earlier than “${p.otherLabelEn}” (${p.other})`,
  }),
  'date-outside': (p) => ({
    pl: `„${p.label}” (${p.date}) poza okresem ${p.from}–${p.to}`,
    en: `“${p.labelEn}” (${p.date}) outside the period ${p.from}–${p.to}`,
  }),
  'control-chars': (p) => ({
    pl: `„${p.label}” zawiera niedozwolone znaki sterujące`,
    en: `“${p.labelEn}” contains control characters that are not allowed`,
  }),
  'template-mismatch': (p) => ({
    pl: `dane są dla szablonu „${p.given}”, a nie „${p.expected}”`,
    en: `the data is for template “${p.given}”, not “${p.expected}”`,
  }),
  'unknown-template': (p) => ({
    pl: `nieznany szablon „${p.id}” (dostępne: ${p.known})`,
    en: `unknown template “${p.id}” (available: ${p.known})`,
  }),
} satisfies Record<string, Message>;

export type TemplateMessageKey = keyof typeof templateMessages;

export function templateMessage(key: TemplateMessageKey, params: Params = {}): Localized {
  return templateMessages[key](params);
}

/** Fixed words of the rendered document (Polish documents; English kept for the add-in's UI). */
export const documentText = {
  page: { pl: 'Strona', en: 'Page' },
  of: { pl: 'z', en: 'of' },
  draft: { pl: 'PROJEKT', en: 'DRAFT' },
  caseLabel: { pl: 'Nr sprawy', en: 'Case no.' },
  fillIn: { pl: 'UZUPEŁNIJ', en: 'FILL IN' },
  blank: { pl: '…………………………', en: '…………………………' },
  none: { pl: '(brak)', en: '(none)' },
  signature: { pl: '(data i czytelny podpis)', en: '(date and legible signature)' },
  dataProtection: {
    pl: 'Dokument zawiera dane osobowe, w tym mogące należeć do szczególnych kategorii (art. 9 RODO). Przetwarzane wyłącznie w zakresie niezbędnym do realizacji zadań pomocy społecznej (art. 100 ust. 2 ustawy o pomocy społecznej). Nie udostępniać osobom nieuprawnionym.',
    en: 'This document contains personal data, possibly of special categories (art. 9 GDPR). Processed only as far as necessary for social-assistance tasks (art. 100(2) of the Social Assistance Act). Do not share with unauthorised persons.',
  },
} satisfies Record<string, Localized>;
