import { describe, expect, it } from 'vitest';
import {
  compileRules,
  DEMO_REGISTER_MAPPING,
  evaluateCase,
  RegisterMapping,
  CaseRecord,
  teamCases,
} from '../../core/index.ts';
import type { CaseEntry, HostCase, Table } from '../../core/index.ts';
import {
  distinctValues,
  documentLabels,
  filterCases,
  NO_FILTERS,
  shareKnown,
  shownBalance,
  shownCaseloadStatus,
  valueTarget,
  withColumn,
  withValue,
} from './model.ts';
import { pageOf } from '../ui/Pager.tsx';

const TODAY = '2026-11-25';
const rules = compileRules();
const record = (id: string, socialWorker: string, patch: Partial<CaseRecord> = {}): CaseRecord =>
  CaseRecord.parse({
    kind: 'case',
    id,
    standard: 'sw-older',
    socialWorker,
    openedOn: '2026-01-10',
    stageHistory: [{ stage: '1c', enteredOn: '2026-02-01' }],
    ...patch,
  });

const table = (header: string[], rows: string[][]): Table => ({
  header,
  rows: rows.map((cells, i) => ({ row: i + 2, cells })),
  format: 'csv',
});

describe('which cases enter the analysis (core teamCases, the one case builder)', () => {
  const host = (caseId: string, detail: boolean): HostCase => ({
    caseId,
    socialWorker: 'PS-01',
    standard: 'sw-older',
    stage: '2',
    seenOn: TODAY,
    ...(detail ? { detail: { seenOn: TODAY, documents: [] } } : {}),
  });

  it('a remembered case without its case page read is left out (its tools are unknown)', () => {
    const team = teamCases({ shared: { host: [host('A/1', false), host('A/2', true)], entries: [] } }, TODAY);
    expect(team.records.map((r) => r.id)).toEqual(['A/2']);
    expect(team.toolsUnknown).toEqual(['A/1']);
  });

  it("a side-panel entry on a case the register holds shows up in that case's checklist", () => {
    const fromRegister = record('A/1', 'PS-01');
    const entry: CaseEntry = {
      id: 'w-1',
      caseId: 'A/1',
      origin: 'worker',
      on: '2026-02-05',
      kind: 'tool',
      tool: 'oo-assessment-questionnaire',
      action: 'done',
    };
    const team = teamCases(
      { register: { records: [fromRegister], asOf: TODAY }, shared: { host: [], entries: [entry] } },
      TODAY,
    );
    const item = evaluateCase(team.records[0]!, rules, TODAY).checklist.find(
      (c) => c.requirement === 'oo-assessment-questionnaire',
    );
    expect(item).toMatchObject({ status: 'done', doneOn: '2026-02-05' });
    expect(
      evaluateCase(fromRegister, rules, TODAY).checklist.find(
        (c) => c.requirement === 'oo-assessment-questionnaire',
      )?.status,
    ).toBe('missing');
  });
});

describe('filters', () => {
  const cases = [record('A/1', 'PS-01'), record('A/2', 'PS-02', { standard: 'sw-unemployed' })].map((r) =>
    evaluateCase(r, rules, TODAY),
  );
  it('by worker and category', () => {
    expect(filterCases(cases, { ...NO_FILTERS, worker: 'PS-02' }).map((c) => c.caseId)).toEqual(['A/2']);
    expect(filterCases(cases, { ...NO_FILTERS, standard: 'sw-older' }).map((c) => c.caseId)).toEqual(['A/1']);
  });
  it('by part of the case number, case and spaces ignored', () => {
    expect(filterCases(cases, { ...NO_FILTERS, caseId: 'a/2' }).map((c) => c.caseId)).toEqual(['A/2']);
    expect(filterCases(cases, { ...NO_FILTERS, caseId: ' A/ ' })).toHaveLength(2);
    expect(filterCases(cases, { ...NO_FILTERS, caseId: 'B/' })).toHaveLength(0);
  });
  it('by finding code: a case at 1c without its tools has tool-missing', () => {
    expect(filterCases(cases, { ...NO_FILTERS, finding: 'tool-missing' })).toHaveLength(2);
    expect(filterCases(cases, { ...NO_FILTERS, finding: 'closed-without-evaluation' })).toHaveLength(0);
  });
});

