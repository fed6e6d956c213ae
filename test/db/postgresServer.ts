/**
 * A throwaway PostgreSQL server for the tests: a new cluster in a temporary folder (initdb + pg_ctl), reached only
 * through a Unix socket in that folder (no TCP port), with password authentication, removed after the tests.
 * Where PostgreSQL is not installed, `startPostgres` returns null and the tests say so and do nothing.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface PostgresServer {
  /** The socket folder (PGHOST). */
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  /** libpq environment variables that reach this server (as a user would set them). */
  env: Record<string, string>;
  stop(): void;
}

/** The newest Debian PostgreSQL bin folder holding initdb and pg_ctl, or null. */
export function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((version) => fs.existsSync(path.join(root, version, 'bin', 'initdb')))
    .sort((x, y) => Number(y) - Number(x));
  return versions.length > 0 ? path.join(root, versions[0], 'bin') : null;
}

/**
 * Start a cluster (about a second). Run as root (CI), the server runs as the `postgres` user that Debian's
 * package creates, since PostgreSQL refuses to run as root.
 */
export function startPostgres(): PostgresServer | null {
  const bin = postgresBinDir();
  if (bin === null) return null;
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args], { stdio: 'pipe' })
      : execFileSync(path.join(bin, command), args, { stdio: 'pipe' });
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'abc-pg-'));
  const user = 'abc_tester';
  const password = 'pw-not-a-secret-7Q';
  const port = 40000 + Math.floor(Math.random() * 20000);
  const data = path.join(folder, 'data');
  fs.writeFileSync(path.join(folder, 'pw'), password);
  if (asRoot) execFileSync('chown', ['-R', 'postgres', folder]);
  run('initdb', [
    '-D',
    data,
    '-U',
    user,
    '--pwfile',
    path.join(folder, 'pw'),
    '-A',
    'scram-sha-256',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
  ]);
  run('pg_ctl', [
    '-D',
    data,
    '-o',
    `-k ${folder} -c listen_addresses= -p ${port} -c fsync=off`,
    '-l',
    path.join(folder, 'log'),
    '-w',
    'start',
  ]);
  const stop = () => {
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  };
  const env = {
    PGHOST: folder,
    PGPORT: String(port),
    PGUSER: user,
    PGPASSWORD: password,
    PGDATABASE: 'postgres',
  };
  return { host: folder, port, user, password, database: 'postgres', env, stop };
}
