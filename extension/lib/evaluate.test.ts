// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableCSSFileLoading": true, "disableJavaScriptFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
import { describe, expect, it } from 'vitest';
import { caseloadByWorker, compileRules, evaluateCase } from '../../core/index.ts';
import { BUNDLED_ADAPTERS } from '../adapters/index.ts';
import { buildSite } from '../demo-host/data.ts';
import { renderDetail } from '../demo-host/render.ts';
import { badgeFor, caseloadBannerFor } from './evaluate.ts';
import type { CaseFacts, ListRead } from './facts.ts';
import { compileVocabulary, readDetail } from './read.ts';
import { mergeRead } from './remember.ts';

const TODAY = '2026-11-25';
const site = buildSite(TODAY);
const rules = compileRules();
const adapter = BUNDLED_ADAPTERS[0]!;
const detailPage = adapter.pages.find((p) => p.kind === 'case-detail')!;
const vocab = compileVocabulary(adapter.vocabulary);
const where = { system: 'http://127.0.0.1:1', adapterId: adapter.id, today: TODAY };

function factsFromDetailPage(id: string): CaseFacts {
  const view = {
    site,
    user: site.workers.get('PS-01')!,
    newLayout: false,
    keep: new URLSearchParams(),
    embedded: true,
  };
  const doc = new DOMParser().parseFromString(renderDetail(view, site.byId.get(id)!), 'text/html');
  const result = readDetail(doc.querySelector(detailPage.container)!, detailPage, vocab);
  if (!result.ok) throw new Error(result.problem);
  return mergeRead(undefined, result.detail!, { ...where, detail: true });
}

describe('badges agree with the core on the same data', () => {
  it('for every demo case: missing tools and overdue, read from its detail page, equal the core on the full record', () => {
    let missingSeen = 0;
    let overdueSeen = 0;
    for (const c of site.cases) {
      const full = evaluateCase(c.record, rules, TODAY);
      const facts = factsFromDetailPage(c.record.id);
      const badge = badgeFor({ caseId: c.record.id }, facts, rules, TODAY);
      const missing = full.findings.filter((f) => f.code === 'tool-missing').length;
      const overdue = full.findings.some((f) => f.code === 'stage-overdue');
      expect({ id: c.record.id, stage: badge.stage, missing: badge.missing, overdue: badge.overdue }).toEqual(
        {
          id: c.record.id,
          stage: full.stage,
          missing,
          overdue,
        },
      );
      missingSeen += missing;
      overdueSeen += overdue ? 1 : 0;
    }
    // The demo has both, or this test could not fail.
    expect(missingSeen).toBeGreaterThan(20);
    expect(overdueSeen).toBeGreaterThan(3);
  });

  it('a case never opened says so rather than pretending to be complete', () => {
    const b = badgeFor({ caseId: 'X/1', stage: '2' }, undefined, rules, TODAY);
    expect(b).toEqual({ caseId: 'X/1', stage: '2', known: false, stale: false });
  });

  it('a list row whose stage moved on since the detail was read is stale, not evaluated', () => {
    const c = site.cases.find((x) => x.record.stageHistory.at(-1)!.stage === '2')!;
    const facts = factsFromDetailPage(c.record.id);
    expect(badgeFor({ caseId: c.record.id, stage: '3' }, facts, rules, TODAY)).toMatchObject({
      stale: true,
      known: false,
    });
    expect(badgeFor({ caseId: c.record.id, stage: '2' }, facts, rules, TODAY)).toMatchObject({
      stale: false,
      known: true,
    });
  });

  it('detail badges name the missing tools in both languages', () => {
    const c = site.cases.find((x) =>
      evaluateCase(x.record, rules, TODAY).findings.some((f) => f.code === 'tool-missing'),
    )!;
    const b = badgeFor({ caseId: c.record.id }, factsFromDetailPage(c.record.id), rules, TODAY, true);
    expect(b.missingTools!.length).toBe(b.missing);
    expect(b.missingTools![0]!.pl).toMatch(/\p{L}/u);
    expect(b.missingTools![0]!.en).toMatch(/\p{L}/u);
  });
});

describe('caseload banner', () => {
  const remembered: CaseFacts[] = site.cases.map((c) =>
    mergeRead(
      undefined,
      {
        caseId: c.record.id,
        socialWorker: c.record.socialWorker,
        ...(c.record.benefitsWorker ? { benefitsWorker: c.record.benefitsWorker } : {}),
        status: c.record.state.status,
      },
      { ...where, detail: false },
    ),
  );
  const core = caseloadByWorker(
    site.cases.map((c) => c.record),
    rules,
  ).rows.filter((r) => r.status !== 'ok');
  const team = (rows: number, total = 160): ListRead => ({ scope: 'team', rows: [], total });

  it('once every case of the register was seen: the same workers as the core (PS-01 over, PS-02 near, PDS-01 over)', () => {
    const banner = caseloadBannerFor(team(160), undefined, remembered, undefined, rules)!;
    expect(banner.warnings.map((w) => [w.worker, w.status, w.active])).toEqual(
      core.map((r) => [r.worker, r.status, r.active]),
    );
    expect(banner.warnings.map((w) => `${w.worker}:${w.status}`)).toEqual(
      expect.arrayContaining(['PS-01:over', 'PS-02:near', 'PDS-01:over']),
    );
    expect(banner.warnings.every((w) => !w.lowerBound)).toBe(true);
    expect(banner.coverage).toEqual({ seen: 160, total: 160 });
  });

  it('a paginated register seen only in part: lower bounds, never "ok", with the coverage shown', () => {
    const banner = caseloadBannerFor(team(50), undefined, remembered.slice(0, 50), undefined, rules)!;
    expect(banner.coverage).toEqual({ seen: 50, total: 160 });
    expect(banner.warnings.every((w) => w.lowerBound)).toBe(true);
    expect(banner.warnings.find((w) => w.worker === 'PDS-01')).toBeUndefined();
  });

  it("an own list counts from the host's own count, not from the rows on screen", () => {
    const list: ListRead = { scope: 'own', rows: [], total: 26, activeCount: 23 };
    const banner = caseloadBannerFor(list, { id: 'PS-01', role: 'social-worker' }, [], undefined, rules)!;
    expect(banner.warnings).toEqual([
      {
        worker: 'PS-01',
        role: 'social-worker',
        active: 23,
        norm: 20,
        status: 'over',
        source: 'host-count',
        lowerBound: false,
      },
    ]);
    const benefits = caseloadBannerFor(
      { scope: 'own', rows: [], activeCount: 86 },
      { id: 'PDS-01', role: 'benefits-worker' },
      [],
      undefined,
      rules,
    )!;
    expect(benefits.warnings[0]).toMatchObject({ worker: 'PDS-01', norm: 80, status: 'over' });
    const under = caseloadBannerFor(
      { ...list, activeCount: 17 },
      { id: 'PS-03', role: 'social-worker' },
      [],
      undefined,
      rules,
    );
    expect(under).toBeUndefined();
  });
});
