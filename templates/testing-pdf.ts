import { execFileSync } from 'node:child_process';
import { TEMPLATES } from './definitions/index.ts';
import { flattenFields } from './fields.ts';
import { documentText } from './messages.ts';

/**
 * Page-by-page reading of a PDF LibreOffice made (pdftotext), for the layout tests of the documents and
 * of the report: which page holds what, internal codes that must never be printed, section numbering.
 */

export function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8', timeout: 60_000 });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** The text of each page (layout mode: lines as printed). */
export function pdfPages(pdf: string): string[] {
  return Array.from({ length: pageCount(pdf) }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], {
      encoding: 'utf8',
      timeout: 60_000,
    }),
  );
}

/** The whole text in reading order (raw mode keeps a table cell's lines together). */
export function pdfRawText(pdf: string): string {
  return execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8', timeout: 60_000 });
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A page's text without the running header, the data-protection footer and the page number. */
export function pageBody(page: string, extraFurniture: readonly string[] = []): string {
  let text = squash(page);
  for (const f of [documentText.t('pl', 'dataProtection'), ...extraFurniture])
    text = text.split(squash(f)).join(' ');
  return squash(text.replace(/Strona \d+ z \d+/g, ' '));
}

/** What a signature block prints besides the signers' names. */
export const SIGNATURE_WORDS = [
  documentText.t('pl', 'signatureLine'),
  documentText.t('pl', 'signature'),
  'Umowę sporządzono w jednobrzmiących egzemplarzach, po jednym dla każdej ze stron.',
  'Strony zobowiązują się do realizacji ustaleń kontraktu. Kontrakt sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze stron.',
];

/** Whether a page's body is nothing but signature lines, signers' labels and names. */
export function onlySignatures(body: string, signerTexts: readonly string[]): boolean {
  let rest = ` ${body} `;
  for (const t of [...SIGNATURE_WORDS, ...signerTexts].sort((a, b) => b.length - a.length))
    if (t.trim()) rest = rest.split(squash(t)).join(' ');
  rest = rest.replace(/…+/g, ' ');
  return squash(rest) === '';
}

/** Internal ids and codes that must never be printed: field, template, tool, standard and finding ids. */
export function internalCodes(text: string, extra: readonly string[] = []): string[] {
  const found = new Set<string>();
  const ids = new Set<string>(extra);
  for (const t of TEMPLATES) {
    ids.add(t.id);
    for (const f of flattenFields(t)) if (/[A-Z]/.test(f.id)) ids.add(f.id);
  }
  for (const id of ids)
    if (
      new RegExp(`(^|[^\\p{L}\\d-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\d-])`, 'u').test(
        text,
      )
    )
      found.add(id);
  for (const re of [
    /\b(?:oo|os|fs)-[a-z-]+/g,
    /\b(?:sw|svc)-[a-z-]+/g,
    /\bOO_\d+/g,
    /\((?:OO|OS|FS)\)/g,
    /\b(?:section|template):[a-z-]+/g,
    /#kopia/g,
    /\b(?:tool-missing|stage-skipped|stage-overdue|agreement-review-overdue|closed-without-evaluation|case-inactive|caseload-(?:near|over)-limit|caseload-over-statutory|documentation-share-high|benefits-info-client-not-informed)\b/g,
  ])
    for (const m of text.matchAll(re)) found.add(m[0]);
  return [...found];
}

/**
 * Section numbers in reading order must run 1, 2, 3… (again from 1 after a part heading such as „Część
 * II”), and items „N.k.” must sit in section N with k running 1, 2, 3…. Returns what is out of order.
 */
export function numberingProblems(pages: readonly string[], partHeading = /^\s*Część [IVX]+\b/): string[] {
  const problems: string[] = [];
  let section = 0;
  let item = 0;
  for (const page of pages)
    for (const line of page.split('\n')) {
      if (partHeading.test(line)) {
        section = 0;
        item = 0;
        continue;
      }
      const sub = /^\s*(\d+)\.(\d+)\.\s+\S/.exec(line);
      if (sub) {
        const [n, k] = [Number(sub[1]), Number(sub[2])];
        if (n !== section || k !== item + 1)
          problems.push(`${n}.${k}. after ${section}.${item}.: ${line.trim()}`);
        item = k;
        continue;
      }
      const top = /^\s*(\d+)\.\s+\p{Lu}/u.exec(line);
      if (top) {
        const n = Number(top[1]);
        if (n !== section + 1) problems.push(`${n}. after ${section}.: ${line.trim()}`);
        section = n;
        item = 0;
      }
    }
  return problems;
}
