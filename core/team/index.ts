// The team's records on the centre's CouchDB: documents, the server's validate function, conflicts (docs/team.md).
export * from './documents.ts';
export * from './design.ts';
export * from './conflicts.ts';
export * from './authors.ts';
