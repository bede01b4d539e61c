import Papa from 'papaparse';
import { InputFailure, inputError } from '../errors.ts';
import type { LocalizedText } from '../i18n.ts';
import { decodeTable, encodingNotice } from './encoding.ts';
import type { EncodingOption, TextEncoding } from './encoding.ts';
import { readXlsxRows } from './xlsx-read.ts';
import type { XlsxLimits } from './xlsx-read.ts';
import { MB, isZip } from './zip.ts';

/** A register as read: the header and the rows as text cells (row numbers as in the file, header = 1). */
export interface Table {
  header: string[];
  rows: { row: number; cells: string[] }[];
  format: 'csv' | 'xlsx';
  encoding?: TextEncoding;
  delimiter?: string;
  /** What the reader wants the user to know (e.g. "wykryto kodowanie Windows-1250"). */
  notices?: LocalizedText[];
}

export interface ReadOptions {
  encoding?: EncodingOption;
  delimiter?: 'auto' | ';' | ',' | '\t';
  sheet?: string | number;
}

/**
 * The stated limits of a register file (docs/errors.md). Above them the reader stops with a clear error
 * rather than using the memory of the whole machine: a centre's register export is far smaller.
 */
export const TABLE_LIMITS: XlsxLimits & { fileBytes: number } = {
  fileBytes: 64 * MB,
  rows: 200_000,
  columns: 500,
  cellChars: 32_767,
  sheetBytes: 512 * MB,
  sharedStringsBytes: 128 * MB,
};

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const mb = (n: number) => Math.round((n / MB) * 10) / 10;

/**
 * Bytes of a CSV (UTF-8, Windows-1250 or ISO-8859-2; `;`, `,` or tab) or an XLSX file to a table. Bad
 * input throws an InputFailure (core/errors.ts) — never a library's own exception. Browser- and Node-safe.
 */
export async function readTable(bytes: Uint8Array, options: ReadOptions = {}): Promise<Table> {
  if (bytes.length > TABLE_LIMITS.fileBytes)
    throw new InputFailure([
      inputError('file.too-large', { size: mb(bytes.length), limit: mb(TABLE_LIMITS.fileBytes) }),
    ]);
  if (bytes.length === 0) throw new InputFailure([inputError('file.empty')]);
  if (OLE2.every((b, i) => bytes[i] === b)) throw new InputFailure([inputError('xls.legacy')]);
  if (isZip(bytes)) return readXlsx(bytes, options.sheet);
  return readCsv(bytes, options);
}

/** Decode with detection (encoding.ts); kept for callers that read a text table themselves. */
export function decodeText(bytes: Uint8Array, encoding: EncodingOption = 'auto') {
  return decodeTable(bytes, encoding);
}

export function readCsv(bytes: Uint8Array, options: ReadOptions = {}): Table {
  const { text, encoding } = decodeTable(bytes, options.encoding);
  const parsed = Papa.parse<string[]>(text, {
    delimiter: options.delimiter && options.delimiter !== 'auto' ? options.delimiter : '',
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: 'greedy',
  });
  const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) {
    const row = (unclosed.row ?? 0) + 1;
    throw new InputFailure([inputError('csv.unclosed-quote', { row }, { row })]);
  }
  if (parsed.data.length > TABLE_LIMITS.rows + 1)
    throw new InputFailure([inputError('table.too-many-rows', { limit: TABLE_LIMITS.rows })]);
  const [header = [], ...rest] = parsed.data;
  if (header.every((h) => h.trim() === '')) throw new InputFailure([inputError('table.no-header')]);
  const rows: Table['rows'] = [];
  for (let i = 0; i < rest.length; i++) {
    const cells = rest[i]!;
    if (cells.length > TABLE_LIMITS.columns)
      throw new InputFailure([
        inputError('table.too-many-columns', { row: i + 2, limit: TABLE_LIMITS.columns }, { row: i + 2 }),
      ]);
    rows.push({ row: i + 2, cells: cells.map((c) => c.trim()) });
  }
  return {
    header: header.map((h) => h.trim()),
    rows,
    format: 'csv',
    encoding,
    delimiter: parsed.meta.delimiter,
    ...(encoding === 'utf-8' ? {} : { notices: [encodingNotice(encoding)] }),
  };
}

function readXlsx(bytes: Uint8Array, sheet: string | number | undefined): Table {
  let header: string[] | undefined;
  const rows: Table['rows'] = [];
  readXlsxRows(bytes, sheet, TABLE_LIMITS, ({ row, cells }) => {
    if (header === undefined) header = cells;
    else rows.push({ row, cells });
  });
  if (!header) throw new InputFailure([inputError('table.no-header')]);
  return { header, rows, format: 'xlsx' };
}
