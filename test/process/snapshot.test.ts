import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SNAPSHOT_BLOB, SNAPSHOT_FLAGS } from '../../scripts/build.mjs';
import { ROOT, spawnIn } from './helpers/botProcess';

// The start-up snapshot (dist/econ.blob, built by the globalSetup) as `npm start` runs it.
const SNAPSHOT = [...SNAPSHOT_FLAGS, '--snapshot-blob', SNAPSHOT_BLOB];
const REPORT = 'seoul-economic-policy-office-2022-09.txt';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'econ-snapshot-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Asks one question of `node <args>` in terminal mode; its stdout, stderr and exit code. */
async function ask(args: string[], question: string, env: Record<string, string> = {}) {
  const bot = spawnIn(process.execPath, args, { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ECON_STATE_DIR: path.join(work, 'state'), ...env });
  let stdout = '';
  bot.child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  bot.child.stdin!.end(`${question}\n`);
  const code = await bot.exited;
  return { stdout, stderr: bot.stderr(), code };
}

describe('the start-up snapshot', () => {
  it('is what npm start runs, with the V8 flags it was built with', async () => {
    const { scripts } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
    // glibc hands allocations of 32 kB and more back when they are freed (see the README's Deploying).
    expect(scripts.start).toBe(`node scripts/build.mjs --if-stale && MALLOC_MMAP_THRESHOLD_=32768 exec node ${SNAPSHOT.join(' ')}`);
  });

  it('answers from the corpus built into it, citing the report', async () => {
    const { stdout, stderr, code } = await ask(SNAPSHOT, '청년취업사관학교 예산');
    expect({ stderr, code }).toEqual({ stderr: '', code: 0 });
    expect(stdout).toContain('20,255백만원');
    expect(stdout).toMatch(/출처: IV-1-① 청년취업사관학교/);
  }, 30_000);

  it('reads a corpus that changed since the build, and one in another folder', async () => {
    const changed = path.join(work, 'changed');
    await cp(path.join(ROOT, 'corpus'), changed, { recursive: true });
    const report = path.join(changed, REPORT);
    await writeFile(report, (await readFile(report, 'utf8')).replace('- 소요 예산 : 20,255백만원', '- 소요 예산 : 20,300백만원'));
    const after = await ask(SNAPSHOT, '청년취업사관학교 예산', { ECON_CORPUS_DIR: changed });
    expect(after.stdout).toContain('20,300백만원');
    expect(after.stdout).not.toContain('20,255백만원');

    const broken = path.join(work, 'broken');
    await cp(path.join(ROOT, 'corpus'), broken, { recursive: true });
    await writeFile(path.join(broken, 'aliases.json'), '{ "aliases": [');
    const refused = await ask(SNAPSHOT, '청년취업사관학교 예산', { ECON_CORPUS_DIR: broken });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(path.join(broken, 'aliases.json'));
  }, 60_000);

  it('starts through a symbolic link to the folder it was built in', async () => {
    const link = path.join(work, 'current');
    await symlink(ROOT, link);
    const { stdout, code } = await ask([...SNAPSHOT_FLAGS, '--snapshot-blob', path.join(link, SNAPSHOT_BLOB)], '청년취업사관학교 예산');
    expect(code).toBe(0);
    expect(stdout).toContain('20,255백만원');
  }, 30_000);

  it('refuses to start from a copy of dist/ made elsewhere, naming the fix', async () => {
    const copy = path.join(work, 'copy');
    await cp(path.join(ROOT, 'dist'), path.join(copy, 'dist'), { recursive: true });
    const { stderr, code, stdout } = await ask([...SNAPSHOT_FLAGS, '--snapshot-blob', path.join(copy, SNAPSHOT_BLOB)], '청년취업사관학교 예산');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`was built in ${ROOT.replace(/\/$/, '')}: run \`npm run build\` in ${copy}`);
  }, 30_000);
});
