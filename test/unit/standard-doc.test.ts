// docs/standard.md's id tables are what core/ and templates/ encode: a change to either side is seen here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVICE_ORGANISATION_STAGES } from '../../core/data/service-organisation.ts';
import { STAGES } from '../../core/data/stages.ts';
import { STANDARDS } from '../../core/data/standards.ts';
import { TIME_USE_CATEGORIES } from '../../core/data/time-use-categories.ts';
import { TOOLS } from '../../core/data/tools.ts';
import { FINDING_CODES, InstitutionType, RoleId } from '../../core/schema/common.ts';
import { TEMPLATES } from '../../templates/definitions/index.ts';

const DOC = readFileSync(new URL('../../docs/standard.md', import.meta.url), 'utf8');

/** The body rows of the first table under the heading that starts with `title`, cells trimmed. */
function table(title: string): string[][] {
  const start = DOC.search(new RegExp(`^#{2,4} ${title.replace(/[()]/g, '\\$&')}`, 'm'));
  expect(start, title).toBeGreaterThanOrEqual(0);
  const section = DOC.slice(start).split('\n').slice(1);
  const end = section.findIndex((l) => /^#{1,4} /.test(l));
  const rows = section.slice(0, end < 0 ? undefined : end).filter((l) => l.startsWith('|'));
  return rows.slice(2).map((r) =>
    r
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim()),
  );
}
const unquote = (cell: string) => cell.replace(/^`|`$/g, '');
const unmarked = (name: string) =>
  name.replace(/ \((U|U: [^)]*|nr 9|sygnatura OO_3)\)/g, '').replace(/ — .*$/, '');

describe('docs/standard.md agrees with the data', () => {
  it('Standards: the ten ids with their Polish names', () => {
    const rows = table('Standards').map(([id, name]) => [unquote(id!), name!]);
    expect(rows.sort()).toEqual(STANDARDS.map((s) => [s.id, s.name.pl]).sort());
  });

  it('Methodical stages: ids and Polish labels in the standard order', () => {
    expect(
      table('Methodical stages of social work').map(([id, label]) => [unquote(id!), unmarked(label!)]),
    ).toEqual(STAGES.map((s) => [s.id, s.name.pl]));
  });

  it('Tools: ids, Polish names, stages, class and categories', () => {
    const rows = table('Tools').map(([id, name, stages, cls, categories]) => ({
      id: unquote(id!),
      name: unmarked(name!),
      stages: stages === 'all' ? ['1a', '1b', '1c', '2', '3', '4', '5'] : stages!.split(', '),
      class: cls,
      categories: categories === 'all' ? 'all' : categories!.split(', '),
    }));
    expect(rows).toEqual(
      TOOLS.map((t) => ({
        id: t.id,
        name: t.name.pl,
        stages: t.stages,
        class: t.class,
        categories: t.categories,
      })),
    );
  });

  it('a tool marked (U) is one the data marks unconfirmed, and the other way round', () => {
    const marked = table('Tools')
      .filter(([, name]) => /\(U[:)]/.test(name!))
      .map(([id]) => unquote(id!));
    expect(marked.sort()).toEqual(
      TOOLS.filter((t) => t.evidence === 'unconfirmed')
        .map((t) => t.id)
        .sort(),
    );
  });

  it('Documents: the six templates in order, with the tool each produces', () => {
    expect(
      table('Documents').map(([id, , tool]) => [unquote(id!), tool === '—' ? null : unquote(tool!)]),
    ).toEqual(TEMPLATES.map((t) => [t.id, t.tool ?? null]));
  });

  it('Finding codes: every code the engine emits, none more', () => {
    const codes = table('Finding codes').flatMap(([code]) => code!.split(' / ').map(unquote));
    expect(codes.sort()).toEqual([...FINDING_CODES].sort());
  });

  it('roles, institution types, time-use categories and service-organisation stages', () => {
    const section = DOC.slice(DOC.indexOf('### Roles, institutions, time categories'));
    for (const id of [...RoleId.options, ...InstitutionType.options]) expect(section).toContain(`\`${id}\``);
    const ids = TIME_USE_CATEGORIES.map((c) => c.id);
    expect(ids[0]).toBe('sw.A');
    expect(ids).toContain('sw.I');
    expect(ids.at(-1)).toBe('bw.Ł');
    expect(section).toContain('`sw.A` … `sw.I`');
    expect(section).toContain('`bw.A` … `bw.Ł`');
    expect(section).toContain(
      `\`${SERVICE_ORGANISATION_STAGES[0]!.id}\` … \`${SERVICE_ORGANISATION_STAGES.at(-1)!.id}\``,
    );
  });
});
