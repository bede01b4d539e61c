import { Adapter } from './schema.ts';
import demoOpiekun from './demo-opiekun.json' with { type: 'json' };

/** Adapters shipped with the extension, one JSON file per host system. */
export const BUNDLED_ADAPTERS: readonly Adapter[] = [Adapter.parse(demoOpiekun)];
