import {
  DESIGN_DOC_ID,
  PseudonymousId,
  TEAM_ROLES,
  designDoc,
  recordsFromDocs,
  resolveHostConflict,
  securityDoc,
  sharedForBuilder,
} from '../../core/index.ts';
import type { CaseEntry, HostCase, SharedRecords, TeamRole } from '../../core/index.ts';
import { InputFailure } from '../io.ts';
import type { Lang } from '../io.ts';
import type { Command, Io } from '../main.ts';
import { UsageError, parseCommandArgs } from '../args.ts';
import { NoSecret, ask as askSecret, secret } from '../secrets.ts';

/**
 * `standardy team init URL --db NAME` and `standardy team add-user URL --name ID --role ROLE`: the set-up of
 * a centre's CouchDB for the team's records (docs/team.md). Credentials never come from the command line
 * (shell history): the admin's from COUCHDB_USER / COUCHDB_PASSWORD (the names CouchDB's own images use) or
 * a prompt; a new user's password from STANDARDY_USER_PASSWORD or a prompt. `readTeamRecords` is what
 * `audit --team` and `check --team` read.
 */
export const DEFAULT_TEAM_DB = 'standardy';

const ROLE_NAMES: readonly string[] = Object.values(TEAM_ROLES);

/** A wrong call of `standardy team`: both languages, with the command's help hint. */
const bad = (pl: string, en: string = pl) => new UsageError({ pl, en }, 'team');

export const runTeam: Command = async (args, io, lang) => {
  const [sub, ...rest] = args;
  if (sub === 'init') return init(rest, io, lang);
  if (sub === 'add-user') return addUser(rest, io, lang);
  throw bad(
    'team init URL --db NAZWA [--share-free-text] | team add-user URL --name ID --role worker|supervisor|it',
    'team init URL --db NAME [--share-free-text] | team add-user URL --name ID --role worker|supervisor|it',
  );
};

async function init(args: string[], io: Io, lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs('team', args, {
    db: { type: 'string' },
    'share-free-text': { type: 'boolean' },
  });
  const server = serverUrl(positionals);
  const db = databaseName(values.db, true);
  const auth = await credentials(
    'COUCHDB_USER',
    'COUCHDB_PASSWORD',
    lang === 'pl' ? 'administrator' : 'admin',
  );
  const http = client(server, auth);
  const pl = lang === 'pl';

  const welcome = (await http.json('GET', '/')) as {
    couchdb?: string;
    version?: string;
    vendor?: { name?: string };
  };
  io.out(
    `${server}: ${welcome.vendor?.name ?? welcome.couchdb ?? 'CouchDB'} ${welcome.version ?? ''}`.trim(),
  );
  // CouchDB's single-node set-up creates _users; a bare server may lack it.
  if ((await http.raw('GET', '/_users')).status === 404) await http.json('PUT', '/_users');

  const created = await http.raw('PUT', `/${encodeURIComponent(db)}`);
  if (created.status === 201) io.out(pl ? `Utworzono bazę ${db}.` : `Created the database ${db}.`);
  else if (created.status === 412)
    io.out(pl ? `Baza ${db} już istnieje: uaktualniam.` : `The database ${db} exists: updating.`);
  else await fail(created, server, `PUT /${db}`);

  await http.json('PUT', `/${encodeURIComponent(db)}/_security`, securityDoc());
  io.out(
    pl
      ? '_security: czytają role worker i supervisor, administruje rola it.'
      : '_security: roles worker and supervisor read, role it administers.',
  );
  const ddocPath = `/${encodeURIComponent(db)}/${DESIGN_DOC_ID}`;
  const existing = await http.raw('GET', ddocPath);
  const rev = existing.ok ? ((await existing.json()) as { _rev: string })._rev : undefined;
  const shareFreeText = values['share-free-text'] === true;
  await http.json('PUT', ddocPath, { ...designDoc({ shareFreeText }), ...(rev ? { _rev: rev } : {}) });
  io.out(
    pl
      ? `${DESIGN_DOC_ID}: validate_doc_update (pracownik zapisuje tylko własne wpisy swoich spraw; pola wg schematu; tekst swobodny ${shareFreeText ? 'dopuszczony' : 'zostaje u pracownika'}).`
      : `${DESIGN_DOC_ID}: validate_doc_update (a worker writes only their own entries of their cases; fields per the schema; free text ${shareFreeText ? 'allowed' : 'stays with the worker'}).`,
  );
  io.out(
    pl
      ? `Dalej: standardy team add-user ${server} --name ID --role worker|supervisor`
      : `Next: standardy team add-user ${server} --name ID --role worker|supervisor`,
  );
  return 0;
}

