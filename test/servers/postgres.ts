/**
 * A throwaway PostgreSQL cluster for tests: `initdb` in a temporary folder, started on a free
 * loopback port with durability off (tests do not survive power cuts), stopped and removed
 * afterwards. Uses Debian's `postgresql` package (.ci/run installs it); without it, it throws one
 * clear line instead of letting a test pass without a server.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../scripts/lib/free-port.ts';

const run = promisify(execFile);

/** A running cluster. */
export interface TestPostgres {
  /** `postgres://…` of a database of its own. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** The folder of PostgreSQL's server programs (initdb, pg_ctl), newest version first. */
function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a)) : [];
  if (versions[0]) return path.join(root, versions[0], 'bin');
  throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): run `apt-get install -y postgresql`, as .ci/run does');
}


/** `runuser` (util-linux), found where Debian puts it even when /usr/sbin is not on the PATH (as under `env -i`). */
const RUNUSER = ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find((p) => existsSync(p)) ?? 'runuser';

/** PostgreSQL refuses to run as root: as root, its programs run as the `postgres` user the package made. */
function asServerUser(program: string, args: string[]): [string, string[]] {
  return userInfo().uid === 0 ? [RUNUSER, ['-u', 'postgres', '--', program, ...args]] : [program, args];
}

/** Starts a cluster and creates a database `name` in it. */
export async function startPostgres(name = 'partnerhub'): Promise<TestPostgres> {
  const bin = binDir();
  const dir = await mkdtemp(path.join(tmpdir(), 'partner-hub-pg-'));
  const data = path.join(dir, 'data');
  if (userInfo().uid === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    await chown(dir, uid, gid);
  }
  await chmod(dir, 0o700);
  const port = await freePort();
  const exec = async (program: string, args: string[]) => {
    const [cmd, argv] = asServerUser(path.join(bin, program), args);
    return run(cmd, argv, { timeout: 60_000 });
  };
  try {
    await exec('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    await exec('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-w', '-t', '30', 'start', '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100`]);
    await exec('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', name]);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`the test PostgreSQL did not start: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/${name}`,
    port,
    stop: async () => {
      await exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
