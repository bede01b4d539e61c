// One record per case: dated entries from every source, folded by one builder (docs/rules.md).
export * from './entries.ts';
export * from './sources.ts';
export * from './build.ts';
export * from './order.ts';
export * from './records-file.ts';
export * from './team.ts';
