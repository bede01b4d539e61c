import type { TemplateDefinition } from '../model.ts';
import { benefitsInformation } from './benefits-information.ts';
import { cooperationAgreementCrisis } from './cooperation-agreement-crisis.ts';
import { cooperationAgreement } from './cooperation-agreement.ts';
import { recordCard } from './record-card.ts';
import { socialContract } from './social-contract.ts';
import { updateNote } from './update-note.ts';

/** The six documents of docs/standard.md "Documents", in that order. */
export const TEMPLATES: readonly TemplateDefinition[] = [
  cooperationAgreement,
  cooperationAgreementCrisis,
  updateNote,
  benefitsInformation,
  recordCard,
  socialContract,
];

export function getTemplate(id: string): TemplateDefinition | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
