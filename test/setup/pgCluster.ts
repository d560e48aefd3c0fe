import { freePort } from '../../src/cli/benchProcess';
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** A throwaway PostgreSQL cluster on 127.0.0.1, owned by the test run. */
export interface PgCluster {
  /** `postgres://postgres:<password>@127.0.0.1:<port>/postgres` */
  adminUrl: string;
  stop(): Promise<void>;
}

/**
 * The folder holding initdb and pg_ctl: ECON_PG_BIN if set (set it to a folder without them to
 * simulate a machine without PostgreSQL), else `pg_config --bindir`, else the newest
 * /usr/lib/postgresql/N/bin, else PATH. Null with the reason when none has them.
 */
export function findPgBin(env: NodeJS.ProcessEnv = process.env): { bin: string | null; reason: string } {
  const candidates: string[] = [];
  if (env.ECON_PG_BIN !== undefined) candidates.push(env.ECON_PG_BIN);
  else {
    const pgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
    if (pgConfig.status === 0) candidates.push(pgConfig.stdout.trim());
    const versions = safeReaddir('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`), ...(env.PATH ?? '').split(path.delimiter));
  }
  const bin = candidates.find((dir) => dir !== '' && ['initdb', 'pg_ctl'].every((tool) => isExecutable(path.join(dir, tool))));
  const where = env.ECON_PG_BIN !== undefined ? `ECON_PG_BIN=${env.ECON_PG_BIN}` : 'pg_config, /usr/lib/postgresql/*/bin or PATH';
  return bin !== undefined ? { bin, reason: '' } : { bin: null, reason: `PostgreSQL not installed (no initdb and pg_ctl in ${where}); install postgresql-15 to run them` };
}

/**
 * initdb in a temporary folder (as the `postgres` user when running as root), then pg_ctl start on
 * 127.0.0.1 at a free port with the socket in that folder. `stop()` stops it and deletes the folder.
 */
export async function startPgCluster(bin: string): Promise<PgCluster> {
  const dir = await mkdtemp(path.join(tmpdir(), 'econ-pg-'));
  const data = path.join(dir, 'data');
  const password = randomBytes(12).toString('hex');
  await writeFile(path.join(dir, 'pwfile'), `${password}\n`);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim()));
    await chown(dir, uid!, gid!);
    await chown(path.join(dir, 'pwfile'), uid!, gid!);
  }
  const run = (tool: string, args: string[]) => {
    const [command, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args]] : [path.join(bin, tool), args];
    const result = spawnSync(command, argv as string[], { encoding: 'utf8', cwd: dir });
    if (result.status !== 0) throw new Error(`${tool} failed (${result.status}): ${result.stderr || result.stdout}`);
  };
  const port = await freePort();
  try {
    run('initdb', ['-D', data, '-U', 'postgres', `--pwfile=${path.join(dir, 'pwfile')}`, '-A', 'scram-sha-256', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
    run('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-w', '-t', '120', '-o', options, 'start']);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    adminUrl: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    async stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
