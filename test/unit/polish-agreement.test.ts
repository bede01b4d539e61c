import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { format } from '../../core/i18n.ts';
import { main } from '../../cli/main.ts';
import { agreementProblems } from '../support/polish-agreement.ts';

/**
 * Polish numerals agree with their nouns in everything a user reads (issue 15): every Polish message of
 * every catalogue — rendered with n = 0, 1, 2, 5, 12, 22, 25 and 0,5 in every placeholder — and the CLI's
 * human output on the demo data. "23 aktywne sprawy", "5 spraw", "2 etaty", "0,5 etatu", "z 1 sprawy";
 * and a fraction keeps the decimal comma ("0,5", never "0.5").
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIRS = [
  'core',
  'cli',
  'templates',
  'extension',
  'office-addin/pane/src',
  'office-addin/scripts',
  'scripts',
];
const NUMBERS = [0, 1, 2, 5, 12, 22, 25, 0.5];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.(test|bench|d)\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !f.includes('node_modules'));
}

/** Every parameter is the number `n` (strings, dates and counts alike: only counts change the words). */
const allParams = (n: number) =>
  new Proxy({} as Record<string, number>, { get: (_, k) => (typeof k === 'string' ? n : undefined) });

/**
 * The Polish sentences of a source file: `pl: '…'` literals (catalogues in every shape, data labels), and
 * template literals whose `${p.name}` parts become `{name}` placeholders. A template with logic inside
 * `${…}` is left to the runtime pass below (its function is called).
 */
