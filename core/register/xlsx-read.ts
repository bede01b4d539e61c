import { isoDate, plDate } from '../dates.ts';
import { InputFailure, inputError, printable } from '../errors.ts';
import { MB, ZipArchive, resolvePart } from './zip.ts';

/**
 * An .xlsx sheet streamed row by row: the zip's parts are inflated in chunks into saxes, so a sheet of a
 * million rows ends in a clear error at the row limit instead of a stack overflow, and memory holds the
 * rows kept, the shared strings and nothing else. Cells come back as text; a date cell as dd.mm.rrrr.
 */

export interface XlsxLimits {
  rows: number;
  columns: number;
  cellChars: number;
  /** Bytes a sheet may inflate to. */
  sheetBytes: number;
  /** Bytes the shared strings may inflate to (they are kept in memory). */
  sharedStringsBytes: number;
}

export interface XlsxRow {
  /** The row number as in the sheet (1-based). */
  row: number;
  cells: string[];
}

const CODES = { notZip: 'xlsx.corrupt', corrupt: 'xlsx.corrupt', invalidXml: 'xlsx.invalid-xml' } as const;

// Built-in number formats that are dates (ECMA-376 18.8.30).
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** A custom number format shows a date when it has d, m or y outside quotes, brackets and escapes. */
function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[dmy]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

/** `AB12` → 27 (0-based column). */
function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

