import { ORIGINS } from './entries.ts';
import type { CaseEntry, Origin } from './entries.ts';

const RANK: Record<Origin, number> = Object.fromEntries(ORIGINS.map((o, i) => [o, i])) as Record<
  Origin,
  number
>;

/**
 * The order entries are applied in (later wins): by date (`on`); on the same day by origin
 * (import < host < worker), then by the time recorded (`at`), then by id.
 */
export function compareEntries(a: CaseEntry, b: CaseEntry): number {
  if (a.on !== b.on) return a.on < b.on ? -1 : 1;
  if (a.origin !== b.origin) return RANK[a.origin] - RANK[b.origin];
  const at = a.at ?? '';
  const bt = b.at ?? '';
  if (at !== bt) return at < bt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
