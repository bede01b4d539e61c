import { Inflate } from 'fflate';
import { SaxesParser } from 'saxes';
import type { SaxesTagPlain } from 'saxes';
import { InputFailure, inputError } from '../errors.ts';
import type { ErrorCode } from '../errors.ts';

/**
 * ZIP containers (.xlsx, .docx) read with limits checked before anything is inflated: the number of
 * entries, each part's declared size, then the bytes actually inflated (a header can lie). Parts are
 * inflated in chunks straight into a streaming XML parser (saxes: linear time), so memory stays bounded by
 * what the caller keeps, not by the size of the XML. Browser- and Node-safe.
 */

export interface ZipLimits {
  /** Entries in the central directory. */
  entries: number;
  /** Bytes one part may inflate to. */
  partBytes: number;
  /** XML nesting depth. */
  depth: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { entries: 2000, partBytes: 256 * 2 ** 20, depth: 256 };

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Which catalogue codes a container reports (a .docx and an .xlsx say different things). */
export interface ZipCodes {
  notZip: ErrorCode;
  corrupt: ErrorCode;
  invalidXml: ErrorCode;
}

export const MB = 2 ** 20;
const mb = (n: number) => Math.round((n / MB) * 10) / 10;

export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();

  constructor(
    readonly bytes: Uint8Array,
    readonly codes: ZipCodes,
    readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  ) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const fail = (): never => {
      throw new InputFailure([inputError(codes.corrupt)]);
    };
    // End of central directory: 22 bytes plus a comment of at most 65,535.
    let eocd = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
      if (view.getUint32(i, true) === 0x06054b50) {
        eocd = i;
        break;
      }
    if (eocd < 0) fail();
    const count = view.getUint16(eocd + 10, true);
    const dirSize = view.getUint32(eocd + 12, true);
    const dirOffset = view.getUint32(eocd + 16, true);
    if (count > limits.entries)
      throw new InputFailure([inputError('zip.too-many-entries', { n: count, limit: limits.entries })]);
    if (count === 0xffff || dirOffset === 0xffffffff || dirOffset + dirSize > bytes.length) fail();
    let p = dirOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) fail();
      const flags = view.getUint16(p + 8, true);
      const method = view.getUint16(p + 10, true);
      const compressedSize = view.getUint32(p + 20, true);
      const size = view.getUint32(p + 24, true);
      const nameLength = view.getUint16(p + 28, true);
      const extraLength = view.getUint16(p + 30, true);
      const commentLength = view.getUint16(p + 32, true);
      const localOffset = view.getUint32(p + 42, true);
      if (p + 46 + nameLength > bytes.length) fail();
      const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
      this.entries.set(name, {
        name,
        method,
        encrypted: (flags & 1) === 1,
        compressedSize,
        size,
        localOffset,
      });
      p += 46 + nameLength + extraLength + commentLength;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Inflate one part in chunks; `onChunk` sees the bytes as they come. Sizes are checked first. */
  inflate(name: string, onChunk: (chunk: Uint8Array) => void, limit = this.limits.partBytes): void {
    const entry = this.entries.get(name);
    if (!entry) throw new InputFailure([inputError(this.codes.corrupt, {}, { field: name })]);
    if (entry.encrypted) throw new InputFailure([inputError('zip.encrypted', {}, { field: name })]);
    const tooLarge = (size: number) =>
      new InputFailure([
        inputError(
          'zip.too-large-inflated',
          { part: name, size: mb(size), limit: mb(limit) },
          { field: name },
        ),
      ]);
    // ZIP64 sizes (0xffffffff) are above every limit.
    if (entry.size > limit || entry.compressedSize === 0xffffffff) throw tooLarge(entry.size);
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const at = entry.localOffset;
    if (at + 30 > this.bytes.length || view.getUint32(at, true) !== 0x04034b50)
      throw new InputFailure([inputError(this.codes.corrupt, {}, { field: name })]);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length)
      throw new InputFailure([inputError(this.codes.corrupt, {}, { field: name })]);
    const data = this.bytes.subarray(start, end);
    if (entry.method === 0) {
      if (data.length > limit) throw tooLarge(data.length);
      onChunk(data);
      return;
    }
    if (entry.method !== 8)
      throw new InputFailure([inputError('zip.unsupported', { part: name }, { field: name })]);
    let total = 0;
    const inflater = new Inflate((chunk) => {
      total += chunk.length;
      if (total > limit) throw tooLarge(total);
      onChunk(chunk);
    });
    const STEP = 64 * 1024;
    try {
      for (let i = 0; i < data.length; i += STEP)
        inflater.push(data.subarray(i, Math.min(i + STEP, data.length)), i + STEP >= data.length);
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (e) {
      if (e instanceof InputFailure) throw e;
      // fflate's own errors (invalid block type, unexpected EOF): a damaged archive.
      throw new InputFailure([inputError(this.codes.corrupt, {}, { field: name })]);
    }
  }

  /** A part as text (UTF-8), for small parts (relationships, workbook). */
  text(name: string, limit = 16 * MB): string {
    const decoder = new TextDecoder('utf-8');
    let out = '';
    this.inflate(name, (chunk) => (out += decoder.decode(chunk, { stream: true })), limit);
    return out + decoder.decode();
  }

  /**
   * Stream a part through saxes. Handlers get the plain tags (no namespace processing); malformed XML, a
   * nesting deeper than the limit or bytes that are not UTF-8 become the container's `invalidXml` error
   * with the line and column.
   */
  parseXml(
    name: string,
    handlers: {
      open?: (tag: SaxesTagPlain) => void;
      close?: (tag: SaxesTagPlain) => void;
      text?: (text: string) => void;
    },
    limit = this.limits.partBytes,
  ): void {
    const parser = new SaxesParser<{ position: true; xmlns: false }>({ position: true, xmlns: false });
    let depth = 0;
    const invalid = () =>
      new InputFailure([
        inputError(
          this.codes.invalidXml,
          { part: name, line: parser.line, col: parser.column },
          { field: name, line: parser.line, col: parser.column },
        ),
      ]);
    parser.on('error', () => {
      throw invalid();
    });
    parser.on('opentag', (tag) => {
      if (++depth > this.limits.depth)
        throw new InputFailure([
          inputError('docx.too-deep', { part: name, limit: this.limits.depth }, { field: name }),
        ]);
      handlers.open?.(tag);
      if (tag.isSelfClosing) depth--;
    });
    parser.on('closetag', (tag) => {
      if (!tag.isSelfClosing) depth--;
      handlers.close?.(tag);
    });
    if (handlers.text) {
      const onText = handlers.text;
      parser.on('text', onText);
      parser.on('cdata', onText);
    }
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const guard = (step: () => void) => {
      try {
        step();
      } catch (e) {
        if (e instanceof InputFailure) throw e;
        // A TypeError from the decoder (not UTF-8) or from saxes: the XML is damaged.
        throw invalid();
      }
    };
    this.inflate(name, (chunk) => guard(() => parser.write(decoder.decode(chunk, { stream: true }))), limit);
    guard(() => {
      parser.write(decoder.decode());
      parser.close();
    });
  }
}

/** `xl/worksheets/sheet1.xml` from a relationship target relative to `base` (`xl/`), or absolute. */
export function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (base + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
