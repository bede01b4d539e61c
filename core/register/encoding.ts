import { InputFailure, inputError } from '../errors.ts';
import type { LocalizedText } from '../i18n.ts';

/**
 * Text encodings of the files centres export: UTF-8, Windows-1250 (old Windows exports) and ISO-8859-2
 * (old Unix systems), detected per file. A file that is UTF-8 except for a byte or two in another encoding
 * (two exports joined) is reported with the line and byte offset — never silently read as Windows-1250
 * as a whole. Browser- and Node-safe (TextDecoder).
 */

export type TextEncoding = 'utf-8' | 'windows-1250' | 'iso-8859-2';
export type EncodingOption = 'auto' | TextEncoding;

export const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'windows-1250': 'Windows-1250',
  'iso-8859-2': 'ISO-8859-2',
};

export interface Decoded {
  text: string;
  encoding: TextEncoding;
}

/** The text when the bytes are valid UTF-8, else undefined. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Line number (1-based) of a byte offset: newlines before it plus one. */
export function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The offset of the first byte that breaks UTF-8, or -1; and whether any valid multi-byte Latin text came before or after. */
export function scanUtf8(bytes: Uint8Array): { invalidAt: number; latinMultibyte: number } {
  let invalidAt = -1;
  let latin = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let len = 0;
    let cp = 0;
    if (b >= 0xc2 && b <= 0xdf) {
      len = 2;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      cp = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      cp = b & 0x07;
    }
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    if (
      ok &&
      ((len === 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
        (len === 4 && (cp < 0x10000 || cp > 0x10ffff)))
    )
      ok = false;
    if (!ok) {
      if (invalidAt < 0) invalidAt = i;
      i++;
      continue;
    }
    // Latin-1 and Latin Extended-A letters (Polish among them) and typographic punctuation: evidence the
    // file really is UTF-8 text. Windows-1250 pairs that happen to form valid sequences ("Ół", "ĆŹ")
    // decode to Cyrillic or Latin Extended-B letters, which a Polish export does not hold.
    if ((cp >= 0xa0 && cp <= 0x17f) || (cp >= 0x2010 && cp <= 0x20ac)) latin++;
    i += len;
  }
  return { invalidAt, latinMultibyte: latin };
}

// Windows-1250 leaves these bytes undefined; ISO-8859-2 uses 0x80–0x9F for control codes.
const CP1250_UNDEFINED = new Set([0x81, 0x83, 0x88, 0x90, 0x98]);
// Polish letters whose byte differs between the two: ą ś ź Ą Ś Ź.
const ISO_ONLY = new Set([0xb1, 0xb6, 0xbc, 0xa1, 0xa6, 0xac]);
const CP1250_ONLY = new Set([0xb9, 0x9c, 0x9f, 0xa5, 0x8c, 0x8f]);

/** Windows-1250 or ISO-8859-2 for bytes that are not UTF-8; the offset of a byte neither can be. */
export function guessSingleByte(bytes: Uint8Array): { encoding: TextEncoding; undefinedAt: number } {
  let iso = 0;
  let cp = 0;
  let c1 = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (CP1250_UNDEFINED.has(b)) return { encoding: 'windows-1250', undefinedAt: i };
    if (b < 0xa0) c1 = true;
    if (ISO_ONLY.has(b)) iso++;
    else if (CP1250_ONLY.has(b)) cp++;
  }
  return { encoding: !c1 && iso > cp ? 'iso-8859-2' : 'windows-1250', undefinedAt: -1 };
}

function failAt(
  code: 'encoding.invalid-utf8' | 'encoding.mixed' | 'encoding.undetected' | 'encoding.binary',
  bytes: Uint8Array,
  offset: number,
): never {
  const row = lineOf(bytes, offset);
  throw new InputFailure([inputError(code, { row, offset }, { line: row, offset })]);
}

/**
 * Decode a text table's bytes. `auto` detects the encoding; a named one is used as given, except that a
 * byte which is not UTF-8 under `utf-8` is an error with its line and offset (not a TypeError).
 */
export function decodeTable(bytes: Uint8Array, option: EncodingOption = 'auto'): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new InputFailure([inputError('encoding.utf16')]);
  const nul = bytes.indexOf(0);
  if (nul >= 0) failAt('encoding.binary', bytes, nul);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (option === 'windows-1250' || option === 'iso-8859-2')
    return { text: new TextDecoder(option).decode(body), encoding: option };
  // The common case at native speed; the byte-by-byte scan only for a file that is not valid UTF-8.
  const utf8 = strictUtf8(body);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const { invalidAt, latinMultibyte } = scanUtf8(body);
  const offset = invalidAt + (bom ? 3 : 0);
  if (option === 'utf-8') failAt('encoding.invalid-utf8', bytes, offset);
  // UTF-8 text (a BOM, or real UTF-8 letters) with a stray byte of another encoding: report, don't guess.
  if (bom || latinMultibyte > 0) failAt('encoding.mixed', bytes, offset);
  const guess = guessSingleByte(body);
  if (guess.undefinedAt >= 0) failAt('encoding.undetected', bytes, guess.undefinedAt + (bom ? 3 : 0));
  return { text: new TextDecoder(guess.encoding).decode(body), encoding: guess.encoding };
}

/** The "wykryto Windows-1250" notice of a decoded table. */
export function encodingNotice(encoding: TextEncoding): LocalizedText {
  return {
    pl: `wykryto kodowanie ${ENCODING_NAMES[encoding]}`,
    en: `detected encoding ${ENCODING_NAMES[encoding]}`,
  };
}

/**
 * A JSON or text file that must be UTF-8 (case files, policies, mappings): the text, or a clear error
 * naming the line, the byte and, where it can tell, the encoding the file seems to be in.
 */
export function decodeUtf8File(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new InputFailure([inputError('encoding.utf16')]);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const utf8 = strictUtf8(body);
  if (utf8 !== undefined) return utf8;
  const { invalidAt, latinMultibyte } = scanUtf8(body);
  const offset = invalidAt + (bom ? 3 : 0);
  const row = lineOf(bytes, offset);
  let guess: LocalizedText = { pl: '', en: '' };
  if (!bom && latinMultibyte === 0) {
    const g = guessSingleByte(body);
    if (g.undefinedAt < 0)
      guess = {
        pl: ` (wygląda na ${ENCODING_NAMES[g.encoding]})`,
        en: ` (it looks like ${ENCODING_NAMES[g.encoding]})`,
      };
  }
  throw new InputFailure([inputError('file.not-utf8', { guess, row, offset }, { line: row, offset })]);
}
