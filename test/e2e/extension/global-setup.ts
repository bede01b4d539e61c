import { execFileSync } from 'node:child_process';
import { startDemoHost } from '../../../extension/demo-host/server.ts';
import { freePort } from '../../support/couch.ts';
import { ROOT } from './env.ts';

/**
 * Build the extension once and serve the demo system on two loopback origins (the second one is granted at
 * run time). The build names the team server's origin in its CSP (docs/team.md): a free loopback port the
 * team spec's server (pouchdb-server behind a gate it can cut) listens on.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const teamPort = Number(process.env.STANDARDY_E2E_TEAM_PORT ?? (await freePort()));
  process.env.STANDARDY_E2E_TEAM_PORT = String(teamPort);
  // Output only on failure (execFileSync throws with it): rollup's notes about zod's comments are noise.
  // The demo build: the content script is declared for the demo system on the loopback (wxt.config.ts).
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, STANDARDY_DEMO: '1', STANDARDY_TEAM_ORIGINS: `http://127.0.0.1:${teamPort}` },
  });
  const port = Number(process.env.STANDARDY_E2E_PORT ?? 47310);
  const first = await startDemoHost({ host: '127.0.0.1', port });
  const second = await startDemoHost({ host: '127.0.0.2', port });
  process.env.STANDARDY_E2E_PORT = String(port);
  return async () => {
    await first.close();
    await second.close();
  };
}
