import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVICE_STANDARD_IDS, SOCIAL_WORK_STANDARD_IDS } from '../schema/common.ts';
import { INSTITUTION_MODELS, ORGANISATIONAL_CONDITIONS } from './institutions.ts';
import { SERVICE_ORGANISATION_STAGES } from './service-organisation.ts';
import { STANDARDS } from './standards.ts';
import { TIME_USE_CATEGORIES } from './time-use-categories.ts';

// docs/standard.md, "Standards": the Polish names, copied here so a change to either is seen.
const IDS_MD_NAMES: Record<string, string> = {
  'sw-disability':
    'Standard pracy socjalnej z osobami z niepełnosprawnością i ich rodzinami, z uwzględnieniem osób z zaburzeniami psychicznymi',
  'sw-family-children': 'Standard pracy socjalnej z rodzinami z dziećmi',
  'sw-violence': 'Standard pracy socjalnej z rodziną doświadczającą przemocy w rodzinie',
  'sw-older': 'Standard pracy socjalnej z osobą starszą',
  'sw-unemployed': 'Standard pracy socjalnej z osobami pozostającymi bez pracy',
  'svc-counselling-disability':
    'Standard poradnictwa specjalistycznego dla osób z niepełnosprawnością i ich rodzin, z uwzględnieniem osób z zaburzeniami psychicznymi',
  'svc-family-counselling': 'Standard specjalistycznego poradnictwa rodzinnego, dla rodziny z dziećmi',
  'svc-crisis-intervention': 'Standard interwencji kryzysowej',
  'svc-home-care-older':
    'Standard usług opiekuńczych świadczonych w miejscu zamieszkania, dla osób starszych',
  'svc-kis': 'Standard Klubu Integracji Społecznej, ze szczególnym uwzględnieniem treningu pracy',
};

// docs/standard.md, "Pairs (social work → specialist service)".
const PAIRS: [string, string][] = [
  ['sw-disability', 'svc-counselling-disability'],
  ['sw-family-children', 'svc-family-counselling'],
  ['sw-violence', 'svc-crisis-intervention'],
  ['sw-older', 'svc-home-care-older'],
  ['sw-unemployed', 'svc-kis'],
];

const STANDARD_MD = new URL('../../docs/standard.md', import.meta.url);

/** The `| \`id\` | Polish name |` rows of the Standards table in docs/standard.md. */
function standardMdNames(text: string): Record<string, string> {
  const section = text.split('\n### Standards')[1]?.split('\n#')[0] ?? '';
  const rows = [...section.matchAll(/^\| `([a-z-]+)`\s*\| (.+?)\s*\|$/gm)];
  return Object.fromEntries(rows.map((row) => [row[1], row[2]]));
}

const byId = (id: string) => STANDARDS.find((s) => s.id === id);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('standards', () => {
  it('are the ten standards of docs/standard.md, each once', () => {
    expect(STANDARDS.map((s) => s.id).sort()).toEqual(
      [...SOCIAL_WORK_STANDARD_IDS, ...SERVICE_STANDARD_IDS].sort(),
    );
  });

  it('are five of social work and five specialist services', () => {
    expect(STANDARDS.filter((s) => s.kind === 'social-work').map((s) => s.id)).toEqual(
      expect.arrayContaining([...SOCIAL_WORK_STANDARD_IDS]),
    );
    expect(STANDARDS.filter((s) => s.kind === 'specialist-service')).toHaveLength(5);
  });

  it.each(PAIRS)('%s and %s are paired both ways', (socialWork, service) => {
    expect(byId(socialWork)?.pairedWith).toBe(service);
    expect(byId(service)?.pairedWith).toBe(socialWork);
  });

  it('every pairing points back to its standard', () => {
    for (const standard of STANDARDS) expect(byId(standard.pairedWith)?.pairedWith).toBe(standard.id);
  });

  it.each(Object.entries(IDS_MD_NAMES))('%s has the Polish name of docs/standard.md', (id, name) => {
    expect(byId(id)?.name.pl).toBe(name);
  });

  it('the copied names still match docs/standard.md', () => {
    expect(standardMdNames(readFileSync(STANDARD_MD, 'utf8'))).toEqual(IDS_MD_NAMES);
  });

  it('every standard regulates the six common areas', () => {
    for (const standard of STANDARDS) {
      for (const area of ['values', 'addressees', 'goals', 'delivery', 'tools', 'timeFrames'] as const) {
        expect(standard.areas[area], `${standard.id}.${area}`).toBeDefined();
      }
    }
  });

  it('provider conditions belong to specialist services only (docs/standard.md §2.3 point 7)', () => {
    for (const standard of STANDARDS) {
      expect(standard.areas.providerConditions !== undefined, standard.id).toBe(
        standard.kind === 'specialist-service',
      );
    }
  });

  it('every text has Polish and English', () => {
    for (const standard of STANDARDS) {
      const texts = [
        standard.name,
        standard.shortName,
        ...standard.subGroups.map((g) => g.name),
        ...Object.values(standard.areas).flatMap((area) => (area ? [area.summary, ...area.points] : [])),
      ];
      for (const text of texts) {
        expect(text.pl.trim(), standard.id).not.toBe('');
        expect(text.en.trim(), standard.id).not.toBe('');
      }
    }
  });

  it('sub-group ids are unique within a standard', () => {
    for (const standard of STANDARDS) {
      const ids = standard.subGroups.map((g) => g.id);
      expect(new Set(ids).size, standard.id).toBe(ids.length);
    }
  });

  it('the violence standard has its five sub-groups (docs/standard.md §2.1)', () => {
    expect(byId('sw-violence')?.subGroups).toHaveLength(5);
  });

  it('the older-persons profile axes are marked unconfirmed (docs/standard.md §2.1)', () => {
    const groups = byId('sw-older')?.subGroups ?? [];
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) expect(group.evidence).toBe('unconfirmed');
  });

  it('time frames: unemployed and families with children from the seed, the others unconfirmed (docs/standard.md §3)', () => {
    expect(byId('sw-unemployed')?.areas.timeFrames.evidence).toBe('seed');
    expect(byId('sw-family-children')?.areas.timeFrames.evidence).toBe('seed');
    for (const id of ['sw-disability', 'sw-violence', 'sw-older', ...SERVICE_STANDARD_IDS]) {
      expect(byId(id)?.areas.timeFrames.evidence, id).toBe('unconfirmed');
    }
  });
});

