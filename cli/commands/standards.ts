// Direct module imports (not core/index.ts): the catalogue needs neither the readers nor the demo.
import { SERVICE_ORGANISATION_STAGES } from '../../core/data/service-organisation.ts';
import { STAGES } from '../../core/data/stages.ts';
import { STANDARDS } from '../../core/data/standards.ts';
import { TOOLS } from '../../core/data/tools.ts';
import { appliesTo, compileRules } from '../../core/engine/rules.ts';
import type { Localized, SocialWorkStandardId } from '../../core/schema/common.ts';
import { parseCommandArgs } from '../args.ts';
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
  const { values } = parseCommandArgs('standards', args, { json: { type: 'boolean' } }, false);
  const data = catalogue();
  if (values.json) {
    io.out(JSON.stringify(data, null, 2));
    return 0;
  }
  const pl = lang === 'pl';
  const toolName = (id: string) => TOOLS.find((t) => t.id === id)?.name[lang] ?? id;
  for (const s of data.standards) {
    const pair = STANDARDS.find((x) => x.id === s.pairedWith)!;
    io.out(`${s.id}  ${s.name[lang]}`);
    io.out(`  ${pl ? 'para' : 'paired with'}: ${pair.id} – ${pair.shortName[lang]}`);
    for (const st of s.stages) {
      const tools = st.tools
        .map(
          (t) =>
            `${t.name[lang]} [${t.class}${t.alternatives ? (pl ? ', albo: ' : ', or: ') + t.alternatives.map(toolName).join(', ') : ''}]`,
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
