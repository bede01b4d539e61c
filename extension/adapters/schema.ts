import * as z from 'zod';
import { KebabId, SocialWorkStandardId, StageId } from '../../core/schema/common.ts';

/**
 * A site adapter: how the overlay reads one host welfare system. Data, not code — an IT person writes one
 * from the published JSON Schema (adapter.schema.json) and docs/adapters.md, with no code change.
 */

const Selector = z
  .string()
  .min(1)
  .meta({
    description: 'CSS selector (document.querySelector syntax)',
    examples: ['table.rejestr > tbody > tr'],
  });

/** How to read one value: locate an element (selector or label), take its text or an attribute, refine. */
export const Extract = z
  .strictObject({
    selector: Selector.optional().meta({
      description: 'CSS selector inside the scope (the row, or the page container); the first match is read',
    }),
    label: z
      .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
      .optional()
      .meta({
        description:
          'Text of the label beside the value (th/td → next cell, dt → its dd, label[for] → the field); case and a trailing colon are ignored',
        examples: ['Data otwarcia', ['Etap', 'Etap pracy']],
      }),
    attribute: z
      .string()
      .min(1)
      .optional()
      .meta({
        description: 'Read this attribute of the located element instead of its text',
        examples: ['data-user-id'],
      }),
    pattern: z
      .string()
      .min(1)
      .optional()
      .meta({
        description:
          'Regular expression applied to the text; the first capture group (or the whole match) is the value',
        examples: ['\\((PS-\\d+)\\)'],
      }),
    date: z
      .enum(['dd.mm.rrrr', 'rrrr-mm-dd', 'dd/mm/rrrr'])
      .optional()
      .meta({ description: 'Date format of the value (dates only)' }),
  })
  .meta({ description: 'How to read one value' });
export type Extract = z.infer<typeof Extract>;

/** Where an overlay element goes, relative to an element of the host. */
export const Placement = z.strictObject({
  selector: Selector.optional().meta({ description: 'Anchor inside the scope; absent = the scope itself' }),
  position: z.enum(['append', 'prepend', 'before', 'after']).default('append'),
});
export type Placement = z.infer<typeof Placement>;

const CaseFields = z.strictObject({
  caseId: Extract.meta({ description: 'The case number as the host shows it (pseudonymous, never a name)' }),
  socialWorker: Extract.optional().meta({ description: 'Id of the assigned social worker' }),
  benefitsWorker: Extract.optional().meta({ description: 'Id of the assigned benefits worker' }),
  category: Extract.optional().meta({ description: 'Client category; mapped by vocabulary.categories' }),
  stage: Extract.optional().meta({ description: 'Current methodical stage; mapped by vocabulary.stages' }),
  stageSince: Extract.optional().meta({ description: 'Date the current stage began' }),
  openedOn: Extract.optional().meta({ description: 'Date the case was opened' }),
  status: Extract.optional().meta({ description: 'Case status; mapped by vocabulary.statuses' }),
});
export type CaseFields = z.infer<typeof CaseFields>;

const ListOf = (what: string) =>
  z.strictObject({
    items: Selector.meta({ description: `Selector of each ${what} inside the container` }),
  });

