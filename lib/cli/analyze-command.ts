// `mailtrust analyze FILE... | - [--json] [--markdown] [--zone ZONE.json] [--offline] [--resolver URL|cloudflare|google|quad9]
//  [--now ISO-8601] [--trust AUTHSERV-ID]... [--deadline SECONDS] [--progress]` (design notes, "Contracts"). Human output by default; --json prints
// one report per line (NDJSON, in argument order, each with `file` when there are several); a directory
// is walked for .eml files and ends with a summary table. Exit 0 when analysed whatever the verdict,
// 2 for bad usage or input that is not an email (one line on stderr), 1 for a fault of the program.
import { parseArgs } from 'node:util';
import { analyze } from '../analyze';
import { resolverFromOptions } from './resolver-options';
import type { Resolver } from '../dns/types';
import { reportToJson } from '../report/to-json';
import { reportToMarkdown } from '../report/to-markdown';
import type { Report } from '../report/types';
import { batchProgress } from './batch-progress';
import { BatchSummary } from './batch-summary';
import { formatReport } from './format-report';
import { terminalSafe } from './terminal-text';
import { registerCommand, UsageError, type CommandIo } from './main';
import { expandInputs, InputRefused, type InputSource } from './read-message-file';
import { runBatch } from './run-batch';

const USAGE =
  'usage: mailtrust analyze FILE...|DIRECTORY|- [--json] [--markdown] [--zone ZONE.json] [--offline] [--resolver URL|cloudflare|google|quad9] [--now ISO-8601] [--trust AUTHSERV-ID]... [--deadline SECONDS] [--progress]';

// Usage errors stay on one line (design notes: a one-line reason on stderr); the full usage is one flag away.
const HELP = 'see mailtrust analyze --help';

// Messages analysed at once in a batch: their DNS round trips overlap (one shared resolver and cache),
// output stays in argument order. Each message needs a few queries at a time, so 16 messages keep the
// DoH client's 32 requests in flight busy without queueing behind each other for long.
const BATCH_CONCURRENCY = 16;

interface AnalyzeArgs {
  files: string[];
  output: 'human' | 'json' | 'markdown';
  zone: string | undefined;
  offline: boolean;
  resolver: string | undefined;
  now: Date | undefined;
  trust: string[];
  deadlineMs: number | undefined;
  /** Progress on stderr even when it is not a terminal. */
  progress: boolean;
}

registerCommand('analyze', 'explain how Zendesk would judge a message (verdict, findings, fixes)', runAnalyze);

export async function runAnalyze(argv: string[], io: CommandIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const args = readArgs(argv);
  const resolver = await resolverFromOptions(args);
  const expansion = await expandInputs(args.files, io.readStdin);
  if (!expansion.ok) throw new UsageError(expansion.error);
  const { sources, batch } = expansion;
  if (sources.length === 0) throw new UsageError(`no .eml files found in ${args.files.join(', ')}`);

  const summary = new BatchSummary();
  const live = io.stderrIsTTY === true;
  const progress = batch && (live || args.progress) ? batchProgress(sources.length, { write: io.stderr, live }) : null;
  let notEmail = false;
  let fault = false;
  const work = (source: InputSource) => analyzeSource(source, args, resolver);
  const emit = (source: InputSource, outcome: Outcome) => {
    progress?.step();
    // One file's failure is that file's line; the batch goes on, and the exit status says so.
    const failed = (message: string, isFault: boolean) => {
      if (isFault) fault = true;
      else notEmail = true;
      io.stderr(`mailtrust analyze: ${terminalSafe(`${source.name}: ${message}`)}\n`);
      if (args.output === 'json' && batch) io.stdout(`${JSON.stringify({ file: source.name, error: message })}\n`);
    };
    if (outcome.kind === 'error') return failed(outcome.message, outcome.fault);
    const { report } = outcome;
    summary.add(report);
    const faultFinding = report.findings.find((finding) => finding.id === 'analysis.fault');
    if (faultFinding) {
      fault = true;
      io.stderr(`mailtrust analyze: ${terminalSafe(`${source.name}: ${faultFinding.explanation}`)}\n`);
    }
    if (report.input.kind === 'not-email') {
      notEmail = true;
      io.stderr(`mailtrust analyze: ${terminalSafe(`${source.name}: ${report.input.problem?.message ?? 'not an email message'}`)}\n`);
      // NDJSON keeps one line per input so scripts can pair lines with files; other outputs skip it.
      if (!(args.output === 'json' && batch)) return;
    }
    let text: string;
    try {
      text = render(report, args, batch ? source.name : undefined, io.isTTY && !noColourRequested());
    } catch (error) {
      return failed(`internal error while writing the report: ${error instanceof Error ? error.message : String(error)}`, true);
    }
    io.stdout(text);
  };
  await runBatch(sources, { concurrency: BATCH_CONCURRENCY, work, emit });
  progress?.done();
  if (batch && args.output === 'human' && sources.length > 1) io.stdout(summary.format());
  return fault ? 1 : notEmail ? 2 : 0;
}

