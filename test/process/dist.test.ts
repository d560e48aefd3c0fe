import { cp, mkdtemp, readdir, readFile, rm, symlink, utimes, writeFile, mkdir } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeNonAscii } from '../../scripts/asciiSources.mjs';
import { build, buildSettings, isStale, STAMP_FILE } from '../../scripts/build.mjs';
import { freePort } from '../../src/cli/benchProcess';
import { FakeSlack } from '../slack/helpers/fakeSlack';
import { httpEnv, ROOT, spawnIn, waitHealthy } from './helpers/botProcess';

/** Every .js file under dist/. */
async function distFiles(): Promise<string[]> {
  const entries = await readdir(path.join(ROOT, 'dist'), { recursive: true });
  return entries.filter((f) => f.endsWith('.js')).map((f) => path.join(ROOT, 'dist', f));
}

describe('dist/', () => {
  it('loads nothing from node_modules at start-up; Bolt only as the place Socket Mode is found', async () => {
    const bare = new Set<string>();
    for (const file of await distFiles()) {
      const code = await readFile(file, 'utf8');
      for (const m of code.matchAll(/(?:(?<![\w$])(?:__)?require(?:\.resolve)?\(|\bfrom |\bimport\()\s*"([^"./][^"]*)"/g)) bare.add(m[1]!);
    }
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    expect([...bare].filter((name) => !builtins.has(name))).toEqual(['@slack/bolt']);
    const { dependencies } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(dependencies)).toContain('@slack/bolt');
  });

  it('writes the snapshot script and the bot bundle in ASCII, so V8 keeps their source as one-byte strings', async () => {
    for (const file of ['snapshot.cjs', 'main.js']) {
      const code = await readFile(path.join(ROOT, 'dist', file), 'utf8');
      expect(code.match(/[^\x00-\x7F]/g) ?? [], file).toEqual([]);
    }
    // An escape stands for the same character in a string, a template, String.raw and a pattern.
    const escaped = escapeNonAscii("const re = /^[가-힣]+시$/u; const raw = String.raw`[월화]`; const hanja = '市';");
    expect(escaped).toMatch(/^[\x00-\x7F]+$/);
    const [re, raw, hanja] = new Function(`${escaped.replaceAll('const ', 'var ')} return [re, raw, hanja];`)() as [RegExp, string, string];
    expect(re.test('서울시')).toBe(true);
    expect(new RegExp(raw).test('화')).toBe(true);
    expect(hanja).toBe('市');
  });

  it('maps stack traces back to the TypeScript sources', async () => {
    const map = JSON.parse(await readFile(path.join(ROOT, 'dist', 'main.js.map'), 'utf8')) as { sources: string[] };
    expect(map.sources).toContain('../src/main.ts');
    expect(await readFile(path.join(ROOT, 'dist', 'main.js'), 'utf8')).toMatch(/\/\/# sourceMappingURL=main\.js\.map\s*$/);
  });

  describe('copied without node_modules', () => {
    let copy: string;
    let slack: FakeSlack;
    beforeAll(async () => {
      copy = await mkdtemp(path.join(tmpdir(), 'econ-dist-only-'));
      for (const item of ['dist', 'corpus', 'package.json']) await cp(path.join(ROOT, item), path.join(copy, item), { recursive: true });
      slack = await new FakeSlack().start();
    });
    afterAll(async () => {
      await slack.stop();
      await rm(copy, { recursive: true, force: true });
    });

    it('answers in terminal mode', async () => {
      const env = { PATH: process.env.PATH ?? '', ECON_STATE_DIR: path.join(copy, '.state') };
      const bot = spawnIn(process.execPath, ['--enable-source-maps', path.join(copy, 'dist', 'main.js')], env);
      let stdout = '';
      bot.child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      bot.child.stdin!.end('서울 시네마테크 위치\n');
      expect(await bot.exited).toBe(0);
      expect(stdout).toContain('마른내로 38');
    }, 30_000);

    it('serves /healthz in HTTP mode', async () => {
      const port = await freePort();
      const bot = spawnIn(process.execPath, [path.join(copy, 'dist', 'main.js')], httpEnv(slack.apiUrl, port, path.join(copy, '.state')));
      await waitHealthy(port, 30_000);
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    }, 40_000);
  });
});

describe('build (npm run build, and npm start when dist/ is stale)', () => {
  it('keeps the previous dist/ when the bundles or the snapshot fail to build', async () => {
    const copy = await mkdtemp(path.join(tmpdir(), 'econ-build-'));
    try {
      for (const item of ['src', 'intents', 'scripts', 'corpus', 'package.json', 'tsconfig.json']) await cp(path.join(ROOT, item), path.join(copy, item), { recursive: true });
      await symlink(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
      await build(copy);
      const built = await readFile(path.join(copy, 'dist', 'main.js'), 'utf8');
      const main = path.join(copy, 'src', 'main.ts');
      const source = await readFile(main, 'utf8');
      // Bundles that do not compile.
      await writeFile(main, `${source}\nconst broken = ;\n`);
      await expect(build(copy)).rejects.toThrow();
      expect(await readFile(path.join(copy, 'dist', 'main.js'), 'utf8')).toBe(built);
      // Bundles that compile, but a snapshot that cannot be built.
      await writeFile(main, source);
      await writeFile(path.join(copy, 'src', 'snapshot.ts'), "throw new Error('snapshot script fails');\n");
      await expect(build(copy)).rejects.toThrow(/econ\.blob failed/);
      expect(await readFile(path.join(copy, 'dist', 'main.js'), 'utf8')).toBe(built);
      expect(await readdir(copy)).not.toContain('dist.old');
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('isStale (npm start rebuilds only when needed)', () => {
  it('is not stale right after the build the test setup made (npm start then starts at once)', () => {
    expect(isStale(ROOT)).toBe(false);
  });

  it('is stale without a finished build, and when any source is newer than the build', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'econ-stale-'));
    try {
      await mkdir(path.join(dir, 'src', 'deep'), { recursive: true });
      await writeFile(path.join(dir, 'src', 'deep', 'a.ts'), 'export {};\n');
      expect(isStale(dir)).toBe(true);
      await mkdir(path.join(dir, 'dist'));
      const stamp = (settings: object) => writeFile(path.join(dir, STAMP_FILE), `${JSON.stringify({ builtAt: new Date().toISOString(), ...settings })}\n`);
      const past = new Date(Date.now() - 60_000);
      for (const p of ['src/deep/a.ts', 'src/deep', 'src']) await utimes(path.join(dir, p), past, past);
      // A build made in another folder, or by another Node (its snapshot would not load), is stale.
      await stamp({ ...buildSettings(dir), root: ROOT });
      expect(isStale(dir)).toBe(true);
      await stamp({ ...buildSettings(dir), node: 'v18.0.0' });
      expect(isStale(dir)).toBe(true);
      await stamp({ ...buildSettings(dir), nodeOptions: '--max-old-space-size=200' });
      expect(isStale(dir)).toBe(true);
      await stamp(buildSettings(dir));
      expect(isStale(dir)).toBe(false);
      await utimes(path.join(dir, 'src', 'deep', 'a.ts'), new Date(), new Date(Date.now() + 1000));
      expect(isStale(dir)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
