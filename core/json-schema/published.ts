import * as z from 'zod';
import { CaseFile } from '../schema/case-record.ts';
import { Policy } from '../schema/policy.ts';
import { CheckReport, WorkloadReport } from '../schema/report.ts';
import { TimeUseFile } from '../schema/time-use.ts';
import { RegisterMapping } from '../register/mapping.ts';
import { TeamDoc } from '../team/documents.ts';

const BASE = 'https://standardy.invalid/schema/';

/** The JSON Schemas published beside this file, generated from the zod schemas (never edited by hand). */
export function publishedSchemas(): { file: string; schema: Record<string, unknown> }[] {
  const make = (file: string, schema: z.ZodType, title: string, io: 'input' | 'output') => ({
    file,
    schema: { ...z.toJSONSchema(schema, { io, unrepresentable: 'any' }), $id: BASE + file, title },
  });
  return [
    make('case-records.schema.json', CaseFile, 'standardy: case records (pliki spraw)', 'input'),
    make('policy.schema.json', Policy, 'standardy: institution policy (polityka ośrodka)', 'input'),
    make('time-use.schema.json', TimeUseFile, 'standardy: time-use sheet (karta czasu pracy)', 'input'),
    make(
      'register-mapping.schema.json',
      RegisterMapping,
      'standardy: register column mapping (mapowanie rejestru)',
      'input',
    ),
    make(
      'team-document.schema.json',
      TeamDoc,
      'standardy: a document of the team database (serwer zespołu, CouchDB)',
      'input',
    ),
    make('check-report.schema.json', CheckReport, 'standardy check --json', 'output'),
    make('workload-report.schema.json', WorkloadReport, 'standardy workload --json', 'output'),
  ];
}
