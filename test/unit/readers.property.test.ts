// Property tests of every reader (issue 14): random and mutated inputs — case files, policies, time-use
// sheets, register CSV/XLSX, mappings, adapters, backups, .docx. Every outcome is a value or a typed error
// (an InputError with a code and both languages, or an InputFailure of them), within a time bound per
// input; nothing throws anything else, nothing hangs.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CaseRecord,
  compileRules,
  DEMO_REGISTER_HEADER,
  DEMO_REGISTER_MAPPING,
  demoDataset,
  demoRegisterRows,
  importRegister,
  importTimeUse,
  isInputFailure,
  parseCaseFile,
  parseJsonText,
  parsePolicy,
  parseTimeUseFile,
  parseWith,
  readTable,
  RegisterMapping,
  toCsv,
  writeXlsx,
} from '../../core/index.ts';
import type { InputError, Parsed } from '../../core/index.ts';
import { BUNDLED_ADAPTERS } from '../../extension/adapters/index.ts';
import { Adapter } from '../../extension/adapters/schema.ts';
import { StandardyDb } from '../../extension/lib/db.ts';
import { createRecordsService } from '../../extension/lib/records-service.ts';
import { FactsStore } from '../../extension/lib/store.ts';
import { readDocxFields, renderDocx } from '../../templates/index.ts';

const today = '2026-11-25';
const rules = compileRules();
const demo = demoDataset(today);
/** Per-input bound: generous for a loaded 2-core machine; a hang or a quadratic blow-up still fails it. */
const BOUND_MS = 3000;
const RUNS = { numRuns: 60 };

function expectTypedErrors(errors: InputError[]) {
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) {
    expect(typeof e.path).toBe('string');
    expect(e.code, JSON.stringify(e)).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(e.message.pl.length).toBeGreaterThan(0);
    expect(e.message.en.length).toBeGreaterThan(0);
  }
}

/** A Parsed<T>: a value, or typed errors. */
function expectParsed<T>(run: () => Parsed<T>) {
  const t = performance.now();
  const r = run();
  expect(performance.now() - t).toBeLessThan(BOUND_MS);
  if (!r.ok) expectTypedErrors(r.errors);
}

/** An async reader: a value, or an InputFailure of typed errors — nothing else. */
async function expectValueOrFailure<T>(run: () => Promise<T>): Promise<T | undefined> {
  const t = performance.now();
  try {
    return await run();
  } catch (e) {
    if (!isInputFailure(e)) throw e;
    expectTypedErrors(e.errors);
    return undefined;
  } finally {
    expect(performance.now() - t).toBeLessThan(BOUND_MS);
  }
}

/** JSON-ish values, and mutations of a valid document (a field dropped, replaced, or retyped). */
const json = fc.jsonValue({ maxDepth: 4 });
function mutated(valid: unknown): fc.Arbitrary<unknown> {
  const text = JSON.stringify(valid);
  return fc.oneof(
    json,
    fc.tuple(fc.nat(text.length), fc.nat(text.length), json).map(([a, b, v]) => {
      // Replace a slice of the text with another JSON value; if it no longer parses, keep the value.
      const s = text.slice(0, Math.min(a, b)) + JSON.stringify(v) + text.slice(Math.max(a, b));
      const p = parseJsonText(s);
      return p.ok ? p.value : v;
    }),
  );
}

/** Byte mutations: overwrite, truncate, insert. */
function mutatedBytes(valid: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    fc
      .array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 8,
      })
      .map((edits) => {
        const b = valid.slice();
        for (const [i, v] of edits) b[i] = v;
        return b;
      }),
    fc.nat(valid.length).map((n) => valid.slice(0, n)),
    fc.tuple(fc.nat(valid.length), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([at, extra]) => {
      const b = new Uint8Array(valid.length + extra.length);
      b.set(valid.subarray(0, at));
      b.set(extra, at);
      b.set(valid.subarray(at), at + extra.length);
      return b;
    }),
  );
}

