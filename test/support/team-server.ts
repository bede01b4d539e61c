import { main } from '../../cli/main.ts';
import { setSecrets } from '../../cli/secrets.ts';
import { startTestCouch } from './couch.ts';
import type { TestCouch } from './couch.ts';

/** The password every test account gets (test servers only). */
export const TEST_PASSWORD = 'haslo-testowe-1';

/**
 * A test server set up as a centre's IT would: `standardy team init` and `team add-user` for each account,
 * the credentials given through the environment the CLI reads (never arguments). `reader` is the account
 * `check --team` / `audit --team` read with.
 */
export async function startTeamServer(options: {
  db: string;
  users: readonly (readonly [name: string, role: 'worker' | 'supervisor' | 'it'])[];
  reader?: string;
  /** Runs before the set-up (a benchmark loads its documents before the validate function exists). */
  before?: (couch: TestCouch) => Promise<void>;
}): Promise<TestCouch> {
  const couch = await startTestCouch();
  await options.before?.(couch);
  setSecrets({
    env: {
      COUCHDB_USER: couch.admin.name,
      COUCHDB_PASSWORD: couch.admin.password,
      STANDARDY_USER_PASSWORD: TEST_PASSWORD,
      ...(options.reader
        ? { STANDARDY_TEAM_USER: options.reader, STANDARDY_TEAM_PASSWORD: TEST_PASSWORD }
        : {}),
    },
  });
  const errors: string[] = [];
  const io = { out: () => undefined, err: (l: string) => void errors.push(l) };
  const run = async (...argv: string[]) => {
    if ((await main(argv, io)) !== 0) throw new Error(`standardy ${argv.join(' ')}: ${errors.join('\n')}`);
  };
  await run('team', 'init', couch.url, '--db', options.db);
  for (const [name, role] of options.users)
    await run('team', 'add-user', couch.url, '--name', name, '--role', role);
  return couch;
}

/** The CLI reads the process's own environment again. */
export function forgetSecrets(): void {
  setSecrets({ env: process.env });
}
