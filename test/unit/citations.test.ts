// The repository stands alone: the domain it encodes is docs/standard.md, and every citation points there.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SELF = 'test/unit/citations.test.ts';
const TEXT = /\.(ts|tsx|js|mjs|cjs|json|md|sh|html|css|ya?ml)$/;
/** Citations of the notes that lived outside the repository (the names are split so this file is clean). */
const OUTSIDE = new RegExp(['\\.\\./shared', `(?<![\\w./-])(?:${'ids'}|${'reference'})\\.md`].join('|'));

const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((f) => TEXT.test(f) && f !== SELF && f !== 'package-lock.json');
const read = (f: string) => readFileSync(`${ROOT}/${f}`, 'utf8');
const STANDARD = read('docs/standard.md');
/** docs/standard.md without its provenance note, the one place that names where it came from. */
const STANDARD_BODY = STANDARD.replace(/<!-- provenance -->[\s\S]*?<!-- \/provenance -->/, '');
const HEADINGS = [...STANDARD.matchAll(/^#{2,4} (.+)$/gm)].map((m) => m[1]!);

describe('citations of the standard', () => {
  it('no source or doc file cites ../shared or the old notes; docs/standard.md only in its provenance note', () => {
    expect(files.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const f of files) {
      const text = f === 'docs/standard.md' ? STANDARD_BODY : read(f);
      text.split('\n').forEach((line, i) => {
        if (OUTSIDE.test(line)) found.push(`${f}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
    expect(STANDARD).toContain('<!-- provenance -->');
  });

  it('every "docs/standard.md §n" points at a section that exists', () => {
    const missing: string[] = [];
    let cited = 0;
    for (const f of files) {
      for (const m of read(f).matchAll(/docs\/standard\.md[^§\n]{0,3}§(\d+(?:\.\d+)?)/g)) {
        cited++;
        if (!HEADINGS.some((h) => h.startsWith(`§${m[1]} `))) missing.push(`${f}: §${m[1]}`);
      }
    }
    expect(cited).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it('every docs/standard.md "Name" points at a table of that name', () => {
    const missing: string[] = [];
    for (const f of files) {
      for (const m of read(f).matchAll(/docs\/standard\.md,? "([^"]+)"/g))
        if (!HEADINGS.some((h) => h.startsWith(m[1]!))) missing.push(`${f}: "${m[1]}"`);
    }
    expect(missing).toEqual([]);
  });

  it('docs/standard.md keeps the section numbers §0–§8', () => {
    const sections =
      '0 0.1 1 1.1 1.2 1.3 1.4 1.5 1.6 2 2.1 2.2 2.3 3 4 4.1 4.2 4.3 4.4 4.5 4.6 5 5.1 5.2 5.3 5.4 5.5 6 6.1 6.2 7 8';
    const missing = sections.split(' ').filter((n) => !HEADINGS.some((h) => h.startsWith(`§${n} `)));
    expect(missing).toEqual([]);
  });
});
