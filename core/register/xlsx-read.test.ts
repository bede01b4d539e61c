import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isInputFailure } from '../errors.ts';
import { readTable } from './read-table.ts';

const rels = (targets: string[]) =>
  '<Relationships>' +
  targets.map((t, i) => `<Relationship Id="rId${i + 1}" Type="x/worksheet" Target="${t}"/>`).join('') +
  '<Relationship Id="rS" Type="x/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rT" Type="x/styles" Target="styles.xml"/></Relationships>';

/** An .xlsx as Excel writes one: shared strings, a date style, cells with gaps, two sheets. */
function workbook(date1904 = false) {
  return zipSync({
    'xl/workbook.xml': strToU8(
      `<workbook xmlns:r="r"><workbookPr date1904="${date1904 ? 1 : 0}"/><sheets><sheet name="Notatki" r:id="rId1"/><sheet name="Rejestr" r:id="rId2"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(rels(['worksheets/sheet1.xml', '/xl/worksheets/sheet2.xml'])),
    'xl/sharedStrings.xml': strToU8(
      '<sst><si><t>Nr sprawy</t></si><si><r><t>Data </t></r><r><t>założenia</t></r><rPh><t>ふりがな</t></rPh></si><si><t>Kategoria</t></si><si><t xml:space="preserve"> sw-older </t></si></sst>',
    ),
    'xl/styles.xml': strToU8(
      '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/><numFmt numFmtId="165" formatCode="0.00&quot; h&quot;"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="165"/></cellXfs></styleSheet>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>inne</t></is></c></row></sheetData></worksheet>',
    ),
    'xl/worksheets/sheet2.xml': strToU8(
      '<worksheet><sheetData>' +
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c></row>' +
        '<row r="3"><c r="A3" t="str"><v>2026/PS/1</v></c><c r="B3" s="1"><v>46023</v></c><c r="D3" t="s"><v>3</v></c></row>' +
        '<row r="4"><c r="A4"><v>12</v></c><c r="B4" s="2"><v>46024.75</v></c><c r="C4" s="3"><v>7.5</v></c><c r="D4" t="b"><v>1</v></c><c r="E4" t="e"><v>#N/A</v></c></row>' +
        '<row r="5"/>' +
        '</sheetData></worksheet>',
    ),
  });
}

describe('XLSX read in a stream', () => {
  it('shared strings (rich runs joined, phonetic runs left out), date styles as dd.mm.rrrr, gaps kept, sheet by name', async () => {
    const t = await readTable(workbook(), { sheet: 'Rejestr' });
    expect(t.format).toBe('xlsx');
    expect(t.header).toEqual(['Nr sprawy', 'Data założenia', '', 'Kategoria']);
    expect(t.rows).toEqual([
      { row: 3, cells: ['2026/PS/1', '01.01.2026', '', 'sw-older'] },
      { row: 4, cells: ['12', '02.01.2026', '7.5', 'true', ''] },
    ]);
  });

  it('the first sheet by default, a sheet by number, the 1904 date system', async () => {
    expect((await readTable(workbook())).header).toEqual(['inne']);
    expect((await readTable(workbook(), { sheet: 2 })).header[0]).toBe('Nr sprawy');
    expect((await readTable(workbook(true), { sheet: 2 })).rows[0]!.cells[1]).toBe('02.01.2030');
  });

  it('a missing sheet names the sheets there are', async () => {
    const e = await readTable(workbook(), { sheet: 'Arkusz1' }).catch((x: unknown) => x);
    expect(isInputFailure(e) && e.errors[0]).toMatchObject({
      code: 'xlsx.sheet-missing',
      message: { pl: 'w pliku nie ma arkusza „Arkusz1”; arkusze: Notatki, Rejestr' },
    });
  });
});
