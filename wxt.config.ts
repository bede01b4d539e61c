import { defineConfig } from 'wxt';
import { buildTarget, FIREFOX_MIN_VERSION } from './scripts/build-env.ts';

/**
 * The team server (docs/team.md): the build names the centre's CouchDB origin(s) its pages and service
 * worker may connect to — `STANDARDY_TEAM_ORIGINS="https://couch.osrodek.pl:6984"` — and nothing else
 * (`connect-src 'self'` without it). Each must be a bare origin: a typo fails the build, not the browser.
 */
function teamOrigins(): string[] {
  const raw = process.env.STANDARDY_TEAM_ORIGINS ?? '';
  return raw
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((o) => {
      if (!/^https?:\/\/[^/\s]+$/.test(o)) throw new Error(`STANDARDY_TEAM_ORIGINS: not an origin: ${o}`);
      return o;
    });
}
const connectSrc = ["'self'", ...teamOrigins()].join(' ');

// What this build is for (scripts/build-env.ts, docs/deployment.md): the production build covers no origin at
// install; STANDARDY_ORIGINS adds a centre's systems, STANDARDY_DEMO=1 the demo system on the loopback.
const target = buildTarget(process.env);
const TOOLBAR_ICON = { 16: 'icon/16.png', 32: 'icon/32.png' };

// The browser extension (extension/): WXT builds chrome-mv3 and firefox-mv2 into .output/ (`npm run package`
// into dist/). The side panel (entrypoints/sidepanel) becomes side_panel + the sidePanel permission in Chromium,
// sidebar_action in Firefox. Icons: extension/public/icon/<size>.png, drawn from extension/assets/icon.svg.
export default defineConfig({
  srcDir: 'extension',
  // A build elsewhere (the team benchmark builds for its own server's origin) leaves .output alone.
  outDir: process.env.STANDARDY_OUT_DIR || '.output',
  publicDir: 'extension/public',
  // Explicit imports only: a reader finds where every name comes from.
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'pl',
    // alarms: the team's replication is picked up again when the service worker wakes.
    permissions: ['storage', 'scripting', 'alarms'],
    // A centre's build grants its systems at install (a force-installed extension then needs no prompt); any
    // other system's origin is asked for at run time.
    ...(manifestVersion === 3
      ? {
          optional_host_permissions: ['http://*/*', 'https://*/*'],
          ...(target.hostPermissions.length ? { host_permissions: target.hostPermissions } : {}),
        }
      : { optional_permissions: ['http://*/*', 'https://*/*'] }),
    action: { default_title: '__MSG_extName__', default_icon: TOOLBAR_ICON },
    // Enterprise policy (storage.managed): adapters, the institution policy, retention. Firefox reads the same
    // keys from policies.json ("3rdparty") without a schema in the manifest.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    content_security_policy:
      manifestVersion === 3
        ? { extension_pages: `script-src 'self'; object-src 'self'; connect-src ${connectSrc}` }
        : `script-src 'self'; object-src 'self'; connect-src ${connectSrc}`,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: target.firefoxId,
              strict_min_version: FIREFOX_MIN_VERSION,
              data_collection_permissions: { required: ['none'] },
              ...(target.updateUrl ? { update_url: target.updateUrl } : {}),
            },
          },
        }
      : target.updateUrl
        ? { update_url: target.updateUrl }
        : {}),
  }),
  hooks: {
    // The content script (entrypoints/content.ts) is declared statically only for this build's origins; every
    // other configured system gets it registered at run time (extension/lib/registration.ts).
    'build:manifestGenerated': (wxt, manifest) => {
      const scripts = manifest.content_scripts ?? [];
      for (const script of scripts) {
        if (script.js?.includes('content-scripts/content.js')) script.matches = target.contentScriptMatches;
      }
      manifest.content_scripts = scripts.filter((s) => (s.matches ?? []).length > 0);
      if (manifest.content_scripts.length === 0) delete manifest.content_scripts;
      // Firefox MV2 host permissions live in `permissions`, granted at install like MV3's host_permissions.
      if (wxt.config.manifestVersion === 2 && target.hostPermissions.length)
        manifest.permissions = [...(manifest.permissions ?? []), ...target.hostPermissions];
      const sidebar = (manifest as { sidebar_action?: { default_icon?: unknown } }).sidebar_action;
      if (sidebar && !sidebar.default_icon) sidebar.default_icon = TOOLBAR_ICON;
    },
  },
  zip: {
    // AMO reviewers rebuild the Firefox package from this (docs/amo-sources.md): the repository without what
    // the extension's build does not read.
    excludeSources: [
      '.output/**',
      'dist/**',
      'test/**',
      'office-addin/**',
      'cli/**',
      'extension/adapters/*/pages/**',
      'docs/**',
    ],
    includeSources: ['docs/amo-sources.md'],
  },
});
