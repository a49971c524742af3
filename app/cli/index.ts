/** Entry of the bundled CLI (out/cli/briefing.js). */
import { runCli } from './main';

const write = (stream: NodeJS.WriteStream) => (text: string) => void stream.write(text);
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: write(process.stdout),
  stderr: write(process.stderr),
  cwd:
    process.env.INIT_CWD && process.env.npm_lifecycle_event === 'briefing'
      ? process.env.INIT_CWD
      : process.cwd(),
  env: process.env,
});
