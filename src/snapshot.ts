import { startupSnapshot } from 'node:v8';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { defaultCorpusDir, projectRoot } from './config/paths';
import { prebuildKnowledge, startingFrom, type PrebuiltKnowledge } from './knowledge/prebuiltKnowledge';
import { loadKnowledge } from './knowledge/loadKnowledge';
import { mapStackTraces } from './runtime/mapStackTraces';

/**
 * The start-up snapshot `npm start` runs (`node --snapshot-blob dist/econ.blob`, built by
 * `npm run build`): the bot's code already loaded and `corpus/` already built into knowledge. At
 * start the bot checks that the corpus still reads the same (corpusFingerprint) and answers from the
 * snapshot's knowledge; a changed corpus is loaded as a reload would, keeping unchanged reports.
 */
let prebuilt: PrebuiltKnowledge | undefined;
prebuildKnowledge(defaultCorpusDir).then(
  (built) => (prebuilt = built),
  (error: unknown) => {
    // A bad corpus/ still gives a working snapshot: the bot then reports the problem as it starts.
    console.error(`snapshot: corpus/ not built in (${error instanceof Error ? error.message : String(error)})`);
  },
);

/** The project folder of the blob this process started from (`<project>/dist/econ.blob`), or null. */
function blobProject(execArgv: readonly string[]): string | null {
  const at = execArgv.findIndex((arg) => arg === '--snapshot-blob' || arg.startsWith('--snapshot-blob='));
  const blob = at < 0 ? undefined : execArgv[at]!.includes('=') ? execArgv[at]!.slice(execArgv[at]!.indexOf('=') + 1) : execArgv[at + 1];
  return blob ? path.dirname(path.dirname(path.resolve(blob))) : null;
}

/** A folder's path with symbolic links resolved (a deploy started through `current/`), or as given. */
function realPath(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}

startupSnapshot.setDeserializeMainFunction(() => {
  // The snapshot holds the paths of the folder it was built in (corpus/, .state/): a blob copied
  // elsewhere would read and write there.
  const home = blobProject(process.execArgv);
  if (home !== null && realPath(home) !== realPath(projectRoot)) {
    console.error(`${path.join(home, 'dist', 'econ.blob')} was built in ${projectRoot}: run \`npm run build\` in ${home} (or \`npm start\`, which does)`);
    process.exit(1);
  }
  mapStackTraces(__filename);
  // Arguments after the blob start at argv[1]; give the bot the usual [node, script, …args].
  process.argv.splice(1, 0, __filename);
  // The bot's own modules (Bolt, pino, readline…) are evaluated now, not in the snapshot: Node does
  // not vouch for every built-in module's state across a snapshot.
  void import('./runtime/runBot').then(({ exitOnStartError, runBot }) => runBot(prebuilt ? startingFrom(prebuilt) : loadKnowledge).catch(exitOnStartError));
});
