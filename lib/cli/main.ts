// The `mailtrust` command line (design notes, "Contracts"). Each subcommand lives in its own file
// and is registered below. Exit status: 0 analysed, 2 bad usage or input, 1 a fault of the program.
// The language: `--lang en|fr` anywhere on the line, else LC_ALL / LC_MESSAGES / LANG (gettext's order).
import type { Catalog } from '../i18n/catalog';
import { langOfEnvironment, type Lang } from '../i18n/lang';
import type { CliProblem } from '../i18n/output';
import { catalogFor } from '../i18n/render';
import { version } from './version';

export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  isTTY: boolean;
  /** stderr is a terminal: batch progress is drawn there without being asked for. */
  stderrIsTTY?: boolean;
  /** The process environment, for the language (LC_ALL, LC_MESSAGES, LANG) and NO_COLOR. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Set by main(): the language of the output, and whether --lang chose it (then --json follows it too). */
  lang?: Lang;
  langExplicit?: boolean;
}

export type Command = (args: string[], io: CommandIo) => Promise<number>;

type CommandName = keyof Catalog['output']['usage'] & ('analyze' | 'spf');

const commands: Partial<Record<CommandName, Command>> = {};

export function registerCommand(name: CommandName, run: Command): void {
  commands[name] = run;
}

/** Bad usage or input, as data: main() words it in the output's language. */
export class UsageError extends Error {
  constructor(readonly problem: CliProblem) {
    super(catalogFor('en').output.problem(problem));
  }
}

function usage(catalog: Catalog): string {
  const words = catalog.output.usage;
  const lines = (Object.keys(commands) as CommandName[]).map((name) => `  mailtrust ${name.padEnd(9)} ${words[name]}`);
  return [words.heading, ...lines, '  mailtrust --version', '  --lang en|fr', ''].join('\n');
}

/** `--lang X` or `--lang=X` taken out of the arguments; null when absent. */
function takeLang(argv: string[]): { rest: string[]; value: string | null } {
  const rest: string[] = [];
  let value: string | null = null;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--lang') {
      value = argv[index + 1] ?? '';
      index += 1;
    } else if (arg.startsWith('--lang=')) {
      value = arg.slice('--lang='.length);
    } else {
      rest.push(arg);
    }
  }
  return { rest, value };
}

export async function main(argv: string[], io: CommandIo): Promise<number> {
  const chosen = takeLang(argv);
  const fromEnvironment = langOfEnvironment(io.env ?? {});
  const catalog = catalogFor(chosen.value === 'en' || chosen.value === 'fr' ? chosen.value : fromEnvironment);
  const [name, ...rest] = chosen.rest;
  if (chosen.value !== null && chosen.value !== 'en' && chosen.value !== 'fr') {
    io.stderr(`mailtrust: ${catalog.output.problem({ kind: 'bad-lang', value: chosen.value })}\n`);
    return 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`mailtrust ${version}\n`);
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage(catalog));
    return name ? 0 : 2;
  }
  const command = commands[name as CommandName];
  if (!command) {
    io.stderr(`mailtrust: ${catalog.output.problem({ kind: 'unknown-command', name })}\n${usage(catalog)}`);
    return 2;
  }
  try {
    return await command(rest, { ...io, lang: catalog.lang, langExplicit: chosen.value !== null });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`mailtrust ${name}: ${catalog.output.problem(error.problem)}\n`);
      return 2;
    }
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    io.stderr(`mailtrust ${name}: ${catalog.output.problem({ kind: 'internal-error', detail })}\n`);
    return 1;
  }
}
