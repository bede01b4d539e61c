import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';
import { isoDate, plDate } from '../dates.ts';

/** A register as read: the header and the rows as text cells (row numbers as in the file, header = 1). */
export interface Table {
  header: string[];
  rows: { row: number; cells: string[] }[];
  format: 'csv' | 'xlsx';
  encoding?: 'utf-8' | 'windows-1250';
  delimiter?: string;
}

export interface ReadOptions {
  encoding?: 'auto' | 'utf-8' | 'windows-1250';
  delimiter?: 'auto' | ';' | ',' | '\t';
  sheet?: string | number;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Bytes of a CSV (UTF-8 or Windows-1250, `;` or `,`) or an XLSX file to a table. Browser- and Node-safe. */
export async function readTable(bytes: Uint8Array, options: ReadOptions = {}): Promise<Table> {
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) return readXlsx(bytes, options.sheet);
  return readCsv(bytes, options);
}

/** Decode as UTF-8 when the bytes are valid UTF-8, else as Windows-1250 (TOOLCHAIN.md). */
export function decodeText(
  bytes: Uint8Array,
  encoding: ReadOptions['encoding'] = 'auto',
): { text: string; encoding: 'utf-8' | 'windows-1250' } {
  if (encoding === 'windows-1250') return { text: new TextDecoder('windows-1250').decode(bytes), encoding };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch (e) {
    if (encoding === 'utf-8') throw e;
    return { text: new TextDecoder('windows-1250').decode(bytes), encoding: 'windows-1250' };
  }
}

export function readCsv(bytes: Uint8Array, options: ReadOptions = {}): Table {
  const { text, encoding } = decodeText(bytes, options.encoding);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: options.delimiter && options.delimiter !== 'auto' ? options.delimiter : '',
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: 'greedy',
  });
  const [header = [], ...rest] = parsed.data;
  return {
    header: header.map((h) => h.trim()),
    rows: rest.map((cells, i) => ({ row: i + 2, cells: cells.map((c) => c.trim()) })),
    format: 'csv',
    encoding,
    delimiter: parsed.meta.delimiter,
  };
}

async function readXlsx(bytes: Uint8Array, sheet: string | number | undefined): Promise<Table> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const data = sheet === undefined ? await readSheet(buffer) : await readSheet(buffer, sheet);
  const [header = [], ...rest] = data;
  const rows: Table['rows'] = [];
  rest.forEach((cells, i) => {
    const text = cells.map(cellText);
    if (text.some((c) => c !== '')) rows.push({ row: i + 2, cells: text });
  });
  return { header: header.map(cellText), rows, format: 'xlsx' };
}

/** A spreadsheet cell as text; a date cell becomes dd.mm.rrrr like the host's own display. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'getTime' in value) {
    const ms = (value as { getTime(): number }).getTime();
    return plDate(isoDate(Math.floor(ms / 86_400_000)));
  }
  return String(value).trim();
}
