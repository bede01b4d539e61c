/**
 * The part of the Word JavaScript API (WordApi 1.3) the add-in uses, as structural types. Real Word's
 * `Word.RequestContext` and our fake both satisfy them — `word-api.typecheck.ts` proves it at compile time —
 * so word.ts cannot call anything the fake does not model or real Word does not offer.
 */

/** The lowest requirement set the add-in needs: styleBuiltIn, tables, getFirstOrNullObject (manifest.xml too). */
export const REQUIRED_WORD_API = '1.3';

export type InsertBeforeAfter = 'Before' | 'After';
export type InsertStartEnd = 'Start' | 'End';

export interface WordRange {
  readonly font: { bold: boolean };
  insertParagraph(paragraphText: string, insertLocation: InsertBeforeAfter): WordParagraph;
  insertContentControl(): WordContentControl;
  select(): void;
}

export interface WordParagraph {
  readonly text: string;
  styleBuiltIn: string;
  /** 'Left' | 'Centered' | 'Right' | 'Justified' (Word reads 'Mixed' too). */
  alignment: string;
  /** Points. */
  leftIndent: number;
  readonly outlineLevel: number;
  load(propertyNames?: string): WordParagraph;
  insertParagraph(paragraphText: string, insertLocation: InsertBeforeAfter): WordParagraph;
  insertTable(
    rowCount: number,
    columnCount: number,
    insertLocation: InsertBeforeAfter,
    values?: string[][],
  ): WordTable;
  insertText(text: string, insertLocation: InsertStartEnd): WordRange;
  insertContentControl(): WordContentControl;
  select(): void;
}

export interface WordContentControl {
  tag: string;
  title: string;
  appearance: 'BoundingBox' | 'Tags' | 'Hidden';
  /** Dimmed text Word shows while the control is empty (WordApi 1.1). */
  placeholderText: string;
  readonly text: string;
  load(propertyNames?: string): WordContentControl;
  insertParagraph(paragraphText: string, insertLocation: InsertStartEnd | InsertBeforeAfter): WordParagraph;
  insertTable(
    rowCount: number,
    columnCount: number,
    insertLocation: InsertStartEnd | InsertBeforeAfter,
    values?: string[][],
  ): WordTable;
  insertText(text: string, insertLocation: 'Replace'): unknown;
  select(): void;
}

export interface WordCollection<T> {
  readonly items: T[];
  load(propertyNames?: string): WordCollection<T>;
}

export interface WordParagraphCollection extends WordCollection<WordParagraph> {
  getFirst(): WordParagraph;
}

export interface WordContentControlCollection extends WordCollection<WordContentControl> {
  getByTag(tag: string): WordContentControlCollection;
  getFirst(): WordContentControl;
  load(propertyNames?: string): WordContentControlCollection;
}

export interface WordTable {
  headerRowCount: number;
  getCell(rowIndex: number, cellIndex: number): { readonly body: WordCellBody };
  /** Border type: 'None', 'Single', … */
  getBorder(borderLocation: 'All'): { type: string };
  insertParagraph(paragraphText: string, insertLocation: InsertBeforeAfter): WordParagraph;
  insertTable(
    rowCount: number,
    columnCount: number,
    insertLocation: InsertBeforeAfter,
    values?: string[][],
  ): WordTable;
  insertContentControl(): WordContentControl;
}

/** A table cell's body: its first paragraph exists; more are added at its end. */
export interface WordCellBody {
  readonly paragraphs: WordParagraphCollection;
  insertParagraph(paragraphText: string, insertLocation: InsertStartEnd): WordParagraph;
}

export interface WordBody {
  readonly paragraphs: WordCollection<WordParagraph>;
  readonly contentControls: WordContentControlCollection;
  clear(): void;
  insertParagraph(paragraphText: string, insertLocation: InsertStartEnd): WordParagraph;
  search(searchText: string): { getFirst(): { select(): void } };
}

export interface WordContext {
  readonly document: {
    readonly body: WordBody;
    readonly contentControls: WordContentControlCollection;
    getSelection(): WordRange;
  };
  sync(): Promise<unknown>;
}

/** `Word.run` — the real one from office.js, or the fake's. */
export interface WordHost {
  run<T>(batch: (context: WordContext) => Promise<T>): Promise<T>;
}
