import * as z from 'zod';
import { FREE_TEXT_FIELDS, WITHHELD_TEXT } from '../cases/entries.ts';
import { TeamDoc } from './documents.ts';

/**
 * The team database's set-up, written by `standardy team init` (docs/team.md): its `_security` and one
 * design document whose `validate_doc_update` is the server's word on who may write what. CouchDB runs it
 * on every write — a browser's replication included — in its own JavaScript engine, so the function is
 * plain ES5 source; tests call it in Node (design.test.ts) and through the test server (cli/team.test.ts).
 */

/** CouchDB roles (in `_users`): a worker's CouchDB user name is their pseudonymous worker id. */
export const TEAM_ROLES = { worker: 'worker', supervisor: 'supervisor', it: 'it' } as const;
export type TeamRole = (typeof TEAM_ROLES)[keyof typeof TEAM_ROLES];

export const DESIGN_DOC_ID = '_design/standardy';
/** The pull filter of a worker's browser (its cases only; a filter selects, it does not protect). */
export const PULL_FILTER = 'standardy/mine';

/** Who may read (members) and administer (admins) the database: by role, never by name. */
export function securityDoc() {
  return {
    admins: { names: [] as string[], roles: [TEAM_ROLES.it] as string[] },
    members: { names: [] as string[], roles: [TEAM_ROLES.worker, TEAM_ROLES.supervisor] as string[] },
  };
}

/** JSON Schema keywords the validate function understands; any other in the schema fails a test. */
export const SUPPORTED_KEYWORDS = [
  'type',
  'properties',
  'required',
  'additionalProperties',
  'oneOf',
  'anyOf',
  'const',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'items',
] as const;
const IGNORED_KEYWORDS = ['$schema', 'description', 'examples', 'format', 'title', '$id'];

/** The published schema of the team's documents (core/json-schema/team-document.schema.json). */
export function teamDocumentSchema(): Record<string, unknown> {
  return z.toJSONSchema(TeamDoc, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

/** The schema as the validate function carries it: the keywords it checks, nothing else. */
export function compactSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(compactSchema);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    if (IGNORED_KEYWORDS.includes(k)) continue;
    if (k === 'properties')
      out[k] = Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, compactSchema(s)]));
    else if (k === 'const' || k === 'enum') out[k] = v;
    else out[k] = compactSchema(v);
  }
  return out;
}

export interface DesignOptions {
  /** The centre's policy lets free text (notes, reasons) travel to the server; by default it never does. */
  shareFreeText: boolean;
}

/**
 * The validate function's source. Admins and the IT role may write anything (repairs, a wipe). A worker
 * (role `worker`) may write: an entry document whose entry they authored (`by` = their user name) on a
 * case whose social or benefits worker they are (as the document claims), never changing it afterwards; and
 * their own host document of such a case (`host:<their name>:…`), which they may also delete (a resolved
 * conflict). Every field must be in the published schema; free text must stay withheld unless `init` was
 * told the centre shares it. Supervisors read (they are members) and write nothing. Reasons start with a
 * code the extension shows in Polish (extension/lib/team/status.ts).
 */
export function validateDocUpdateSource(options: DesignOptions): string {
  const schema = JSON.stringify(compactSchema(teamDocumentSchema()));
  const constants = JSON.stringify({
    worker: TEAM_ROLES.worker,
    it: TEAM_ROLES.it,
    shareFreeText: options.shareFreeText,
    freeText: FREE_TEXT_FIELDS,
    withheld: WITHHELD_TEXT,
  });
  return VALIDATE_TEMPLATE.replace('__SCHEMA__', () => schema).replace('__CONSTANTS__', () => constants);
}

