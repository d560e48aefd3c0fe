import { build, isStale, root } from '../../../scripts/build.mjs';

/** vitest globalSetup: rebuilds dist/ when it is missing or older than the sources, like `npm start`. */
export default async function buildOnce(): Promise<void> {
  if (isStale(root)) await build();
}