function polishLiterals(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(
    /\bpl:\s*(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`)/g,
  )) {
    const raw = m[1] ?? m[2] ?? m[3]!;
    if (m[3] !== undefined) {
      const simple = raw.replace(/\$\{\s*(?:\w+\.)?(\w+)\s*\}/g, '{$1}');
      // Logic or constants inside `${…}` (core/messages.ts ACTIVE_PL): left to the runtime pass.
      if (simple.includes('${')) continue;
      out.push(simple);
    } else out.push(raw.replace(/\\'/g, "'").replace(/\\"/g, '"'));
  }
  return out;
}

/** Exported catalogues of modules named *messages* / *i18n*, in any of the shapes they take. */
async function runtimeMessages(file: string): Promise<{ key: string; render: (n: number) => string }[]> {
  const mod = (await import(file)) as Record<string, unknown>;
  const out: { key: string; render: (n: number) => string }[] = [];
  for (const [name, value] of Object.entries(mod)) {
    if (!value || typeof value !== 'object') continue;
    // defineMessages(...) → { messages, t }
    const catalogue =
      'messages' in value && typeof (value as { t?: unknown }).t === 'function'
        ? ((value as { messages: Record<string, unknown> }).messages as Record<string, unknown>)
        : (value as Record<string, unknown>);
    for (const [key, m] of Object.entries(catalogue)) {
      if (typeof m === 'function') {
        out.push({
          key: `${name}.${key}`,
          render: (n) => {
            try {
              const r = (m as (p: unknown) => unknown)(allParams(n)) as { pl?: unknown } | undefined;
              return typeof r?.pl === 'string' ? r.pl : '';
            } catch {
              return '';
            }
          },
        });
      } else if (m && typeof m === 'object' && typeof (m as { pl?: unknown }).pl === 'string') {
        const pl = (m as { pl: string }).pl;
        out.push({ key: `${name}.${key}`, render: (n) => format('pl', pl, allParams(n)) });
      }
    }
  }
  return out;
}

describe('the agreement check itself', () => {
  it.each([
    ['23 aktywnych spraw', 'aktywnych,spraw'],
    ['5 pozycje', 'pozycje'],
    ['nadwyżka 8 etatu', 'etatu'],
    ['2 etatu', 'etatu'],
    ['1 spraw', 'spraw'],
    ['Pokazano 1 z 1 spraw.', 'spraw'],
    ['trwa 1 dni', 'dni'],
    ['22 pliki i 5 plik', 'plik'],
    ['0,5 etaty', 'etaty'],
  ])('catches "%s"', (text, word) => {
    expect(agreementProblems(text).map((p) => p.word)).toEqual(word.split(','));
  });
  it.each([
    '23 aktywne sprawy',
    '1 aktywna sprawa',
    '25 aktywnych spraw',
    '5 spraw, 2 etaty, 0,5 etatu, 12 plików, 22 pliki',
    '3 pracowników socjalnych, 1 pracownik socjalny, 2 pracownicy',
    'Pokazano 5 z 22 spraw.',
    'z 1 sprawy',
    'od 1 dnia',
    'dodaj 1 pozycję',
    '12\u00a0345 spraw',
    'stan na 29.11.2026, sprawa 2026/PS/0023, PS-01, 12:03, kategorie A–I, etap 2 (cele)',
  ])('accepts "%s"', (text) => {
    expect(agreementProblems(text)).toEqual([]);
  });
});

describe('Polish numerals agree in every catalogue', () => {
  const files = DIRS.flatMap(sourceFiles);

  it('in every `pl:` text of the source (catalogues, labels, data)', () => {
    const problems: string[] = [];
    for (const file of files)
      for (const template of polishLiterals(file))
        for (const n of NUMBERS) {
          const text = format('pl', template, allParams(n));
          // A number given to a message keeps the decimal comma (dates given as numbers here are no dates).
          if (!template.includes(', date}') && /\b0\.5\b/.test(text))
            problems.push(`${relative(ROOT, file)}: „${text}”: a decimal point`);
          for (const p of agreementProblems(text))
            problems.push(`${relative(ROOT, file)}: „${p.text}”: ${p.number} ${p.word} → ${p.expected}`);
        }
    expect([...new Set(problems)]).toEqual([]);
  });

  it('in every exported catalogue, called as the code calls it (also functions of parameters)', async () => {
    const modules = files.filter((f) => /(messages|i18n)\.tsx?$/.test(f));
    expect(modules.length).toBeGreaterThan(5);
    const problems: string[] = [];
    let rendered = 0;
    for (const file of modules)
      for (const { key, render } of await runtimeMessages(file))
        for (const n of NUMBERS) {
          rendered++;
          const text = render(n);
          for (const p of agreementProblems(text))
            problems.push(
              `${relative(ROOT, file)} ${key}: „${p.text}”: ${p.number} ${p.word} → ${p.expected}`,
            );
        }
    expect(rendered).toBeGreaterThan(1000);
    expect([...new Set(problems)]).toEqual([]);
  });
});

async function cli(...argv: string[]): Promise<{ out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { out: out.join('\n'), err: err.join('\n') };
}

/** Every `pl` string of a JSON value (the messages of `audit --json`). */
function polishStrings(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(polishStrings);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) =>
      k === 'pl' && typeof v === 'string' ? [v] : polishStrings(v),
    );
  return [];
}

describe('Polish numerals agree in the human output on the demo data', () => {
  const csv = join(mkdtempSync(join(tmpdir(), 'standardy-agreement-')), 'braki.csv');
  it.each([
    ['check --demo', ['check', '--demo']],
    ['workload --demo', ['workload', '--demo']],
    ['audit --demo --out braki.csv', ['audit', '--demo', '--out', csv]],
  ])('standardy %s', async (_, argv) => {
    const { out, err } = await cli(...argv);
    const text = `${out}\n${err}`;
    expect(text.length).toBeGreaterThan(200);
    expect(text.split('\n').flatMap(agreementProblems)).toEqual([]);
  });

  it('standardy audit --demo --json: every message', async () => {
    const strings = polishStrings(JSON.parse((await cli('audit', '--demo', '--json')).out));
    expect(strings.length).toBeGreaterThan(50);
    expect(strings.flatMap(agreementProblems)).toEqual([]);
  });
});