describe('JSON readers', () => {
  it('case files: random and mutated documents', () => {
    fc.assert(
      fc.property(mutated(demo.cases), (data) => expectParsed(() => parseCaseFile(data, { rules, today }))),
      RUNS,
    );
  });
  it('policies', () => {
    fc.assert(
      fc.property(mutated(demo.policy), (data) => expectParsed(() => parsePolicy(data))),
      RUNS,
    );
  });
  it('time-use files', () => {
    fc.assert(
      fc.property(mutated(demo.timeUse), (data) => expectParsed(() => parseTimeUseFile(data))),
      RUNS,
    );
  });
  it('register mappings', () => {
    fc.assert(
      fc.property(mutated(DEMO_REGISTER_MAPPING), (data) =>
        expectParsed(() => parseWith(RegisterMapping, data)),
      ),
      RUNS,
    );
  });
  it('adapters', () => {
    fc.assert(
      fc.property(mutated(BUNDLED_ADAPTERS[0]), (data) => expectParsed(() => parseWith(Adapter, data))),
      RUNS,
    );
  });
  it('JSON text: any string parses or gives a line and column', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json().map((s) => s.slice(0, -1)),
        ),
        (text) => expectParsed(() => parseJsonText(text)),
      ),
      { numRuns: 200 },
    );
  });
});

describe('tables', () => {
  const cases = demo.cases.records.filter((r) => r.kind === 'case').map((r) => CaseRecord.parse(r));
  const rows = demoRegisterRows(cases.slice(0, 15), (id) => `Klient ${id}`);
  const csv = new TextEncoder().encode(toCsv(DEMO_REGISTER_HEADER, rows));
  const mapping = RegisterMapping.parse(DEMO_REGISTER_MAPPING);

  it('register CSV: random bytes and mutated exports read or fail typed, and import never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2000 }), mutatedBytes(csv)), async (bytes) => {
        const table = await expectValueOrFailure(() => readTable(bytes, mapping));
        if (table) {
          const r = importRegister(table, mapping, rules, today);
          for (const e of [...r.errors, ...r.warnings]) {
            expect(e.code).toMatch(/^[a-z-]+\.[a-z-]+$/);
            // A client's name never reaches a message.
            expect(e.message.pl + e.message.en).not.toContain('Klient');
          }
        }
      }),
      RUNS,
    );
  });

  it('register XLSX: mutated files read or fail typed', async () => {
    const xlsx = await writeXlsx('Rejestr', DEMO_REGISTER_HEADER, rows);
    await fc.assert(
      fc.asyncProperty(mutatedBytes(xlsx), async (bytes) => {
        const table = await expectValueOrFailure(() => readTable(bytes, mapping));
        if (table) importRegister(table, mapping, rules, today);
      }),
      RUNS,
    );
  });

  it('time-use sheets: random cells import or list typed row errors', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('sw.E', 'bw.Ł', 'E', '12,5', '-1', 'PS-01', '01.10.2026'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 30 }),
        fc.shuffledSubarray(['Pracownik', 'Kategoria', 'Godziny', 'Rola', 'Data', 'Inne']),
        (cells, header) => {
          const r = importTimeUse({
            header,
            rows: cells.map((c, i) => ({ row: i + 2, cells: c })),
            format: 'csv',
          });
          for (const e of r.errors) expect(e.code).toMatch(/^time-use\.[a-z-]+$/);
        },
      ),
      RUNS,
    );
  });
});

describe('.docx', () => {
  it('mutated documents read or fail typed', async () => {
    const docx = await renderDocx('update-note', { caseId: '2026/PS/0001' }, { draft: true });
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutatedBytes(docx), fc.uint8Array({ maxLength: 500 })), async (bytes) => {
        await expectValueOrFailure(() => readDocxFields(bytes));
      }),
      RUNS,
    );
  });
});

describe('backups (the options page import)', () => {
  it('random and mutated backup files are imported whole or refused with typed errors', async () => {
    let n = 0;
    const valid = {
      format: 'standardy-records',
      formatVersion: 1,
      exportedOn: today,
      systems: [
        {
          system: 'http://127.0.0.1:4310',
          cases: { formatVersion: 1, records: demo.cases.records.slice(0, 3) },
        },
      ],
    };
    await fc.assert(
      fc.asyncProperty(mutated(valid), async (data) => {
        const db = new StandardyDb(`property-${n++}`);
        const records = createRecordsService({
          db,
          store: new FactsStore(db),
          rules: () => rules,
          today: () => today,
          retention: async () => ({ days: null, managed: false }),
        });
        const t = performance.now();
        const answer = await records.importAll(data);
        expect(performance.now() - t).toBeLessThan(BOUND_MS);
        if (!answer.ok) expectTypedErrors(answer.errors);
        db.close();
      }),
      { numRuns: 30 },
    );
  });
});