export const Page = z
  .strictObject({
    id: KebabId,
    kind: z.enum(['case-list', 'case-detail', 'other']),
    scope: z
      .enum(['own', 'team'])
      .default('team')
      .meta({ description: "Lists: 'own' = the signed-in worker's cases, 'team' = anyone's" }),
    paths: z
      .array(z.string().regex(/^\//))
      .min(1)
      .meta({
        description: 'Path patterns: * = any characters but /, ** = anything',
        examples: [['/rejestr', '/sprawy/**']],
      }),
    hash: z
      .array(z.string().regex(/^#/))
      .optional()
      .meta({
        description: 'Hash-route patterns (same wildcards); absent = any hash',
        examples: [['#/sprawa/*']],
      }),
    container: Selector.meta({
      description: 'The element the overlay reads and watches; if it is missing the adapter does not match',
    }),
    rows: Selector.optional().meta({ description: 'Lists: selector of each case row inside the container' }),
    empty: Selector.optional().meta({ description: 'Lists: an element shown when the list has no rows' }),
    fields: CaseFields.meta({
      description: 'Lists: read inside each row. Detail: read inside the container',
    }),
    total: Extract.optional().meta({
      description: 'Lists: number of cases the host says the whole list has, across all pages',
    }),
    activeCount: Extract.optional().meta({
      description: "Own lists: the host's count of the signed-in worker's active cases",
    }),
    stageHistory: ListOf('stage history entry')
      .extend({ stage: Extract, date: Extract })
      .optional()
      .meta({ description: 'Detail: the stage history, read inside each item' }),
    documents: ListOf('document')
      .extend({ name: Extract, date: Extract, status: Extract.optional() })
      .optional()
      .meta({ description: "Detail: the case's documents; names mapped by vocabulary.documents" }),
    badge: Placement.meta({
      description: 'Where badges go: inside each row (lists) or the container (detail)',
    }),
    banner: Placement.optional().meta({
      description: 'Lists: where the caseload banner goes (inside the container)',
    }),
  })
  .meta({ description: 'One kind of page of the host system' });
export type Page = z.infer<typeof Page>;
export type PageInput = z.input<typeof Page>;

const ToolId = KebabId.meta({
  description: 'Tool id from docs/standard.md',
  examples: ['os-interview-older'],
});

export const Vocabulary = z.strictObject({
  categories: z
    .record(z.string(), SocialWorkStandardId)
    .default({})
    .meta({
      description: "Host's client-category labels → standard ids",
      examples: [{ 'Osoba starsza': 'sw-older' }],
    }),
  stages: z
    .record(z.string(), StageId)
    .default({})
    .meta({ description: "Host's stage labels → stage ids", examples: [{ 'I-b': '1b', 'Etap 2': '2' }] }),
  statuses: z
    .record(z.string(), z.enum(['active', 'suspended', 'closed']))
    .default({})
    .meta({ description: "Host's status labels", examples: [{ aktywna: 'active' }] }),
  documents: z
    .record(
      z.string(),
      z.union([ToolId, z.strictObject({ byCategory: z.partialRecord(SocialWorkStandardId, ToolId) })]),
    )
    .default({})
    .meta({
      description: "Host's document names → tool ids; a generic name may depend on the client category",
      examples: [{ 'Wywiad specjalistyczny': { byCategory: { 'sw-older': 'os-interview-older' } } }],
    }),
  documentStatuses: z
    .record(z.string(), z.enum(['done', 'waived', 'draft']))
    .default({})
    .meta({
      description: "Host's document statuses; 'draft' documents do not count",
      examples: [{ Odstąpiono: 'waived' }],
    }),
  roles: z
    .record(z.string(), z.enum(['social-worker', 'benefits-worker']))
    .default({})
    .meta({
      description: "Host's job titles → roles",
      examples: [{ 'pracownik socjalny': 'social-worker' }],
    }),
});
export type Vocabulary = z.infer<typeof Vocabulary>;

export const Adapter = z
  .strictObject({
    $schema: z.string().optional(),
    formatVersion: z.literal(1),
    id: KebabId,
    name: z.string().min(1).max(200),
    origins: z
      .array(z.string().regex(/^(https?):\/\/(\*\.)?[a-z0-9.-]+\/\*$/i))
      .min(1)
      .meta({
        description: 'Origins the adapter covers, as match patterns (ports are ignored)',
        examples: [['https://pomoc.example.gov.pl/*']],
      }),
    signedInWorker: z
      .strictObject({
        id: Extract.meta({ description: 'The signed-in worker’s id, read in the whole document' }),
        role: Extract.optional().meta({
          description: 'Job title; mapped by vocabulary.roles (default social worker)',
        }),
      })
      .optional(),
    vocabulary: Vocabulary.prefault({}),
    pages: z.array(Page).min(1),
  })
  .meta({ title: 'standardy: site adapter (adapter systemu)' });
export type Adapter = z.infer<typeof Adapter>;
export type AdapterInput = z.input<typeof Adapter>;
