import type { InputError } from '../core/index.ts';
import { getTemplate } from './definitions/index.ts';
import { layoutDocument } from './layout.ts';
import type { DocumentLayout } from './layout.ts';
import { documentText } from './messages.ts';
import { packDocx } from './ooxml.ts';
import { validateTemplateData } from './validate.ts';

/**
 * The .docx renderer: a template's validated data → its layout (layout.ts) → WordprocessingML (ooxml.ts):
 * A4, the house style (style.ts), the letterhead on page 1, a running header after it, page numbers and a
 * data-protection footer. Every section, list and field is a content control (w:sdt) whose tag is its id
 * and whose title is its Polish label (STYLE.md "Documents"). Browser-safe: no node: imports.
 */

export interface RenderOptions {
  /** Missing required fields allowed: a „PROJEKT” watermark and the gaps marked. */
  draft?: boolean;
  /** From the institution's policy: the letterhead's name when the data has none. */
  institutionName?: string;
}

/** Invalid data: the errors, per field, and no document. */
export class TemplateDataError extends Error {
  constructor(
    readonly templateId: string,
    readonly errors: InputError[],
  ) {
    super(`${templateId}: ${errors.length} error(s)`);
  }
}

export async function renderDocx(
  id: string,
  data: unknown,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const parsed = validateTemplateData(id, data, { draft: options.draft });
  if (!parsed.ok) throw new TemplateDataError(id, parsed.errors);
  return renderLayout(layoutDocument(getTemplate(id)!, parsed.value, options));
}

/** The .docx of a document's layout. */
export function renderLayout(layout: DocumentLayout): Promise<Uint8Array> {
  return packDocx(
    {
      name: layout.name,
      templateId: layout.templateId,
      landscape: layout.landscape,
      draft: layout.draft,
      runningHeader: layout.runningHeader,
      footerNote: documentText.t('pl', 'dataProtection'),
    },
    [{ layout: layout.body }],
  );
}