async function addUser(args: string[], io: Io, lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs('team', args, {
    name: { type: 'string' },
    role: { type: 'string' },
    'reset-password': { type: 'boolean' },
  });
  const server = serverUrl(positionals);
  const pl = lang === 'pl';
  const name = values.name ?? '';
  if (!PseudonymousId.safeParse(name).success)
    throw bad(
      '--name: identyfikator pracownika (pseudonimowy, jak w systemie, np. PS-01)',
      '--name: the worker id (pseudonymous, as in the host, e.g. PS-01)',
    );
  const role = values.role ?? '';
  if (!ROLE_NAMES.includes(role)) throw bad(`--role ${ROLE_NAMES.join('|')}`);
  const auth = await credentials('COUCHDB_USER', 'COUCHDB_PASSWORD', pl ? 'administrator' : 'admin');
  const http = client(server, auth);
  const path = `/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`;
  const found = await http.raw('GET', path);
  const user = found.ok ? ((await found.json()) as Record<string, unknown>) : undefined;
  const doc: Record<string, unknown> = user
    ? { ...user, roles: [role as TeamRole] }
    : { _id: `org.couchdb.user:${name}`, name, type: 'user', roles: [role as TeamRole] };
  if (!user || values['reset-password']) {
    const password = await newPassword(pl);
    doc.password = password;
  }
  await http.json('PUT', path, doc);
  io.out(
    user
      ? pl
        ? `Użytkownik ${name}: rola ${role}${values['reset-password'] ? ', nowe hasło' : ' (hasło bez zmian)'}.`
        : `User ${name}: role ${role}${values['reset-password'] ? ', new password' : ' (password unchanged)'}.`
      : pl
        ? `Utworzono użytkownika ${name} z rolą ${role}.`
        : `Created user ${name} with role ${role}.`,
  );
  return 0;
}

/** What `audit --team` / `check --team` read from the team database. */
export interface TeamRead {
  shared: { host: HostCase[]; entries: CaseEntry[] };
  records: SharedRecords;
  summary: {
    url: string;
    database: string;
    documents: number;
    entries: number;
    host: number;
    invalid: number;
    /** Host documents whose conflicting revisions were resolved here (newer reading wins). */
    conflicts: number;
  };
}

/**
 * The team's records from the server: every document, checked against the published schema; a host
 * document with conflicting revisions is read as the newer reading (core/team/conflicts.ts) and counted.
 * The reader's credentials: STANDARDY_TEAM_USER / STANDARDY_TEAM_PASSWORD (a supervisor), else a prompt.
 */
export async function readTeamRecords(
  url: string,
  database: string | undefined,
  lang: Lang,
): Promise<TeamRead> {
  const server = serverUrl([url]);
  const db = databaseName(database ?? DEFAULT_TEAM_DB, false);
  const auth = await credentials(
    'STANDARDY_TEAM_USER',
    'STANDARDY_TEAM_PASSWORD',
    lang === 'pl' ? 'koordynator' : 'supervisor',
  );
  const http = client(server, auth);
  const base = `/${encodeURIComponent(db)}`;
  const all = (await http.json('GET', `${base}/_all_docs?include_docs=true&conflicts=true`)) as {
    rows: { doc?: Record<string, unknown> }[];
  };
  const docs: unknown[] = [];
  let conflicts = 0;
  for (const row of all.rows) {
    const doc = row.doc;
    if (!doc) continue;
    if (Array.isArray(doc._conflicts) && doc.type === 'host') {
      const revs = (await http.json(
        'GET',
        `${base}/${encodeURIComponent(String(doc._id))}?open_revs=all`,
      )) as {
        ok?: { _rev: string; _deleted?: boolean; host?: { seenOn: string } };
      }[];
      const live = revs.flatMap((r) => (r.ok && !r.ok._deleted && r.ok.host ? [r.ok as never] : []));
      if (live.length > 1) {
        conflicts++;
        docs.push(resolveHostConflict(live).keep);
        continue;
      }
    }
    docs.push(doc);
  }
  const records = recordsFromDocs(docs);
  return {
    shared: sharedForBuilder(records),
    records,
    summary: {
      url: server,
      database: db,
      documents: all.rows.length,
      entries: records.entries.length,
      host: records.host.length,
      invalid: records.invalid.length,
      conflicts,
    },
  };
}

