import { describe, expect, it } from 'vitest';
import {
  BuildEnvError,
  buildTarget,
  DEMO_ORIGINS,
  FIREFOX_ID,
  FIREFOX_MIN_VERSION,
  parseOrigins,
} from '../../scripts/build-env.ts';

const problemsOf = (raw: string): string[] => {
  try {
    parseOrigins(raw);
  } catch (e) {
    if (e instanceof BuildEnvError) return e.problems;
    throw e;
  }
  return [];
};

describe('STANDARDY_ORIGINS: the centre systems a build covers at install', () => {
  it('turns origins into match patterns, ignoring ports, case, a trailing slash and duplicates', () => {
    expect(
      parseOrigins(
        ' https://Opiekun.MOPS.example.pl , http://10.0.0.5:8080/,https://opiekun.mops.example.pl/*,https://*.zasoby.mops.example.pl',
      ),
    ).toEqual([
      'https://opiekun.mops.example.pl/*',
      'http://10.0.0.5/*',
      'https://*.zasoby.mops.example.pl/*',
    ]);
  });

  it('nothing set is no origin at all', () => {
    expect(parseOrigins(undefined)).toEqual([]);
    expect(parseOrigins('  ')).toEqual([]);
  });

  it.each([
    ['ftp://opiekun.mops.example.pl', 'tylko adresy https:// i http://'],
    ['opiekun.mops.example.pl', 'to nie jest adres'],
    ['https://opiekun.mops.example.pl/rejestr', 'bez ścieżki'],
    ['https://opiekun.mops.example.pl/?a=1', 'bez ścieżki'],
    ['https://opiekun.mops.example.pl/**', 'bez ścieżki'],
    ['https://jan:haslo@opiekun.mops.example.pl', 'nazwy użytkownika ani hasła'],
    ['https://*', 'gwiazdka tylko na początku'],
    ['https://*.pl', 'gwiazdka tylko na początku'],
    ['https://opiekun.*.example.pl', 'gwiazdka tylko na początku'],
    ['*://opiekun.mops.example.pl', 'to nie jest adres'],
    ['https://opiekun_mops.example.pl', 'to nie jest adres'],
  ])('%s is refused: %s', (raw, polish) => {
    const problems = problemsOf(raw);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('STANDARDY_ORIGINS[0]');
    expect(problems[0]).toContain(raw);
    expect(problems[0]).toContain(polish);
  });

  it('names every wrong item by its position, in Polish then English', () => {
    const problems = problemsOf('https://ok.example.pl,,http://x.example.pl/a');
    expect(problems).toEqual([
      expect.stringMatching(
        /^STANDARDY_ORIGINS\[1\]: pusty adres .* \/ STANDARDY_ORIGINS\[1\]: empty address/,
      ),
      expect.stringMatching(
        /^STANDARDY_ORIGINS\[2\] „http:\/\/x\.example\.pl\/a”: bez ścieżki.* \/ .*no path/,
      ),
    ]);
  });
});

describe('the build target', () => {
  it('production: no content script origin, no host permission, the published Firefox id', () => {
    expect(buildTarget({})).toEqual({
      contentScriptMatches: [],
      hostPermissions: [],
      firefoxId: FIREFOX_ID,
      updateUrl: undefined,
      demo: false,
    });
    expect(FIREFOX_MIN_VERSION).toBe('140.0');
  });

  it('the demo build declares the loopback for the content script but grants nothing at install', () => {
    const target = buildTarget({ STANDARDY_DEMO: '1' });
    expect(target.contentScriptMatches).toEqual(DEMO_ORIGINS);
    expect(target.hostPermissions).toEqual([]);
  });

  it("a centre's build declares and grants its origins", () => {
    const target = buildTarget({ STANDARDY_ORIGINS: 'https://opiekun.mops.example.pl' });
    expect(target.contentScriptMatches).toEqual(['https://opiekun.mops.example.pl/*']);
    expect(target.hostPermissions).toEqual(['https://opiekun.mops.example.pl/*']);
  });

  it('a centre may sign its own Firefox build under its id and host its updates', () => {
    const target = buildTarget({
      STANDARDY_FIREFOX_ID: 'standardy@mops.example.pl',
      STANDARDY_UPDATE_URL: 'https://intranet.mops.example.pl/standardy/updates.json',
    });
    expect(target.firefoxId).toBe('standardy@mops.example.pl');
    expect(target.updateUrl).toBe('https://intranet.mops.example.pl/standardy/updates.json');
  });

  it('reports every wrong setting at once', () => {
    expect(() =>
      buildTarget({
        STANDARDY_ORIGINS: 'https://a.example.pl/x',
        STANDARDY_FIREFOX_ID: 'standardy',
        STANDARDY_UPDATE_URL: 'http://intranet/updates.xml',
      }),
    ).toThrowError(
      expect.objectContaining({
        problems: [
          expect.stringContaining('STANDARDY_ORIGINS[0]'),
          expect.stringContaining('STANDARDY_FIREFOX_ID „standardy”'),
          expect.stringContaining('STANDARDY_UPDATE_URL „http://intranet/updates.xml”'),
        ],
      }),
    );
  });
});
