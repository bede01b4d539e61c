export * from './mapping.ts';
export * from './read-table.ts';
export * from './import.ts';
export * from './demo-register.ts';
export { writeXlsx } from './xlsx-write.ts';
export { importTimeUse } from './time-use-import.ts';
export { decodeTable, decodeUtf8File, encodingNotice, ENCODING_NAMES } from './encoding.ts';
export type { TextEncoding, EncodingOption } from './encoding.ts';
