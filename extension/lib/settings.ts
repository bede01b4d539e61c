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

/** Adapters switched off in the options page (bundled, imported or managed), by id. */
export const disabledAdaptersItem = storage.defineItem<string[]>('local:adapters-disabled', {
  fallback: [],
  version: 1,
});

/** The institution's policy (core's policy file), validated by parsePolicy before it is saved. */
export interface StoredPolicy {
  policy: unknown;
  importedOn: string;
}
export const policyItem = storage.defineItem<StoredPolicy | null>('local:policy', {
  fallback: null,
  version: 1,
});

/** Closed cases are deleted this many days after closing; null = never. */
export const DEFAULT_RETENTION_DAYS = 365;
export const retentionItem = storage.defineItem<{ days: number | null }>('local:retention', {
  fallback: { days: DEFAULT_RETENTION_DAYS },
  version: 1,
});

/**
 * Enterprise policy (storage.managed, schema in extension/public/managed-schema.json), set by a centre's
 * IT and read-only here. Adapters and the institution policy are JSON texts: a policy editor carries a
 * string everywhere, and our own validation reports the path of an error.
 */
export const managedAdaptersItem = storage.defineItem<string[] | null>('managed:adapters', {
  fallback: null,
});
export const managedPolicyItem = storage.defineItem<string | null>('managed:policy', { fallback: null });
export const managedRetentionItem = storage.defineItem<number | null>('managed:retentionDays', {
  fallback: null,
});

/** Reading storage.managed fails where no policy store exists (Firefox without policies.json): none then. */
export async function managed<T>(item: { getValue(): Promise<T> }, none: T): Promise<T> {
  try {
    return await item.getValue();
  } catch {
    return none;
  }
}
