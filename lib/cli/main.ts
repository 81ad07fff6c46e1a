// The `mailtrust` command line (design notes, "Contracts"). Each subcommand lives in its own file
// and is registered below. Exit status: 0 analysed, 2 bad usage or input, 1 a fault of the program.
import { version } from '../report/version';

export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  isTTY: boolean;
  /** stderr is a terminal: batch progress is drawn there without being asked for. */
  stderrIsTTY?: boolean;
}

export type Command = (args: string[], io: CommandIo) => Promise<number>;

const commands: Record<string, { summary: string; run: Command }> = {};

export function registerCommand(name: string, summary: string, run: Command): void {
  commands[name] = { summary, run };
}

export class UsageError extends Error {}

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  mailtrust ${name.padEnd(9)} ${c.summary}`);
  return ['Usage:', ...lines, '  mailtrust --version', ''].join('\n');
}

export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    io.stdout(`mailtrust ${version}\n`);
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`mailtrust: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`mailtrust ${name}: ${error.message}\n`);
      return 2;
    }
    io.stderr(`mailtrust ${name}: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    return 1;
  }
}
