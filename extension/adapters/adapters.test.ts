// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableCSSFileLoading": true, "disableJavaScriptFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLED_ADAPTERS } from './index.ts';
import { adapterJsonSchema } from './json-schema.ts';
import { Adapter } from './schema.ts';
import { selectorCounts } from './selector-counts.ts';
import { compileVocabulary, readDetail, readList } from '../lib/read.ts';
import { matchPage } from '../lib/url-match.ts';

// Node paths: in the happy-dom environment URL is the DOM's, not Node's.
const HERE = dirname(fileURLToPath(import.meta.url));

interface Expected {
  url: string;
  page: string;
  matches: boolean;
  counts: Record<string, number>;
}

function load(html: string): Document {
  // happy-dom's parser would try to load the preview iframe; no selector looks inside it.
  return new DOMParser().parseFromString(html.replace(/<iframe\b[^>]*><\/iframe>/g, ''), 'text/html');
}

describe('every bundled adapter runs on its saved pages', () => {
  for (const adapter of BUNDLED_ADAPTERS) {
    const dir = join(HERE, adapter.id, 'pages');
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
      pages: Record<string, Expected>;
    };
    const files = readdirSync(dir).filter((f) => f.endsWith('.html'));

    it(`${adapter.id}: every saved page has its expected counts`, () => {
      expect(files.sort()).toEqual(Object.keys(expected.pages).sort());
    });

    for (const file of files) {
      const want = expected.pages[file]!;
      it(`${adapter.id}/${file}: page ${want.page}, selectors match as saved`, () => {
        const doc = load(readFileSync(join(dir, file), 'utf8'));
        const page = matchPage(adapter, new URL(want.url));
        expect(page?.id).toBe(want.page);
        expect(selectorCounts(doc, page!)).toEqual(want.counts);
        const container = doc.querySelector(page!.container);
        const vocab = compileVocabulary(adapter.vocabulary);
        const read = page!.kind === 'case-list' ? readList : readDetail;
        const ok = container !== null && read(container, page!, vocab).ok;
        expect(ok).toBe(want.matches);
      });
    }
  }
});

describe('adapter format', () => {
  it('the published JSON Schema is current (npm run schemas:adapter rewrites it)', () => {
    const published = JSON.parse(readFileSync(join(HERE, 'adapter.schema.json'), 'utf8')) as unknown;
    expect(published).toEqual(JSON.parse(JSON.stringify(adapterJsonSchema())));
  });

  it('bundled adapter files name the published schema', () => {
    const raw = JSON.parse(readFileSync(join(HERE, 'demo-opiekun.json'), 'utf8')) as {
      $schema: string;
    };
    expect(raw.$schema).toBe('./adapter.schema.json');
  });

  it('an invalid adapter is refused with the path of each error', () => {
    const bad = {
      formatVersion: 1,
      id: 'Zły Adapter',
      name: 'x',
      origins: ['ftp://x/*'],
      pages: [{ id: 'lista', kind: 'case-list', paths: ['rejestr'], container: '#x', fields: {}, badge: {} }],
    };
    const result = Adapter.safeParse(bad);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['id', 'origins.0', 'pages.0.paths.0', 'pages.0.fields.caseId']),
    );
  });

  it('an unknown key is an error, not silently ignored', () => {
    const raw = JSON.parse(readFileSync(join(HERE, 'demo-opiekun.json'), 'utf8')) as Record<string, unknown>;
    expect(Adapter.safeParse({ ...raw, selektory: {} }).success).toBe(false);
  });
});
