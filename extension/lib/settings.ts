import { storage } from 'wxt/utils/storage';
import type { AdapterInput } from '../adapters/schema.ts';
import type { Lang } from './facts.ts';

/**
 * Settings in chrome.storage.local, each declared once with a version (WXT storage items; a version
 * bump adds a migration with a test).
 */
export interface Settings {
  lang: Lang;
}

/** A host system the centre configured: its origin and the adapter that reads it. */
export interface SystemConfig {
  origin: string;
  adapterId: string;
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: { lang: 'pl' },
  version: 1,
});

export const systemsItem = storage.defineItem<SystemConfig[]>('local:systems', { fallback: [], version: 1 });

/** Adapters an IT person imported (validated before saving, validated again when read). */
export const customAdaptersItem = storage.defineItem<AdapterInput[]>('local:adapters', {
  fallback: [],
  version: 1,
});
