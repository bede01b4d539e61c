import type { CaseEntry, HostCase } from '../../core/index.ts';
import type { StoredEntry } from './db.ts';
import type { CaseFacts } from './facts.ts';

/** What the host showed, as the core's `HostCase` (the extension's facts also say where they were read). */
export function hostCase(f: CaseFacts): HostCase {
  const { system: _system, adapterId: _adapter, ...host } = f;
  return host;
}

/** A stored entry without its system: the core's entry. */
export function coreEntry(e: StoredEntry): CaseEntry {
  const { system: _system, ...entry } = e;
  return entry as CaseEntry;
}
