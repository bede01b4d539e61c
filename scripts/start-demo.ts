// `npm start`: serves the demo welfare system on 127.0.0.1 and opens Debian chromium with the built
// extension (.output/chrome-mv3) when a display exists; without one, prints how to load the extension.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDemoHost } from '../extension/demo-host/server.ts';
import { sideloadInstructions, startAddinServer } from '../office-addin/scripts/serve.ts';

const EXTENSION = resolve('.output/chrome-mv3');
const port = Number(process.env.PORT ?? 4310);
const host = await startDemoHost({ host: '127.0.0.1', port });
console.log(`System demonstracyjny OPIEKUN / demo welfare system: ${host.url}/rejestr`);
console.log(
  `  rejestr zespołu: ${host.url}/rejestr   moje sprawy: ${host.url}/moje   (?jako=PS-02 – inny pracownik)`,
);

// The Word add-in's task pane is part of the demo too (https://localhost, certificates made locally).
const addin = await startAddinServer().catch((e: unknown) => {
  console.error(`Panel dodatku Word nie wystartował / the Word add-in pane did not start: ${String(e)}`);
  return undefined;
});
if (addin) console.log(sideloadInstructions());

if (!existsSync(join(EXTENSION, 'manifest.json'))) {
  console.error('Brak zbudowanego rozszerzenia / extension not built: STANDARDY_DEMO=1 npx wxt build');
  process.exit(1);
}

if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) {
  const profile = mkdtempSync(join(tmpdir(), 'standardy-demo-'));
  const chromium = spawn(
    '/usr/bin/chromium',
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-first-run',
      '--disable-sync',
      '--disable-background-networking',
      '--disable-component-update',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      `${host.url}/rejestr`,
    ],
    { stdio: 'ignore' },
  );
  chromium.on('exit', () => void stop());
  console.log('Otwarto Chromium z rozszerzeniem / opened Chromium with the extension. Ctrl+C kończy.');
} else {
  console.log(`
Brak ekranu – serwer działa, rozszerzenie wczytaj ręcznie / no display – the server runs; load the extension by hand:
  1. chromium → chrome://extensions → „Tryb dewelopera” / "Developer mode"
  2. „Załaduj rozpakowane” / "Load unpacked" → ${EXTENSION}
  3. otwórz / open ${host.url}/rejestr
Ctrl+C kończy / stops.`);
}
async function stop(): Promise<never> {
  await Promise.all([host.close(), addin?.close()]);
  process.exit(0);
}
process.on('SIGINT', () => void stop());
