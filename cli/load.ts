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
import { localToday, orFail, readJsonFile } from './io.ts';
import { UsageError } from './main.ts';

/** Resolve --today (or the local date), validated. */
export function resolveToday(value: string | undefined): string {
  if (value === undefined) return localToday();
  if (!isIsoDate(value))
    throw new UsageError(`--today: oczekiwano daty RRRR-MM-DD / expected YYYY-MM-DD, got "${value}"`);
  return value;
}

/** The policy: --policy FILE, else the demo's own policy with --demo, else the standard's defaults. */
export async function loadRules(
  policyFile: string | undefined,
  demo: DemoDataset | undefined,
): Promise<Rules> {
  if (policyFile !== undefined)
    return compileRules(orFail(policyFile, parsePolicy(await readJsonFile(policyFile))));
  if (demo) return compileRules(orFail('demo policy', parsePolicy(demo.policy)));
  return compileRules();
}

export function inputSource(positionals: string[], demo: boolean | undefined): string | undefined {
  if (demo && positionals.length)
    throw new UsageError('podaj PLIK albo --demo, nie oba / give FILE or --demo, not both');
  if (!demo && positionals.length !== 1)
    throw new UsageError('podaj dokładnie jeden PLIK albo --demo / give one FILE or --demo');
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
