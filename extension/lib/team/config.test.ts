import { describe, expect, it } from 'vitest';
import {
  checkTeamSetting,
  connectSrcAllows,
  extensionPagesCsp,
  teamConfig,
  teamPermission,
} from './config.ts';
import { NO_TEAM, deniedCode, deniedLine, statusLine } from './status.ts';
import type { TeamStatus } from './status.ts';

describe('the team server setting', () => {
  it('takes an http(s) URL (a path prefix kept, a trailing slash not) and a CouchDB database name', () => {
    expect(checkTeamSetting(' https://couch.osrodek.example:6984/ ', 'standardy')).toEqual({
      ok: true,
      value: { url: 'https://couch.osrodek.example:6984', database: 'standardy' },
    });
    expect(checkTeamSetting('https://osrodek.example/couchdb/', 'zespol')).toMatchObject({
      ok: true,
      value: { url: 'https://osrodek.example/couchdb' },
    });
    const c = teamConfig({ url: 'https://osrodek.example/couchdb', database: 'zespol' }, true);
    expect(c).toMatchObject({
      origin: 'https://osrodek.example',
      dbUrl: 'https://osrodek.example/couchdb/zespol',
    });
    expect(teamPermission(c)).toBe('https://osrodek.example/*');
  });

  it('refuses a password in the URL, other schemes, parameters and bad database names', () => {
    expect(checkTeamSetting('https://admin:x@couch.example', 'standardy')).toEqual({
      ok: false,
      problem: 'credentials',
    });
    expect(checkTeamSetting('ftp://couch.example', 'standardy')).toEqual({ ok: false, problem: 'url' });
    expect(checkTeamSetting('https://couch.example/?db=x', 'standardy')).toEqual({
      ok: false,
      problem: 'url',
    });
    expect(checkTeamSetting('nie adres', 'standardy')).toEqual({ ok: false, problem: 'url' });
    expect(checkTeamSetting('https://couch.example', 'Zespół')).toEqual({ ok: false, problem: 'database' });
  });
});

describe('the CSP names the server the build allows', () => {
  const csp =
    "script-src 'self'; object-src 'self'; connect-src 'self' https://couch.osrodek.example:6984 http://127.0.0.1:*";
  it('exactly the named origins (port included), nothing else', () => {
    expect(connectSrcAllows(csp, 'https://couch.osrodek.example:6984')).toBe(true);
    expect(connectSrcAllows(csp, 'https://couch.osrodek.example')).toBe(false);
    expect(connectSrcAllows(csp, 'https://evil.example:6984')).toBe(false);
    expect(connectSrcAllows(csp, 'http://127.0.0.1:41234')).toBe(true);
    expect(connectSrcAllows("connect-src 'self'", 'https://couch.osrodek.example')).toBe(false);
  });
  it('reads the MV3 object and the MV2 string', () => {
    expect(extensionPagesCsp({ content_security_policy: { extension_pages: csp } })).toBe(csp);
    expect(extensionPagesCsp({ content_security_policy: csp })).toBe(csp);
  });
});

describe('the status line (Polish plurals)', () => {
  const waiting = (n: number, state: TeamStatus['state'] = 'offline'): TeamStatus => ({
    ...NO_TEAM,
    state,
    pending: Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      system: 's',
      caseId: 'c',
      change: true,
    })).concat(
      // The case's identity and host readings travel along; they are not the worker's changes.
      { id: 'identity', system: 's', caseId: 'c', change: false },
    ),
  });
  it('says how many changes wait, in the right form', () => {
    expect(statusLine('pl', waiting(0))).toBe('bez połączenia');
    expect(statusLine('pl', waiting(1))).toBe('bez połączenia — 1 zmiana czeka');
    expect(statusLine('pl', waiting(3))).toBe('bez połączenia — 3 zmiany czekają');
    expect(statusLine('pl', waiting(5))).toBe('bez połączenia — 5 zmian czeka');
    expect(statusLine('pl', waiting(22))).toBe('bez połączenia — 22 zmiany czekają');
    expect(statusLine('en', waiting(1))).toBe('offline — 1 change waiting');
    expect(statusLine('pl', waiting(2, 'expired'))).toBe(
      'sesja wygasła — zaloguj ponownie — 2 zmiany czekają',
    );
    expect(statusLine('pl', { ...NO_TEAM, state: 'forbidden' })).toBe('brak uprawnień');
    expect(statusLine('pl', NO_TEAM)).toBe('');
  });
  it('a refusal is said plainly by its code', () => {
    expect(deniedCode('not-case-worker: nie jesteś … / you are …')).toBe('not-case-worker');
    expect(deniedCode('no reason given')).toBe('forbidden');
    expect(
      deniedLine('pl', { id: 'x', system: 's', caseId: 'OPS/9', code: 'not-case-worker', reason: '' }),
    ).toBe(
      'Serwer zespołu odmówił zapisu w sprawie OPS/9: nie jesteś jej pracownikiem socjalnym ani pracownikiem ds. świadczeń. Wpis zostaje w tej przeglądarce.',
    );
    expect(
      deniedLine('pl', { id: 'x', system: 's', caseId: 'OPS/9', code: 'odd', reason: 'odd: why' }),
    ).toContain('(odd: why)');
  });
});
