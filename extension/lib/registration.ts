import { browser } from 'wxt/browser';
import type { SystemConfig } from './settings.ts';
import { originPattern } from './url-match.ts';

/** Origins content.ts declares; the build keeps them only in the demo build (wxt.config.ts, STANDARDY_DEMO=1). */
export const INSTALL_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];
export const RUNTIME_SCRIPT_ID = 'standardy-systems';
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/**
 * The match patterns to register: configured systems whose origin the user granted, less those the manifest's
 * static content script already covers (the build's origins: wxt.config.ts), so no page gets the script twice.
 */
export function patternsToRegister(
  systems: readonly SystemConfig[],
  granted: readonly string[],
  declared: readonly string[] = INSTALL_ORIGINS,
): string[] {
  const patterns = new Set<string>();
  for (const s of systems) {
    const p = originPattern(s.origin);
    if (granted.includes(p) && !declared.includes(p)) patterns.add(p);
  }
  return [...patterns].sort();
}

/**
 * Keeps the runtime content script in step with the granted origins (called at start-up and whenever
 * permissions or the configured systems change). WXT's `registration: 'runtime'` would put the
 * patterns into host_permissions, so the script is declared for the demo only and registered here.
 */
export async function syncContentScripts(systems: readonly SystemConfig[]): Promise<string[]> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const declared = (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []);
  const matches = patternsToRegister(systems, granted, declared);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [RUNTIME_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [RUNTIME_SCRIPT_ID] });
    return matches;
  }
  const script = {
    id: RUNTIME_SCRIPT_ID,
    js: [CONTENT_SCRIPT_FILE],
    matches,
    allFrames: true,
    runAt: 'document_start' as const,
    persistAcrossSessions: true,
  };
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return matches;
}
