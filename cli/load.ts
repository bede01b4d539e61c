import {
  compileRules,
  isIsoDate,
  parseCaseFile,
  parsePolicy,
  parseRecordsFile,
  parseTimeUseFile,
  teamCases,
} from '../core/index.ts';
import type { CaseFile, DemoDataset, Rules, TimeUseFile } from '../core/index.ts';
import { usage } from './args.ts';
import { localToday, orFail, readJsonFile } from './io.ts';

/** Resolve --today (or the local date), validated. */
export function resolveToday(value: string | undefined, command?: string): string {
  if (value === undefined) return localToday();
  if (!isIsoDate(value)) throw usage('usage.bad-today', { value }, command);
  return value;
}

/** The policy: --policy FILE, else the demo's own policy with --demo, else the standard's defaults. */
export async function loadRules(
  policyFile: string | undefined,
  demo: DemoDataset | undefined,
): Promise<Rules> {
  if (policyFile !== undefined)
    return compileRules(orFail(policyFile, parsePolicy(await readJsonFile(policyFile))));
  if (demo) return compileRules(orFail('demo', parsePolicy(demo.policy)));
  return compileRules();
}

export function inputSource(
  positionals: string[],
  demo: boolean | undefined,
  command: string,
): string | undefined {
  if (demo && positionals.length) throw usage('usage.file-or-demo', {}, command);
  if (!demo && positionals.length !== 1) throw usage('usage.one-file', {}, command);
  return positionals[0];
}

export async function loadCaseFile(
  file: string | undefined,
  demo: DemoDataset | undefined,
  rules: Rules,
  today: string,
): Promise<CaseFile> {
  if (file === undefined) return orFail('demo', parseCaseFile(demo!.cases, { rules, today }));
  const data = await readJsonFile(file);
  // A worker's records export (the extension's backup) is read through the case builder.
  if ((data as { format?: unknown } | null)?.format === 'standardy-records') {
    const records = orFail(file, parseRecordsFile(data, { rules, today }));
    return { formatVersion: 1, records: teamCases({ files: [records] }, today).records };
  }
  return orFail(file, parseCaseFile(data, { rules, today }));
}

export async function loadTimeUse(
  file: string | undefined,
  demo: DemoDataset | undefined,
): Promise<TimeUseFile> {
  if (file === undefined) return orFail('demo', parseTimeUseFile(demo!.timeUse));
  return orFail(file, parseTimeUseFile(await readJsonFile(file)));
}
