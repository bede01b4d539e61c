import { defineConfig } from 'wxt';

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

// The browser extension (extension/): WXT builds chrome-mv3 and firefox-mv2 into .output/. The side panel
// (entrypoints/sidepanel) becomes side_panel + the sidePanel permission in Chromium, sidebar_action in Firefox.
export default defineConfig({
  srcDir: 'extension',
  // A build elsewhere (the team benchmark builds for its own server's origin) leaves .output alone.
  outDir: process.env.STANDARDY_OUT_DIR ?? '.output',
  publicDir: 'extension/public',
  // Explicit imports only: a reader finds where every name comes from.
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'pl',
    // alarms: the team's replication is picked up again when the service worker wakes.
    permissions: ['storage', 'scripting', 'alarms'],
    // Each configured system's origin is asked for at run time, never at install.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_permissions: ['http://*/*', 'https://*/*'] }),
    action: { default_title: '__MSG_extName__' },
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
              id: 'standardy@standardy.invalid',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