describe('time-use categories', () => {
  const swLetters = [...'ABCDEFGHI'];
  const bwLetters = [...'ABCDEFGHIJKLŁ'];
  const social = TIME_USE_CATEGORIES.filter((c) => c.role === 'social-worker');
  const benefits = TIME_USE_CATEGORIES.filter((c) => c.role === 'benefits-worker');

  it('are sw.A…sw.I and bw.A…bw.Ł of docs/standard.md, in order', () => {
    expect(TIME_USE_CATEGORIES.map((c) => c.id)).toEqual([
      ...swLetters.map((l) => `sw.${l}`),
      ...bwLetters.map((l) => `bw.${l}`),
    ]);
  });

  it('each id carries its letter', () => {
    for (const category of TIME_USE_CATEGORIES)
      expect(category.id.endsWith(`.${category.letter}`)).toBe(true);
  });

  it('only sw.E counts as documentation', () => {
    expect(TIME_USE_CATEGORIES.filter((c) => c.documentation).map((c) => c.id)).toEqual(['sw.E']);
  });

  it('bw.L and bw.Ł are the NAKŁADKA overlays', () => {
    expect(TIME_USE_CATEGORIES.filter((c) => c.overlay).map((c) => c.id)).toEqual(['bw.L', 'bw.Ł']);
  });

  it('the Toruń social-worker rows sum to 7368.5 h (OBOP) and 7225.0 h (RZD) (docs/standard.md §6.1)', () => {
    expect(sum(social.map((c) => c.torun.obopHours))).toBe(7368.5);
    expect(sum(social.map((c) => c.torun.rzdHours))).toBe(7225.0);
  });

  it('the Toruń benefits-worker rows sum to 1848.0 h in both columns (docs/standard.md §6.2)', () => {
    expect(sum(benefits.map((c) => c.torun.obopHours))).toBe(1848.0);
    expect(sum(benefits.map((c) => c.torun.rzdHours))).toBe(1848.0);
  });

  it('documentation was the largest OBOP social-worker category (docs/standard.md §6.1)', () => {
    const largest = [...social].sort((a, b) => b.torun.obopHours - a.torun.obopHours)[0];
    expect(largest?.id).toBe('sw.E');
  });
});

describe('institution models', () => {
  const model = (id: string) => INSTITUTION_MODELS.find((m) => m.id === id);

  it('are the five institution types of docs/standard.md', () => {
    expect(INSTITUTION_MODELS.map((m) => m.id).sort()).toEqual(['cis', 'cus', 'mops', 'ops', 'pcpr']);
  });

  it('refer only to known organisational conditions', () => {
    const known = new Set(ORGANISATIONAL_CONDITIONS.map((c) => c.id));
    for (const m of INSTITUTION_MODELS) {
      for (const id of m.organisationalConditions) expect(known.has(id), `${m.id}: ${id}`).toBe(true);
    }
  });

  it('the organisational conditions are the seven of docs/standard.md §5.4', () => {
    expect(ORGANISATIONAL_CONDITIONS.map((c) => c.id)).toEqual([
      'separation-of-benefits',
      'induction',
      'training-supervision',
      'development-path',
      'employee-evaluation',
      'workload-analysis',
      'caseload-20',
    ]);
  });

  it.each(['ops', 'mops'])('%s separates benefits from social work with the 20/80 indicators', (id) => {
    const m = model(id);
    expect(m?.separatesBenefitsFromSocialWork).toBe(true);
    expect(m?.employmentIndicators).toMatchObject({ socialWorkerCases: 20, benefitsWorkerCases: 80 });
    expect(m?.organisationalConditions).toContain('separation-of-benefits');
    expect(m?.positions.map((p) => p.role)).toEqual(
      expect.arrayContaining(['info-worker', 'social-worker', 'benefits-worker', 'social-work-coordinator']),
    );
  });

  it('the coordinator is a proposal of the Toruń pilot, not a key position (docs/standard.md §5.2)', () => {
    const coordinator = model('mops')?.positions.find((p) => p.role === 'social-work-coordinator');
    expect(coordinator?.status).toBe('proposed');
  });

  it('the MOPS/MOPR model has the five elements of its handbook (docs/standard.md §5.1)', () => {
    expect(model('mops')?.elements).toHaveLength(5);
  });

  it('CIS is unconfirmed and CUS is a design (docs/standard.md §5.1, §7)', () => {
    expect(model('cis')?.evidence).toBe('unconfirmed');
    expect(model('cus')?.evidence).toBe('design');
  });
});

describe('service-organisation stages', () => {
  it('are the seven stages of docs/standard.md §5.5, in order', () => {
    expect(SERVICE_ORGANISATION_STAGES.map((s) => [s.order, s.id])).toEqual([
      [1, 'org-1-needs'],
      [2, 'org-2-scope'],
      [3, 'org-3-form'],
      [4, 'org-4-financing'],
      [5, 'org-5-provider'],
      [6, 'org-6-monitoring'],
      [7, 'org-7-evaluation'],
    ]);
  });
});