/** One line about what the server gave (stderr with --json). */
export function teamLine(s: TeamRead['summary'], lang: Lang): string {
  return lang === 'pl'
    ? `${s.url}/${s.database}: dokumentów ${s.documents}, wpisów ${s.entries}, odczytów systemu ${s.host}, niezgodnych ze schematem ${s.invalid}, rozstrzygniętych konfliktów ${s.conflicts}`
    : `${s.url}/${s.database}: documents ${s.documents}, entries ${s.entries}, host readings ${s.host}, not matching the schema ${s.invalid}, conflicts resolved ${s.conflicts}`;
}

function serverUrl(positionals: string[]): string {
  if (positionals.length !== 1) throw bad('podaj adres serwera URL', 'give the server URL');
  let url: URL;
  try {
    url = new URL(positionals[0]!);
  } catch {
    throw bad(`niepoprawny adres serwera: „${positionals[0]}”`, `invalid server URL: “${positionals[0]}”`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw bad('adres serwera: http(s)://…', 'server URL: http(s)://…');
  // A password in a URL lands in the shell's history: refused.
  if (url.username || url.password)
    throw bad(
      'bez loginu i hasła w adresie (historia powłoki) – użyj COUCHDB_USER/COUCHDB_PASSWORD lub podaj je na pytanie',
      'no credentials in the URL (shell history) – use COUCHDB_USER/COUCHDB_PASSWORD or the prompt',
    );
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** CouchDB database names: lowercase letter first, then a-z 0-9 _ $ ( ) + - / (its own rule). */
function databaseName(name: string | undefined, required: boolean): string {
  if (name === undefined && required) throw bad('--db NAZWA', '--db NAME');
  if (!/^[a-z][a-z0-9_$()+/-]{0,237}$/.test(name ?? ''))
    throw bad(
      '--db: nazwa bazy CouchDB (mała litera, potem a-z 0-9 _ $ ( ) + - /)',
      '--db: a CouchDB database name (a lower-case letter, then a-z 0-9 _ $ ( ) + - /)',
    );
  return name!;
}

async function credentials(userVar: string, passwordVar: string, who: string) {
  const name = secret(userVar) || (await ask(`${who} – login (${userVar}): `));
  const password = secret(passwordVar) || (await ask(`${who} – hasło / password (${passwordVar}): `));
  return `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
}

async function newPassword(pl: boolean): Promise<string> {
  const fromEnv = secret('STANDARDY_USER_PASSWORD');
  if (fromEnv) return checkPassword(fromEnv);
  const first = await ask(pl ? 'Hasło nowego użytkownika: ' : 'The new user’s password: ');
  const second = await ask(pl ? 'Powtórz hasło: ' : 'Repeat the password: ');
  if (first !== second) throw bad('hasła się różnią', 'the passwords differ');
  return checkPassword(first);
}

function checkPassword(p: string): string {
  if (p.length < 10) throw bad('hasło: co najmniej 10 znaków', 'password: at least 10 characters');
  return p;
}

/** A secret the environment lacks, asked for; without a terminal, a usage error naming the variable. */
function ask(question: string): Promise<string> {
  return askSecret(question).catch((e: unknown) => {
    throw e instanceof NoSecret ? bad(e.message) : e;
  });
}

function client(server: string, authorization: string) {
  async function raw(method: string, path: string, body?: unknown): Promise<Response> {
    try {
      return await fetch(server + path, {
        method,
        headers: { authorization, accept: 'application/json', 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (e) {
      const detail = String((e as Error).cause ?? (e as Error).message);
      throw new InputFailure(
        [
          {
            code: 'team.no-connection',
            path: `${method} ${path}`,
            message: { pl: `brak połączenia (${detail})`, en: `no connection (${detail})` },
          },
        ],
        server,
      );
    }
  }
  async function json(method: string, path: string, body?: unknown): Promise<unknown> {
    const res = await raw(method, path, body);
    if (!res.ok) await fail(res, server, `${method} ${path}`);
    return res.json();
  }
  return { raw, json };
}

/** An answer of the server as an error with the request as its path (exit code 2, no stack trace). */
async function fail(res: Response, server: string, what: string): Promise<never> {
  const reason = (await res.text().catch(() => '')).slice(0, 300);
  const hint =
    res.status === 401
      ? { pl: 'zły login lub hasło', en: 'wrong name or password' }
      : res.status === 403
        ? { pl: 'brak uprawnień', en: 'not allowed' }
        : { pl: '', en: '' };
  throw new InputFailure(
    [
      {
        code: `team.http-${res.status}`,
        path: what,
        message: {
          pl: `HTTP ${res.status} ${hint.pl} ${reason}`.replace(/\s+/g, ' ').trim(),
          en: `HTTP ${res.status} ${hint.en} ${reason}`.replace(/\s+/g, ' ').trim(),
        },
      },
    ],
    server,
  );
}
