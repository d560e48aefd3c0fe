import { loadKnowledge } from './knowledge/loadKnowledge';
import { exitOnStartError, runBot } from './runtime/runBot';

/**
 * `node dist/main.js`: the bot (see runBot), reading and building the corpus as it starts. `npm start`
 * runs the same bot from the start-up snapshot (snapshot.ts), which starts with the corpus built.
 */
runBot(loadKnowledge).catch(exitOnStartError);
