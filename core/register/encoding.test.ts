import { describe, expect, it } from 'vitest';
import { isInputFailure } from '../errors.ts';
import { decodeTable, decodeUtf8File } from './encoding.ts';

const POLISH = 'Nr sprawy;Kategoria;Pracownik ds. świadczeń\r\n1;Zażółć gęślą jaźń;ŚĆŹĄ\r\n';
const cp1250: Record<string, number> = {
  ą: 0xb9,
  ś: 0x9c,
  ź: 0x9f,
  Ą: 0xa5,
  Ś: 0x8c,
  Ź: 0x8f,
  ż: 0xbf,
  ł: 0xb3,
  ó: 0xf3,
  ę: 0xea,
  ć: 0xe6,
  ń: 0xf1,
  Ć: 0xc6,
  Ż: 0xaf,
  Ł: 0xa3,
};
const iso: Record<string, number> = { ...cp1250, ą: 0xb1, ś: 0xb6, ź: 0xbc, Ą: 0xa1, Ś: 0xa6, Ź: 0xac };
const bytes = (text: string, table: Record<string, number>) =>
  Uint8Array.from([...text].map((c) => (c.charCodeAt(0) < 128 ? c.charCodeAt(0) : table[c]!)));

function failure(run: () => unknown) {
  try {
    run();
  } catch (e) {
    if (isInputFailure(e)) return e.errors[0]!;
    throw e;
  }
  throw new Error('no failure');
}

describe('encodings detected per file', () => {
  it('UTF-8, Windows-1250 and ISO-8859-2 each read back the same Polish text', () => {
    expect(decodeTable(new TextEncoder().encode(POLISH))).toEqual({ text: POLISH, encoding: 'utf-8' });
    expect(decodeTable(bytes(POLISH, cp1250))).toEqual({ text: POLISH, encoding: 'windows-1250' });
    expect(decodeTable(bytes(POLISH, iso))).toEqual({ text: POLISH, encoding: 'iso-8859-2' });
  });

  it('a byte-order mark is dropped', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a;b')]);
    expect(decodeTable(withBom).text).toBe('a;b');
  });

  it('one Windows-1250 byte in a UTF-8 file: the line and offset, not a silent switch', () => {
    const b = new TextEncoder().encode(POLISH + '2;abc;x\r\n');
    const at = b.length - 5;
    b[at] = 0x9c;
    const e = failure(() => decodeTable(b));
    expect(e.code).toBe('encoding.mixed');
    expect(e.at).toEqual({ line: 3, offset: at });
    expect(e.message.pl).toContain(`wiersz 3 (bajt ${at})`);
  });

  it('a file that is Windows-1250 only where "Ół" happens to form a UTF-8 pair is still Windows-1250', () => {
    const text = 'Kategoria;SZKÓŁKA\r\nłąka;źdźbło\r\n';
    expect(decodeTable(bytes(text, { ...cp1250, Ó: 0xd3 }))).toEqual({ text, encoding: 'windows-1250' });
  });

  it('"utf-8" demanded and an invalid byte: encoding.invalid-utf8 with line and offset', () => {
    const e = failure(() => decodeTable(bytes(POLISH, cp1250), 'utf-8'));
    expect(e.code).toBe('encoding.invalid-utf8');
    expect(e.at?.line).toBe(1);
  });

  it('bytes no Polish code page defines, zero bytes and UTF-16 are named as such', () => {
    expect(failure(() => decodeTable(new Uint8Array([0x61, 0x81, 0x62]))).code).toBe('encoding.undetected');
    expect(failure(() => decodeTable(new Uint8Array([0x61, 0x0a, 0x00]))).code).toBe('encoding.binary');
    expect(failure(() => decodeTable(new Uint8Array([0xff, 0xfe, 0x61, 0]))).code).toBe('encoding.utf16');
  });

  it('a JSON file that must be UTF-8 says what it looks like instead', () => {
    const e = failure(() => decodeUtf8File(bytes('{\n "n": "Łódź"\n}', cp1250)));
    expect(e.code).toBe('file.not-utf8');
    expect(e.message.pl).toBe(
      'plik nie jest zapisany w UTF-8 (wygląda na Windows-1250) (wiersz 2, bajt 9); zapisz go jako UTF-8',
    );
    expect(decodeUtf8File(new TextEncoder().encode('{"n": "Łódź"}'))).toBe('{"n": "Łódź"}');
  });
});