export function readXlsxRows(
  bytes: Uint8Array,
  sheet: string | number | undefined,
  limits: XlsxLimits,
  onRow: (row: XlsxRow) => void,
): void {
  const zip = new ZipArchive(bytes, CODES);
  if (zip.has('word/document.xml')) throw new InputFailure([inputError('xlsx.is-docx')]);
  if (!zip.has('xl/workbook.xml')) throw new InputFailure([inputError('xlsx.not-spreadsheet')]);

  // Sheets by name, their relationship ids, and the 1904 date system flag.
  const sheets: { name: string; rid: string }[] = [];
  let date1904 = false;
  zip.parseXml(
    'xl/workbook.xml',
    {
      open: (tag) => {
        if (tag.name === 'sheet' || tag.name.endsWith(':sheet'))
          sheets.push({ name: tag.attributes.name ?? '', rid: tag.attributes['r:id'] ?? '' });
        else if (tag.name === 'workbookPr' && /^(1|true)$/.test(tag.attributes.date1904 ?? ''))
          date1904 = true;
      },
    },
    16 * MB,
  );
  const targets = new Map<string, { target: string; type: string }>();
  if (zip.has('xl/_rels/workbook.xml.rels'))
    zip.parseXml(
      'xl/_rels/workbook.xml.rels',
      {
        open: (tag) => {
          if (tag.name === 'Relationship')
            targets.set(tag.attributes.Id ?? '', {
              target: resolvePart('xl/', tag.attributes.Target ?? ''),
              type: tag.attributes.Type ?? '',
            });
        },
      },
      16 * MB,
    );
  const chosen =
    sheet === undefined
      ? sheets[0]
      : typeof sheet === 'number'
        ? sheets[sheet - 1]
        : sheets.find((s) => s.name === sheet);
  if (!chosen)
    throw new InputFailure([
      inputError('xlsx.sheet-missing', {
        sheet: printable(String(sheet ?? 1), 60),
        sheets: printable(sheets.map((s) => s.name).join(', '), 300) || '—',
      }),
    ]);
  const sheetPart = targets.get(chosen.rid)?.target ?? `xl/worksheets/sheet${sheets.indexOf(chosen) + 1}.xml`;
  if (!zip.has(sheetPart)) throw new InputFailure([inputError('xlsx.corrupt', {}, { field: sheetPart })]);
  const partOf = (suffix: string, fallback: string) =>
    [...targets.values()].find((t) => t.type.endsWith(suffix))?.target ?? fallback;

  // Shared strings: the text of each <si>, phonetic runs left out.
  const shared: string[] = [];
  const sharedPart = partOf('/sharedStrings', 'xl/sharedStrings.xml');
  if (zip.has(sharedPart)) {
    let current = '';
    let inT = false;
    let inPhonetic = 0;
    zip.parseXml(
      sharedPart,
      {
        open: (tag) => {
          if (tag.name === 'si') current = '';
          else if (tag.name === 't') inT = !tag.isSelfClosing;
          else if (tag.name === 'rPh') inPhonetic++;
        },
        close: (tag) => {
          if (tag.name === 'si') shared.push(current);
          else if (tag.name === 't') inT = false;
          else if (tag.name === 'rPh') inPhonetic--;
        },
        text: (t) => {
          if (inT && inPhonetic === 0 && current.length < limits.cellChars) current += t;
        },
      },
      limits.sharedStringsBytes,
    );
  }

  // Styles: which cell formats are dates.
  const dateStyles: boolean[] = [];
  const stylesPart = partOf('/styles', 'xl/styles.xml');
  if (zip.has(stylesPart)) {
    const custom = new Map<number, string>();
    let inCellXfs = false;
    zip.parseXml(
      stylesPart,
      {
        open: (tag) => {
          if (tag.name === 'numFmt')
            custom.set(Number(tag.attributes.numFmtId), tag.attributes.formatCode ?? '');
          else if (tag.name === 'cellXfs') inCellXfs = !tag.isSelfClosing;
          else if (tag.name === 'xf' && inCellXfs) {
            const id = Number(tag.attributes.numFmtId ?? 0);
            dateStyles.push(custom.has(id) ? isDateFormat(custom.get(id)!) : DATE_FORMAT_IDS.has(id));
          }
        },
        close: (tag) => {
          if (tag.name === 'cellXfs') inCellXfs = false;
        },
      },
      16 * MB,
    );
  }

  // The sheet itself, row by row.
  let rowNumber = 0;
  let rows = 0;
  let cells: string[] = [];
  let col = 0;
  let type = '';
  let style = 0;
  let value = '';
  let inValue = false;
  let inInline = false;
  const tooLong = () =>
    new InputFailure([
      inputError('table.cell-too-long', { row: rowNumber, limit: limits.cellChars }, { row: rowNumber }),
    ]);
  zip.parseXml(
    sheetPart,
    {
      open: (tag) => {
        switch (tag.name) {
          case 'row': {
            const r = Number(tag.attributes.r);
            rowNumber = Number.isInteger(r) && r > rowNumber ? r : rowNumber + 1;
            cells = [];
            col = 0;
            if (tag.isSelfClosing) cells = [];
            break;
          }
          case 'c': {
            const ref = tag.attributes.r;
            col = ref ? columnIndex(ref) : cells.length;
            if (col < 0) col = cells.length;
            if (col >= limits.columns)
              throw new InputFailure([
                inputError(
                  'table.too-many-columns',
                  { row: rowNumber, limit: limits.columns },
                  { row: rowNumber },
                ),
              ]);
            type = tag.attributes.t ?? 'n';
            style = Number(tag.attributes.s ?? 0);
            value = '';
            break;
          }
          case 'v':
            inValue = !tag.isSelfClosing;
            break;
          case 'is':
            inInline = true;
            break;
          case 't':
            if (inInline) inValue = !tag.isSelfClosing;
            break;
        }
      },
      text: (t) => {
        if (!inValue) return;
        value += t;
        if (value.length > limits.cellChars) throw tooLong();
      },
      close: (tag) => {
        switch (tag.name) {
          case 'v':
          case 't':
            inValue = false;
            break;
          case 'is':
            inInline = false;
            break;
          case 'c': {
            let text: string;
            if (type === 's') text = shared[Number(value)] ?? '';
            else if (type === 'str' || type === 'inlineStr') text = value;
            else if (type === 'b') text = value === '1' ? 'true' : value === '' ? '' : 'false';
            else if (type === 'e' || value === '') text = '';
            else {
              const n = Number(value);
              if (!Number.isFinite(n)) text = value;
              else if (dateStyles[style]) {
                // Serial days since 1899-12-30 (or 1904-01-01): to days since 1970-01-01.
                const days = Math.floor(n) - (date1904 ? 24107 : 25569);
                text = plDate(isoDate(days));
              } else text = String(n);
            }
            while (cells.length < col) cells.push('');
            cells[col] = text.trim();
            break;
          }
          case 'row':
            if (cells.some((c) => c !== '')) {
              if (++rows > limits.rows)
                throw new InputFailure([
                  inputError('table.too-many-rows', { limit: limits.rows }, { row: rowNumber }),
                ]);
              onRow({ row: rowNumber, cells });
            }
            break;
        }
      },
    },
    limits.sheetBytes,
  );
}
