import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapStackTraces } from '../../src/runtime/mapStackTraces';

const FIXTURE = fileURLToPath(new URL('./fixtures/throws.ts', import.meta.url));
let dir: string;
let bundle: string;
const original = Error.prepareStackTrace;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'econ-stack-'));
  bundle = path.join(dir, 'bundle.cjs');
  // Bundled like the start-up snapshot's script: CommonJS, with a source map beside it.
  await build({ entryPoints: [FIXTURE], outfile: bundle, bundle: true, format: 'cjs', platform: 'node', sourcemap: true, logLevel: 'silent' });
});
afterAll(async () => {
  Error.prepareStackTrace = original;
  await rm(dir, { recursive: true, force: true });
});

const thrownStack = () => {
  const { boom } = createRequire(import.meta.url)(bundle) as { boom: () => never };
  try {
    boom();
  } catch (error) {
    return (error as Error).stack ?? '';
  }
  return '';
};

describe('mapStackTraces', () => {
  it("names the TypeScript file and line of the bundle's frames, and keeps the message", () => {
    mapStackTraces(bundle);
    const stack = thrownStack();
    expect(stack.split('\n')[0]).toBe('Error: boom from the fixture');
    expect(stack).toContain(`boom (${FIXTURE}:3:`);
    expect(stack).not.toContain('bundle.cjs');
    // Frames from other files are left as they were.
    expect(stack).toMatch(/at thrownStack \(.*mapStackTraces\.test\.ts/);
  });

  it("leaves the bundle's lines when its map is missing", async () => {
    await rm(`${bundle}.map`);
    mapStackTraces(bundle);
    const stack = thrownStack();
    expect(stack).toContain(`boom (${bundle}:`);
    expect(stack).not.toContain(FIXTURE);
  });
});
