import { defineConfig } from 'wxt';

// The browser extension (extension/): WXT builds chrome-mv3 and firefox-mv2 into .output/. The side panel
// (entrypoints/sidepanel) becomes side_panel + the sidePanel permission in Chromium, sidebar_action in Firefox.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  publicDir: 'extension/public',
  // Explicit imports only: a reader finds where every name comes from.
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'pl',
    permissions: ['storage', 'scripting'],
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
        ? { extension_pages: "script-src 'self'; object-src 'self'; connect-src 'self'" }
        : "script-src 'self'; object-src 'self'; connect-src 'self'",
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
