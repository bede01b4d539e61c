import {
  appliesTo,
  compileRules,
  SERVICE_ORGANISATION_STAGES,
  STAGES,
  STANDARDS,
  TOOLS,
} from '../../core/index.ts';
import type { Localized, SocialWorkStandardId } from '../../core/index.ts';
import { parseArgs } from 'node:util';
import type { Command } from '../main.ts';

interface CatalogueStage {
  id: string;
  kind: 'methodical' | 'service-organisation';
  name: Localized;
  tools: { id: string; class: string; name: Localized; obligatory: boolean; alternatives?: string[] }[];
}

/** The catalogue: each of the ten standards with its stages and, for social work, the tools per stage. */
export function catalogue() {
  const rules = compileRules();
  return {
    tool: 'standardy' as const,
    formatVersion: 1 as const,
    standards: STANDARDS.map((s) => {
      let stages: CatalogueStage[];
      if (s.kind === 'social-work') {
        const std = s.id as SocialWorkStandardId;
        const reqs = rules.requirements[std];
        stages = STAGES.map((st) => ({
          id: st.id,
          kind: 'methodical',
          name: st.name,
          tools: TOOLS.filter((t) => t.stages[0] === st.id && appliesTo(t.categories, std)).map((t) => {
            const req = reqs.find((r) => r.tools.includes(t.id));
            const tool: CatalogueStage['tools'][number] = {
              id: t.id,
              class: t.class,
              name: t.name,
              obligatory: !!req,
            };
            if (req && req.mode === 'any-of') tool.alternatives = req.tools.filter((x) => x !== t.id);
            return tool;
          }),
        }));
      } else {
        stages = SERVICE_ORGANISATION_STAGES.map((o) => ({
          id: o.id,
          kind: 'service-organisation',
          name: o.name,
          tools: [],
        }));
      }
      return { ...s, stages };
    }),
    stages: STAGES,
    tools: TOOLS,
    serviceOrganisationStages: SERVICE_ORGANISATION_STAGES,
  };
}

export const runStandards: Command = async (args, io, lang) => {
  const { values } = parseArgs({
    args,
    allowPositionals: false,
    strict: true,
    options: { json: { type: 'boolean' } },
  });
  const data = catalogue();
  if (values.json) {
    io.out(JSON.stringify(data, null, 2));
    return 0;
  }
  const pl = lang === 'pl';
  for (const s of data.standards) {
    const pair = STANDARDS.find((x) => x.id === s.pairedWith)!;
    io.out(`${s.id}  ${s.name[lang]}`);
    io.out(`  ${pl ? 'para' : 'paired with'}: ${pair.id} – ${pair.shortName[lang]}`);
    for (const st of s.stages) {
      const tools = st.tools
        .map(
          (t) =>
            `${t.name[lang]} [${t.class}${t.alternatives ? (pl ? ', albo ' : ', or ') + t.alternatives.join(', ') : ''}]`,
        )
        .join('; ');
      io.out(
        `    ${st.kind === 'methodical' ? (pl ? 'etap ' : 'stage ') + st.id.padEnd(3) : '  ' + st.id.padEnd(17)} ${st.name[lang]}${tools ? ' — ' + tools : ''}`,
      );
    }
    io.out('');
  }
  return 0;
};