const VALIDATE_TEMPLATE = `function (newDoc, oldDoc, userCtx, secObj) {
  var SCHEMA = __SCHEMA__;
  var C = __CONSTANTS__;
  var roles = userCtx.roles || [];
  var name = userCtx.name;
  function has(role) { return roles.indexOf(role) !== -1; }
  function forbid(code, pl, en) { throw ({ forbidden: code + ': ' + pl + ' / ' + en }); }
  if (has('_admin') || has(C.it)) return;
  if (!name || !has(C.worker)) forbid('not-worker', 'zapisuje tylko pracownik (rola worker)', 'only a worker (role worker) writes');
  var id = String(newDoc._id);
  var own = 'host:' + name + ':';
  if (newDoc._deleted === true) {
    if (id.indexOf(own) === 0) return;
    forbid('immutable', 'wpisów się nie usuwa', 'entries are never deleted');
  }
  var patterns = {};
  function typeOf(v) {
    if (v === null) return 'null';
    if (Object.prototype.toString.call(v) === '[object Array]') return 'array';
    if (typeof v === 'number') return v % 1 === 0 ? 'integer' : 'number';
    return typeof v;
  }
  function constsMatch(s, v) {
    if (!s.properties || typeOf(v) !== 'object') return true;
    for (var k in s.properties)
      if (s.properties.hasOwnProperty(k) && s.properties[k].hasOwnProperty('const') && v[k] !== s.properties[k]['const'])
        return false;
    return true;
  }
  function check(s, v, at) {
    var i, k, problem;
    var variants = s.oneOf || s.anyOf;
    if (variants) {
      var candidates = [];
      for (i = 0; i < variants.length; i++) if (constsMatch(variants[i], v)) candidates.push(variants[i]);
      if (candidates.length === 1) return check(candidates[0], v, at);
      for (i = 0; i < candidates.length; i++) if (!check(candidates[i], v, at)) return null;
      return (at || '/') + ' (wariant / variant)';
    }
    var t = typeOf(v);
    if (s.type && !(t === s.type || (s.type === 'number' && t === 'integer'))) return (at || '/') + ' (' + s.type + ')';
    if (s.hasOwnProperty('const') && v !== s['const']) return at + ' (' + JSON.stringify(s['const']) + ')';
    if (s['enum'] && s['enum'].indexOf(v) === -1) return at + ' (enum)';
    if (t === 'string') {
      if (s.minLength !== undefined && v.length < s.minLength) return at + ' (minLength)';
      if (s.maxLength !== undefined && v.length > s.maxLength) return at + ' (maxLength)';
      if (s.pattern !== undefined) {
        if (!patterns[s.pattern]) patterns[s.pattern] = new RegExp(s.pattern);
        if (!patterns[s.pattern].test(v)) return at + ' (pattern)';
      }
    }
    if (t === 'number' || t === 'integer') {
      if (s.minimum !== undefined && v < s.minimum) return at + ' (minimum)';
      if (s.maximum !== undefined && v > s.maximum) return at + ' (maximum)';
    }
    if (t === 'array') {
      if (s.minItems !== undefined && v.length < s.minItems) return at + ' (minItems)';
      if (s.maxItems !== undefined && v.length > s.maxItems) return at + ' (maxItems)';
      if (s.items) for (i = 0; i < v.length; i++) if ((problem = check(s.items, v[i], at + '[' + i + ']'))) return problem;
    }
    if (t === 'object') {
      var props = s.properties || {};
      if (s.required) for (i = 0; i < s.required.length; i++)
        if (!v.hasOwnProperty(s.required[i])) return (at ? at + '.' : '') + s.required[i] + ' (required)';
      for (k in v) {
        if (!v.hasOwnProperty(k) || v[k] === undefined) continue;
        if (props.hasOwnProperty(k)) {
          if ((problem = check(props[k], v[k], (at ? at + '.' : '') + k))) return problem;
        } else if (s.additionalProperties === false) return (at ? at + '.' : '') + k + ' (additionalProperties)';
      }
    }
    return null;
  }
  var problem = check(SCHEMA, newDoc, '');
  if (problem) forbid('schema', 'pole spoza opublikowanego schematu: ' + problem, 'outside the published schema: ' + problem);
  if (newDoc.type === 'entry') {
    var e = newDoc.entry;
    if (e.id !== id || e.caseId !== newDoc.caseId) forbid('id', 'identyfikator dokumentu lub sprawy niezgodny z wpisem', 'the document or case id differs from the entry');
    if (e.by !== name) forbid('not-author', 'wpis innego autora (' + e.by + ')', 'an entry by another author (' + e.by + ')');
    if (oldDoc && !oldDoc._deleted) forbid('immutable', 'wpis raz zapisany się nie zmienia', 'an entry never changes once written');
    if (!C.shareFreeText)
      for (var f = 0; f < C.freeText.length; f++)
        if (e.hasOwnProperty(C.freeText[f]) && e[C.freeText[f]] !== C.withheld)
          forbid('free-text', 'tekst swobodny zostaje u pracownika (pole ' + C.freeText[f] + ')', 'free text stays with the worker (field ' + C.freeText[f] + ')');
  } else {
    if (newDoc.by !== name || id !== own + newDoc.system + ':' + newDoc.caseId) forbid('not-author', 'odczyt systemu innego pracownika', 'another worker\\'s reading of the host');
    var h = newDoc.host;
    if (h.caseId !== newDoc.caseId || h.socialWorker !== newDoc.socialWorker || h.benefitsWorker !== newDoc.benefitsWorker)
      forbid('id', 'sprawa lub pracownicy niezgodni z odczytem systemu', 'the case or its workers differ from the host reading');
  }
  if (name !== newDoc.socialWorker && name !== newDoc.benefitsWorker)
    forbid('not-case-worker', 'nie jesteś pracownikiem socjalnym ani pracownikiem ds. świadczeń sprawy ' + newDoc.caseId, 'you are neither the social worker nor the benefits worker of case ' + newDoc.caseId);
}`;

/**
 * The pull filter: the documents of the worker's cases (as the documents name the case's workers), their
 * own documents, and the cases `cases` lists (`system caseId` lines: cases the browser knows as the
 * worker's, e.g. taken over from a colleague). It selects what a browser copies; it protects nothing —
 * every member may read the whole database (docs/team.md).
 */
export const PULL_FILTER_SOURCE = `function (doc, req) {
  var w = req.query && req.query.worker;
  var id = String(doc._id);
  if (!w || id.indexOf('_design/') === 0) return false;
  if (doc._deleted) return id.indexOf('host:' + w + ':') === 0;
  if (doc.socialWorker === w || doc.benefitsWorker === w || doc.by === w) return true;
  if (doc.entry && doc.entry.by === w) return true;
  var cases = String(req.query.cases || '');
  return cases !== '' && ('\\n' + cases + '\\n').indexOf('\\n' + doc.system + ' ' + doc.caseId + '\\n') !== -1;
}`;

/** The design document `team init` writes (replacing an older one). */
export function designDoc(options: DesignOptions) {
  return {
    _id: DESIGN_DOC_ID,
    language: 'javascript',
    validate_doc_update: validateDocUpdateSource(options),
    filters: { mine: PULL_FILTER_SOURCE },
    standardy: { formatVersion: 1, shareFreeText: options.shareFreeText },
  };
}

/** The `cases` parameter of the pull filter. */
export function pullFilterCases(cases: Iterable<{ system: string; caseId: string }>): string {
  return [...cases]
    .map((c) => `${c.system} ${c.caseId}`)
    .sort()
    .join('\n');
}