describe('the mapping step', () => {
  const demo = RegisterMapping.parse(DEMO_REGISTER_MAPPING);
  const t = table(
    ['Nr', 'Kategoria', 'Dokumenty'],
    [
      ['1', 'Osoba starsza', 'Karta pracy socjalnej (01.02.2026); Genogram (03.02.2026)'],
      ['2', ' osoba  starsza ', 'Karta pracy socjalnej (05.02.2026)\nNieznany dokument'],
    ],
  );

  it('lists a column’s distinct values once, however they are spaced or cased', () => {
    expect(distinctValues(t, 'kategoria')).toEqual(['Osoba starsza']);
    expect(distinctValues(t, 'Brak takiej kolumny')).toEqual([]);
  });

  it('lists document labels without their dates', () => {
    expect(documentLabels(t, 'Dokumenty')).toEqual([
      'Genogram',
      'Karta pracy socjalnej',
      'Nieznany dokument',
    ]);
  });

  it('maps a host label onto a tool and unmaps it', () => {
    const m = withValue(demo, 'documents', 'Nieznany dokument', 'fs-ecomap');
    expect(valueTarget(m, 'documents', 'nieznany  DOKUMENT')).toBe('fs-ecomap');
    expect(
      valueTarget(withValue(m, 'documents', 'Nieznany dokument', ''), 'documents', 'Nieznany dokument'),
    ).toBe('');
    expect(RegisterMapping.safeParse(m).success).toBe(true);
  });

  it('an optional column can be unset, a required one stays (and fails validation when empty)', () => {
    expect(withColumn(demo, 'documents', '').columns.documents).toBeUndefined();
    expect(RegisterMapping.safeParse(withColumn(demo, 'caseId', '')).success).toBe(false);
  });
});

describe('truthful figures from little or partial data', () => {
  it('a share from fewer than 10 tools due is "too little data", from 10 on a figure', () => {
    expect(shareKnown(1)).toBe(false);
    expect(shareKnown(9)).toBe(false);
    expect(shareKnown(10)).toBe(true);
  });

  it('without the register a count is a lower bound: over stays over, within the norm is unknown', () => {
    expect(shownCaseloadStatus({ status: 'ok' }, true)).toBe('ok');
    expect(shownCaseloadStatus({ status: 'ok' }, false)).toBe('unknown');
    expect(shownCaseloadStatus({ status: 'near' }, false)).toBe('at-least-near');
    expect(shownCaseloadStatus({ status: 'over' }, false)).toBe('over');
    expect(shownCaseloadStatus({ status: 'over-statutory' }, false)).toBe('over-statutory');
  });

  it('staffing: no cases – nothing known (no "surplus of 8 FTE"); partial data – only a shortage is sure', () => {
    expect(shownBalance({ balance: 8 }, 0, true)).toEqual({ kind: 'no-cases' });
    expect(shownBalance({ balance: 8 }, 1, false)).toEqual({ kind: 'unknown' });
    expect(shownBalance({ balance: -1.254 }, 40, false)).toEqual({ kind: 'short-at-least', fte: 1.25 });
    expect(shownBalance({ balance: -0.5 }, 40, true)).toEqual({ kind: 'short', fte: 0.5 });
    expect(shownBalance({ balance: 2.5 }, 40, true)).toEqual({ kind: 'surplus', fte: 2.5 });
    expect(shownBalance({ balance: 0.001 }, 40, true)).toEqual({ kind: 'balanced' });
  });
});

describe('the case table in pages', () => {
  const rows = Array.from({ length: 160 }, (_, i) => i + 1);
  it('25 rows a page, the last page holds the rest', () => {
    expect(pageOf(rows, 1, 25)).toMatchObject({ page: 1, pages: 7, from: 1, to: 25 });
    const last = pageOf(rows, 7, 25);
    expect(last).toMatchObject({ page: 7, from: 151, to: 160 });
    expect(last.rows).toHaveLength(10);
  });
  it('a page past the end (after filtering) shows the last one; no rows, one empty page', () => {
    expect(pageOf(rows.slice(0, 30), 5, 25)).toMatchObject({ page: 2, from: 26, to: 30 });
    expect(pageOf([], 3, 25)).toMatchObject({ page: 1, pages: 1, from: 0, to: 0, rows: [] });
  });
});
