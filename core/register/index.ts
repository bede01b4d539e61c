export * from './mapping.ts';
export * from './read-table.ts';
export * from './import.ts';
export * from './demo-register.ts';
export { writeXlsx } from './xlsx-write.ts';
export { importTimeUse } from './time-use-import.ts';
