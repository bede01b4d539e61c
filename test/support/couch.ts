import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import type { Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The CouchDB stand-in of the tests: `pouchdb-server --in-memory` on loopback, on a free port, with a
 * server admin, started as a child process (its config.json and log.txt go to a temporary folder). Where
 * it differs from CouchDB 3.x: docs/team.md.
 */
export interface TestCouch {
  /** The server's root URL, e.g. http://127.0.0.1:41234 */
  url: string;
  admin: { name: string; password: string };
  /** Basic-auth header of the admin. */
  adminAuth: string;
  stop(): Promise<void>;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'node_modules', 'pouchdb-server', 'bin', 'pouchdb-server');
const FIX = join(ROOT, 'test', 'support', 'pouchdb-server-fix.cjs');

/** A port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export async function startTestCouch(
  admin = { name: 'admin', password: 'admin-test-only' },
): Promise<TestCouch> {
  const dir = mkdtempSync(join(tmpdir(), 'standardy-couch-'));
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--require', FIX, BIN, '--in-memory', '--host', '127.0.0.1', '--port', String(port), '--no-stdout-logs'],
    { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited: ${stderr}`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`pouchdb-server did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const res = await fetch(`${url}/_config/admins/${admin.name}`, {
    method: 'PUT',
    body: JSON.stringify(admin.password),
  });
  if (!res.ok) throw new Error(`admin: ${res.status} ${await res.text()}`);
  return {
    url,
    admin,
    adminAuth: `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A TCP pass-through in front of the server whose connection can be cut: the browsers' "network" to the
 * centre's server in tests (closed = every connection refused and the open ones dropped, as when a laptop
 * leaves the office).
 */
export interface Gate {
  url: string;
  open: boolean;
  setOpen(open: boolean): void;
  stop(): Promise<void>;
}

export async function startGate(target: string, port = 0): Promise<Gate> {
  const { hostname, port: targetPort } = new URL(target);
  const sockets = new Set<Socket>();
  const gate: Gate = {
    url: '',
    open: true,
    setOpen(open) {
      gate.open = open;
      if (!open) for (const s of sockets) s.destroy();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((client) => {
    if (!gate.open) return client.destroy();
    const upstream = connect(Number(targetPort), hostname);
    sockets.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  gate.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return gate;
}
