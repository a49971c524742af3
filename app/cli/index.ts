/** Entry of the bundled CLI (out/cli/briefing.js). */
import { runCliOnStreams } from './process-io';

process.exitCode = await runCliOnStreams(process.argv.slice(2), process, {
  cwd:
    process.env.INIT_CWD && process.env.npm_lifecycle_event === 'briefing'
      ? process.env.INIT_CWD
      : process.cwd(),
  env: process.env,
});
