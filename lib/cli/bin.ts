// Entry of dist/cli.mjs: wires the process to main(). Subcommands register themselves on import.
import { main } from './main';
import './commands';
import { readLimited } from './read-message-file';

async function readStdin(): Promise<string> {
  try {
    return await readLimited(process.stdin);
  } finally {
    // Over the limit, the rest is not wanted: stop reading instead of draining it.
    process.stdin.destroy();
  }
}

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  stderrIsTTY: Boolean(process.stderr.isTTY),
});
process.exitCode = code;
