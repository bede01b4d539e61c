// Loaded with `node --require` before pouchdb-server (test/support/couch.ts). pouchdb-validation 4.2.0 —
// the stand-in's validate_doc_update — overwrites a replicated document's `_revisions` with the stored
// document's, so on a database with a validate function every replicated update of an existing document is
// silently dropped (CouchDB 3.x stores it). This keeps the incoming `_revisions`; docs/team.md lists it
// among the places where the test server differs from CouchDB.
/* global require */
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS: loaded by node --require */
'use strict';
const Module = require('node:module');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const TARGET = join('pouchdb-validation', 'lib', 'index.js');
const BUG = 'newDoc._revisions = (oldDoc || {})._revisions;';
const FIX = 'if (!newDoc._revisions) newDoc._revisions = (oldDoc || {})._revisions;';
const load = Module._extensions['.js'];
Module._extensions['.js'] = function (module, filename) {
  if (!filename.endsWith(TARGET)) return load(module, filename);
  const source = readFileSync(filename, 'utf8');
  if (!source.includes(BUG))
    throw new Error(`${filename} changed: review test/support/pouchdb-server-fix.cjs`);
  module._compile(source.replace(BUG, FIX), filename);
};