/** A report, or why this one input could not be analysed: refused or unreadable (2) or a fault (1). */
type Outcome = { kind: 'report'; report: Report } | { kind: 'error'; message: string; fault: boolean };

async function analyzeSource(source: InputSource, args: AnalyzeArgs, resolver: Resolver): Promise<Outcome> {
  let text: string;
  try {
    text = await source.read();
  } catch (error) {
    return { kind: 'error', message: readError(error), fault: false };
  }
  try {
    const report = await analyze(text, {
      resolver,
      ...(args.now ? { now: args.now } : {}),
      trustedAuthservIds: args.trust,
      ...(args.deadlineMs !== undefined ? { deadlineMs: args.deadlineMs } : {}),
    });
    return { kind: 'report', report };
  } catch (error) {
    return { kind: 'error', message: `internal error: ${error instanceof Error ? error.message : String(error)}`, fault: true };
  }
}

/** "permission denied" rather than a stack: the file's problem, said plainly. */
function readError(error: unknown): string {
  if (error instanceof InputRefused) return error.message;
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const plain: Record<string, string> = { EACCES: 'permission denied', EISDIR: 'is a directory', ENOENT: 'no such file or directory', EMFILE: 'too many open files' };
  return plain[code] ?? `could not be read (${error instanceof Error ? error.message : String(error)})`;
}

/** https://no-color.org: a non-empty NO_COLOR turns colour off even on a terminal. */
function noColourRequested(): boolean {
  return typeof process !== 'undefined' && Boolean(process.env.NO_COLOR);
}

function render(report: Report, args: AnalyzeArgs, file: string | undefined, colour: boolean): string {
  switch (args.output) {
    case 'json':
      return `${reportToJson(report, { indent: 0, ...(file !== undefined ? { file } : {}) })}\n`;
    case 'markdown':
      return `${file !== undefined ? `#### ${file.replace(/[\\`*_[\]<>#]/g, (c) => `\\${c}`)}\n\n` : ''}${reportToMarkdown(report)}\n`;
    case 'human':
      return `${formatReport(report, { colour }, file)}\n`;
  }
}

function readArgs(argv: string[]): AnalyzeArgs {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)} (${HELP})`);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError(`no input: give a file, a directory or - for stdin (${HELP})`);
  if (values.json && values.markdown) throw new UsageError('--json and --markdown exclude each other');
  const sources = [values.zone !== undefined && '--zone', values.offline && '--offline', values.resolver !== undefined && '--resolver'].filter(Boolean);
  if (sources.length > 1) throw new UsageError(`${sources.join(' and ')} exclude each other`);
  let now: Date | undefined;
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (!/^\d{4}-\d{2}-\d{2}/.test(values.now) || Number.isNaN(now.getTime())) throw new UsageError(`--now "${values.now}" is not an ISO 8601 date`);
  }
  let deadlineMs: number | undefined;
  if (values.deadline !== undefined) {
    const seconds = Number(values.deadline);
    if (!/^\d+(\.\d+)?$/.test(values.deadline) || !(seconds > 0)) throw new UsageError(`--deadline "${values.deadline}" is not a positive number of seconds`);
    deadlineMs = seconds * 1000;
  }
  return {
    files: positionals,
    output: values.json ? 'json' : values.markdown ? 'markdown' : 'human',
    zone: values.zone,
    offline: values.offline === true,
    resolver: values.resolver,
    now,
    trust: values.trust ?? [],
    deadlineMs,
    progress: values.progress === true,
  };
}

const OPTIONS = {
  json: { type: 'boolean' },
  markdown: { type: 'boolean' },
  zone: { type: 'string' },
  offline: { type: 'boolean' },
  resolver: { type: 'string' },
  now: { type: 'string' },
  trust: { type: 'string', multiple: true },
  deadline: { type: 'string' },
  progress: { type: 'boolean' },
} as const;

