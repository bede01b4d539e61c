// Hostile files made on the fly (nothing large is committed): huge spreadsheets, zip bombs, broken XML.
import { Zip, ZipDeflate, ZipPassThrough, zipSync, strToU8 } from 'fflate';

const CONTENT_TYPES_XLSX =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheets><sheet name="Rejestr" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

/** Stream a zip: small parts whole, one large part generated in chunks (never all in memory). */
export function streamZip(
  small: Record<string, string>,
  large: { name: string; chunks: () => Iterable<string> },
): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    out.push(chunk);
  });
  for (const [name, text] of Object.entries(small)) {
    const f = new ZipPassThrough(name);
    zip.add(f);
    f.push(strToU8(text), true);
  }
  const big = new ZipDeflate(large.name, { level: 1 });
  zip.add(big);
  for (const chunk of large.chunks()) big.push(strToU8(chunk));
  big.push(new Uint8Array(0), true);
  zip.end();
  const total = out.reduce((n, c) => n + c.length, 0);
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of out) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/** An .xlsx with `rows` rows of one inline-string cell each (Excel's maximum is 1,048,576). */
export function hugeXlsx(rows: number): Uint8Array {
  return streamZip(
    {
      '[Content_Types].xml': CONTENT_TYPES_XLSX,
      '_rels/.rels': ROOT_RELS,
      'xl/workbook.xml': WORKBOOK,
      'xl/_rels/workbook.xml.rels': WORKBOOK_RELS,
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      *chunks() {
        yield '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
        let part = '';
        for (let r = 1; r <= rows; r++) {
          part += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${r === 1 ? 'Nr sprawy' : `S/${r}`}</t></is></c></row>`;
          if (r % 10_000 === 0) {
            yield part;
            part = '';
          }
        }
        yield part + '</sheetData></worksheet>';
      },
    },
  );
}

/** An .xlsx whose sheet nests `depth` elements. */
export function deepXlsx(depth: number): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES_XLSX),
    '_rels/.rels': strToU8(ROOT_RELS),
    'xl/workbook.xml': strToU8(WORKBOOK),
    'xl/_rels/workbook.xml.rels': strToU8(WORKBOOK_RELS),
    'xl/worksheets/sheet1.xml': strToU8(
      '<worksheet><sheetData>' + '<x>'.repeat(depth) + '</x>'.repeat(depth) + '</sheetData></worksheet>',
    ),
  });
}

const DOCX_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';

/** A .docx with the given parts (document.xml at least). */
export function docxWith(parts: Record<string, string>): Uint8Array {
  const files: Record<string, Uint8Array> = { '[Content_Types].xml': strToU8(DOCX_TYPES) };
  for (const [name, text] of Object.entries(parts)) files[name] = strToU8(text);
  return zipSync(files, { level: 6 });
}

/** A zip bomb: document.xml of `mb` MB of empty paragraphs, deflated to a small file. */
export function docxBomb(mb: number): Uint8Array {
  return streamZip(
    { '[Content_Types].xml': DOCX_TYPES },
    {
      name: 'word/document.xml',
      *chunks() {
        yield '<w:document xmlns:w="w"><w:body>';
        const block = '<w:p/>'.repeat((1 << 20) / 6);
        for (let i = 0; i < mb; i++) yield block;
        yield '</w:body></w:document>';
      },
    },
  );
}

/** Rewrite the declared (central directory) uncompressed size of every entry: a header that lies. */
export function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = out.length - 22; i >= 0; i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      let p = view.getUint32(i + 16, true);
      const count = view.getUint16(i + 10, true);
      for (let k = 0; k < count; k++) {
        view.setUint32(p + 24, size, true);
        p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
      }
      break;
    }
  return out;
}

/** Windows-1250 / ISO-8859-2 bytes of a string with Polish letters. */
export function singleByte(text: string, encoding: 'windows-1250' | 'iso-8859-2'): Uint8Array {
  const table: Record<string, [number, number]> = {
    ą: [0xb9, 0xb1],
    ć: [0xe6, 0xe6],
    ę: [0xea, 0xea],
    ł: [0xb3, 0xb3],
    ń: [0xf1, 0xf1],
    ó: [0xf3, 0xf3],
    ś: [0x9c, 0xb6],
    ź: [0x9f, 0xbc],
    ż: [0xbf, 0xbf],
    Ą: [0xa5, 0xa1],
    Ć: [0xc6, 0xc6],
    Ę: [0xca, 0xca],
    Ł: [0xa3, 0xa3],
    Ń: [0xd1, 0xd1],
    Ó: [0xd3, 0xd3],
    Ś: [0x8c, 0xa6],
    Ź: [0x8f, 0xac],
    Ż: [0xaf, 0xaf],
  };
  const k = encoding === 'windows-1250' ? 0 : 1;
  return Uint8Array.from(
    [...text].map((c) => (c.charCodeAt(0) < 128 ? c.charCodeAt(0) : (table[c]?.[k] ?? 0x3f))),
  );
}
