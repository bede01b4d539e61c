import { storage } from 'wxt/utils/storage';
import { managed } from '../settings.ts';
import { DEFAULT_TEAM_DATABASE, checkTeamSetting, teamConfig } from './config.ts';
import type { TeamConfig, TeamServerSetting } from './config.ts';
import { NO_TEAM } from './status.ts';
import type { TeamStatus } from './status.ts';

/**
 * Where the team server's setting and the replication's status are kept (chrome.storage; WXT items, each
 * declared once with a version). Enterprise policy keys: `teamServer`, `teamDatabase`.
 */
export const teamServerItem = storage.defineItem<TeamServerSetting | null>('local:team-server', {
  fallback: null,
  version: 1,
});
export const managedTeamServerItem = storage.defineItem<string | null>('managed:teamServer', {
  fallback: null,
});
export const managedTeamDatabaseItem = storage.defineItem<string | null>('managed:teamDatabase', {
  fallback: null,
});

/** The replication's status between service-worker wake-ups (team/sync.ts). */
export const teamStatusItem = storage.defineItem<TeamStatus>('local:team-status', {
  fallback: NO_TEAM,
  version: 1,
});

/** The server in force: the centre's IT's (enterprise policy) first, then the options page's, or none. */
export async function teamConfigInForce(): Promise<TeamConfig | null> {
  const managedUrl = await managed(managedTeamServerItem, null);
  if (typeof managedUrl === 'string' && managedUrl.trim()) {
    const db = await managed(managedTeamDatabaseItem, null);
    const checked = checkTeamSetting(managedUrl, typeof db === 'string' && db ? db : DEFAULT_TEAM_DATABASE);
    if (checked.ok) return teamConfig(checked.value, true);
  }
  const stored = await teamServerItem.getValue();
  if (!stored) return null;
  const checked = checkTeamSetting(stored.url, stored.database);
  return checked.ok ? teamConfig(checked.value, false) : null;
}
