// Debian chromium for every Playwright suite (TOOLCHAIN.md): no browser download, no Google look-ups, no
// background networking — the no-egress checks then see only what the page under test does.
export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_BASE_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--no-sandbox',
  '--disable-gpu',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.*',
];
