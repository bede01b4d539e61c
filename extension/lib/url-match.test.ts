import { describe, expect, it } from 'vitest';
import { adapterCovers, globToRegExp, matchPage, originCovers, originPattern } from './url-match.ts';
import type { Page } from '../adapters/schema.ts';

const page = (id: string, paths: string[], hash?: string[]) =>
  ({ id, kind: 'case-list', paths, ...(hash ? { hash } : {}) }) as unknown as Page;

describe('URL patterns', () => {
  it('* stays inside a path segment, ** crosses segments', () => {
    expect(globToRegExp('/sprawy/*').test('/sprawy/12')).toBe(true);
    expect(globToRegExp('/sprawy/*').test('/sprawy/2026/PS/1')).toBe(false);
    expect(globToRegExp('/sprawy/**').test('/sprawy/2026/PS/1')).toBe(true);
    expect(globToRegExp('/a.b').test('/axb')).toBe(false);
  });

  it('hash routes select the page of an SPA that routes by hash', () => {
    const adapter = {
      pages: [page('detail', ['/app'], ['#/sprawa/*']), page('list', ['/app'], ['#/lista', ''])],
    };
    expect(matchPage(adapter, new URL('http://x/app#/sprawa/12'))?.id).toBe('detail');
    expect(matchPage(adapter, new URL('http://x/app#/lista'))?.id).toBe('list');
    expect(matchPage(adapter, new URL('http://x/app'))?.id).toBe('list');
    expect(matchPage(adapter, new URL('http://x/app#/inne'))).toBeUndefined();
  });

  it('a page no adapter lists is not covered', () => {
    expect(
      matchPage({ pages: [page('l', ['/rejestr'])] }, new URL('http://127.0.0.1/pomoc')),
    ).toBeUndefined();
  });

  it('origins ignore the port, as Chrome match patterns do, and wildcard subdomains', () => {
    expect(originCovers('http://127.0.0.1/*', new URL('http://127.0.0.1:4310/x'))).toBe(true);
    expect(originCovers('http://127.0.0.1/*', new URL('http://127.0.0.2:4310/x'))).toBe(false);
    expect(originCovers('http://127.0.0.1/*', new URL('https://127.0.0.1/x'))).toBe(false);
    expect(originCovers('https://*.mops.pl/*', new URL('https://opiekun.mops.pl/'))).toBe(true);
    expect(adapterCovers({ origins: ['http://localhost/*'] }, new URL('http://localhost:1/'))).toBe(true);
    expect(originPattern('http://127.0.0.2:4310')).toBe('http://127.0.0.2/*');
  });
});
