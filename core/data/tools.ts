import * as z from 'zod';
import { Requirement, Tool } from '../schema/standard.ts';

const all = 'all' as const;

// docs/standard.md "Tools"; docs/standard.md §1.4–1.5. (U) items ship as defaults marked evidence 'unconfirmed'.
export const TOOLS: Tool[] = z.array(Tool).parse([
  {
    id: 'oo-recognition-interview',
    name: { pl: 'Wywiad – rozpoznanie sytuacji', en: 'Interview – recognition of the situation' },
    class: 'OO',
    stages: ['1a'],
    categories: all,
    filledBy: { pl: 'pracownik socjalny z klientem', en: 'social worker with the client' },
    evidence: 'seed',
  },
  {
    id: 'os-interview-disability',
    name: { pl: 'Wywiad z osobą z niepełnosprawnością', en: 'Interview with a person with disability' },
    class: 'OS',
    stages: ['1b'],
    categories: ['sw-disability'],
    evidence: 'unconfirmed',
  },
  {
    id: 'os-interview-family-of-disabled',
    name: {
      pl: 'Wywiad z rodziną osoby niepełnosprawnej',
      en: 'Interview with the family of a disabled person',
    },
    class: 'OS',
    stages: ['1b'],
    categories: ['sw-disability'],
    number: 9,
    evidence: 'source',
  },
  {
    id: 'os-interview-family-children',
    name: { pl: 'Wywiad z rodziną z dziećmi', en: 'Interview with a family with children' },
    class: 'OS',
    stages: ['1b'],
    categories: ['sw-family-children'],
    evidence: 'unconfirmed',
  },
  {
    id: 'os-interview-violence',
    name: {
      pl: 'Wywiad z osobą doświadczającą przemocy',
      en: 'Interview with a person experiencing violence',
    },
    class: 'OS',
    stages: ['1b'],
    categories: ['sw-violence'],
    evidence: 'unconfirmed',
  },
  {
    id: 'os-interview-older',
    name: { pl: 'Wywiad z osobą starszą', en: 'Interview with an older person' },
    class: 'OS',
    stages: ['1b'],
    categories: ['sw-older'],
    evidence: 'unconfirmed',
  },
  {
    id: 'os-interview-unemployed',
    name: { pl: 'Wywiad z osobą pozostającą bez pracy', en: 'Interview with an unemployed person' },
    class: 'OS',
    stages: ['1b'],
    categories: ['sw-unemployed'],
    evidence: 'seed',
  },
  {
    id: 'fs-genogram',
    name: { pl: 'Genogram', en: 'Genogram' },
    class: 'FS',
    stages: ['1b'],
    categories: all,
    evidence: 'unconfirmed',
  },
  {
    id: 'fs-ecomap',
    name: { pl: 'Ekomapa', en: 'Ecomap' },
    class: 'FS',
    stages: ['1b'],
    categories: all,
    evidence: 'unconfirmed',
  },
  {
    id: 'fs-functional-scale',
    name: { pl: 'Skala oceny funkcjonowania', en: 'Functional assessment scale' },
    class: 'FS',
    stages: ['1b'],
    categories: ['sw-older', 'sw-disability'],
    evidence: 'unconfirmed',
  },
  {
    id: 'fs-competence-balance',
    name: { pl: 'Bilans kompetencji', en: 'Competence balance' },
    class: 'FS',
    stages: ['1b'],
    categories: ['sw-unemployed'],
    evidence: 'unconfirmed',
  },
  {
    id: 'oo-assessment-questionnaire',
    name: {
      pl: 'Kwestionariusz „Diagnoza – ocena sytuacji”',
      en: 'Questionnaire “Diagnosis – assessment of the situation”',
    },
    class: 'OO',
    stages: ['1c'],
    categories: all,
    filledBy: { pl: 'pracownik socjalny z klientem', en: 'social worker with the client' },
    evidence: 'seed',
  },
  {
    id: 'oo-cooperation-agreement',
    name: { pl: 'Umowa współpracy', en: 'Cooperation agreement' },
    class: 'OO',
    stages: ['2', '3'],
    categories: all,
    number: 3,
    code: 'OO_3',
    filledBy: { pl: 'pracownik socjalny wspólnie z klientem', en: 'social worker together with the client' },
    template: 'cooperation-agreement',
    evidence: 'source',
  },
  {
    id: 'oo-effects-evaluation',
    name: { pl: 'Ocena efektów', en: 'Assessment of effects' },
    class: 'OO',
    stages: ['4', '5'],
    categories: all,
    evidence: 'unconfirmed',
  },
  {
    id: 'oo-record-card',
    name: { pl: 'Karta pracy socjalnej', en: 'Social-work record card' },
    class: 'OO',
    // Documents every methodical action (docs/standard.md §1.4); due from the first stage, done once started.
    stages: ['1a', '1b', '1c', '2', '3', '4', '5'],
    categories: all,
    template: 'record-card',
    evidence: 'seed',
  },
]);

/**
 * Obligatory requirements derived from the catalogue: each OO/OS tool on its own, except alternatives
 * declared here. docs/standard.md: "sw-disability needs one of the two interviews by default; a policy may require both".
 */
export const ALTERNATIVES: Requirement[] = z.array(Requirement).parse([
  {
    id: 'os-interview-disability-any',
    stage: '1b',
    mode: 'any-of',
    tools: ['os-interview-disability', 'os-interview-family-of-disabled'],
    categories: ['sw-disability'],
  },
]);

/** A tool's name in the catalogue (the id itself for a tool the catalogue does not know). */
export function toolName(id: string, lang: 'pl' | 'en' = 'pl'): string {
  return TOOLS.find((t) => t.id === id)?.name[lang] ?? id;
}

/** Tools whose evidence comes from another part of the record, not only from `tools` (docs/standard.md). */
export const IMPLIED_BY = {
  agreement: 'oo-cooperation-agreement',
  evaluation: 'oo-effects-evaluation',
} as const;
