// `mailtrust analyze FILE... | - [--json] [--markdown | --note] [--zone ZONE.json] [--offline] [--resolver URL|cloudflare|google|quad9]
//  [--now ISO-8601] [--trust AUTHSERV-ID]... [--deadline SECONDS] [--progress]` (design notes, "Contracts"). Human output by default; --json prints
// one report per line (NDJSON, in argument order, each with `file` when there are several); a directory
// is walked for .eml files and ends with a summary table. Exit 0 when analysed whatever the verdict,
// 2 for bad usage or input that is not an email (one line on stderr), 1 for a fault of the program.
import { parseArgs } from 'node:util';
import { analyze } from '../analyze';
import { resolverFromOptions } from './resolver-options';
import type { Resolver } from '../dns/types';
import { reportToJson } from '../report/to-json';
import type { Catalog } from '../i18n/catalog';
import { reportToMarkdown } from '../i18n/render/markdown-note';
import { reportToPlainNote } from '../i18n/render/note-plain';
import type { CliProblem } from '../i18n/output';
import { catalogFor, localizeReport } from '../i18n/render';
import type { Report } from '../report/types';
import { batchProgress } from './batch-progress';
import { BatchSummary } from './batch-summary';
import { formatReport } from './format-report';
import { terminalSafe } from './terminal-text';
import { registerCommand, UsageError, type CommandIo } from './main';
import { expandInputs, InputRefused, type InputSource } from './read-message-file';
import { runBatch } from './run-batch';

const USAGE =
  'usage: mailtrust analyze FILE...|DIRECTORY|- [--json] [--markdown | --note] [--zone ZONE.json] [--offline] [--resolver URL|cloudflare|google|quad9] [--now ISO-8601] [--trust AUTHSERV-ID]... [--deadline SECONDS] [--progress]';

// Messages analysed at once in a batch: their DNS round trips overlap (one shared resolver and cache),
// output stays in argument order. Each message needs a few queries at a time, so 16 messages keep the
// DoH client's 32 requests in flight busy without queueing behind each other for long.
const BATCH_CONCURRENCY = 16;

interface AnalyzeArgs {
  files: string[];
  output: 'human' | 'json' | 'markdown' | 'note';
  zone: string | undefined;
  offline: boolean;
  resolver: string | undefined;
  now: Date | undefined;
  trust: string[];
  deadlineMs: number | undefined;
  /** Progress on stderr even when it is not a terminal. */
  progress: boolean;
}

registerCommand('analyze', runAnalyze);

export async function runAnalyze(argv: string[], io: CommandIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const args = readArgs(argv);
  const resolver = await resolverFromOptions(args);
  const expansion = await expandInputs(args.files, io.readStdin);
  if (!expansion.ok) throw new UsageError({ kind: 'no-such-file', name: expansion.missing });
  const { sources, batch } = expansion;
  if (sources.length === 0) throw new UsageError({ kind: 'no-eml-files', inputs: args.files });
  const catalog = catalogFor(io.lang ?? 'en');
  const words = catalog.output;

  const summary = new BatchSummary();
  const live = io.stderrIsTTY === true;
  const progress = batch && (live || args.progress) ? batchProgress(sources.length, { write: io.stderr, live, words: words.batch }) : null;
  let notEmail = false;
  let fault = false;
  const work = (source: InputSource) => analyzeSource(source, args, resolver);
  const emit = (source: InputSource, outcome: Outcome) => {
    progress?.step();
    // One file's failure is that file's line; the batch goes on, and the exit status says so.
    // NDJSON's `error` stays English (scripts match on it); stderr speaks the output's language.
    const failed = (problem: CliProblem, isFault: boolean) => {
      if (isFault) fault = true;
      else notEmail = true;
      io.stderr(`mailtrust analyze: ${terminalSafe(`${source.name}: ${words.problem(problem)}`)}\n`);
      if (args.output === 'json' && batch) io.stdout(`${JSON.stringify({ file: source.name, error: ENGLISH.output.problem(problem) })}\n`);
    };
    if (outcome.kind === 'error') return failed(outcome.problem, outcome.fault);
    const report = outcome.report;
    const shown = catalog.lang === 'en' ? report : localizeReport(report, catalog.lang);
    summary.add(report);
    const faultFinding = shown.findings.find((finding) => finding.id === 'analysis.fault');
    if (faultFinding) {
      fault = true;
      io.stderr(`mailtrust analyze: ${terminalSafe(`${source.name}: ${faultFinding.explanation}`)}\n`);
    }
    if (report.input.kind === 'not-email') {
      notEmail = true;
      const reason = shown.input.problem?.message ?? shown.findings[0]?.title ?? '';
      io.stderr(`mailtrust analyze: ${terminalSafe(`${source.name}: ${words.problem({ kind: 'not-email', reason })}`)}\n`);
      // NDJSON keeps one line per input so scripts can pair lines with files; other outputs skip it.
      if (!(args.output === 'json' && batch)) return;
    }
    let text: string;
    try {
      // --json keeps the Report's English unless --lang asked for another language explicitly.
      const json = io.langExplicit ? shown : report;
      text = render(args.output === 'json' ? json : shown, args, batch ? source.name : undefined, io.isTTY && !noColourRequested(io.env), catalog);
    } catch (error) {
      return failed({ kind: 'internal-error', detail: error instanceof Error ? error.message : String(error) }, true);
    }
    io.stdout(text);
  };
  await runBatch(sources, { concurrency: BATCH_CONCURRENCY, work, emit });
  progress?.done();
  if (batch && args.output === 'human' && sources.length > 1) io.stdout(summary.format(catalog));
  return fault ? 1 : notEmail ? 2 : 0;
}

const ENGLISH = catalogFor('en');

/** A report, or why this one input could not be analysed: refused or unreadable (2) or a fault (1). */
type Outcome = { kind: 'report'; report: Report } | { kind: 'error'; problem: CliProblem; fault: boolean };

async function analyzeSource(source: InputSource, args: AnalyzeArgs, resolver: Resolver): Promise<Outcome> {
  let text: string;
  try {
    text = await source.read();
  } catch (error) {
    return { kind: 'error', problem: readError(error), fault: false };
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
    return { kind: 'error', problem: { kind: 'internal-error', detail: error instanceof Error ? error.message : String(error) }, fault: true };
  }
}

/** "permission denied" rather than a stack: the file's problem, said plainly. */
function readError(error: unknown): CliProblem {
  if (error instanceof InputRefused) return { kind: 'refused', problem: error.problem };
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'EACCES':
      return { kind: 'permission-denied' };
    case 'EISDIR':
      return { kind: 'is-directory' };
    case 'ENOENT':
      return { kind: 'vanished' };
    case 'EMFILE':
      return { kind: 'too-many-open-files' };
    default:
      return { kind: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** https://no-color.org: a non-empty NO_COLOR turns colour off even on a terminal. */
function noColourRequested(env: CommandIo['env']): boolean {
  return Boolean((env ?? (typeof process !== 'undefined' ? process.env : {})).NO_COLOR);
}

/** The report (already in the output's language) as the chosen output. */
function render(report: Report, args: AnalyzeArgs, file: string | undefined, colour: boolean, catalog: Catalog): string {
  switch (args.output) {
    case 'json':
      return `${reportToJson(report, { indent: 0, ...(file !== undefined ? { file } : {}) })}\n`;
    case 'markdown':
      // The report is already localized: the note only adds its own words in the same language.
      return `${file !== undefined ? `#### ${file.replace(/[\\`*_[\]<>#]/g, (c) => `\\${c}`)}\n\n` : ''}${reportToMarkdown(report, catalog.lang)}\n`;
    case 'note':
      // The plain-text note: what the extension's "Copy note" writes, to paste where Markdown is not rendered.
      return `${file !== undefined ? `${file}\n\n` : ''}${reportToPlainNote(report, catalog.lang)}\n`;
    case 'human':
      return `${formatReport(report, { colour, catalog }, file)}\n`;
  }
}

function readArgs(argv: string[]): AnalyzeArgs {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError({ kind: 'bad-option', detail: error instanceof Error ? error.message : String(error) });
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError({ kind: 'no-input' });
  const outputs = [values.json && '--json', values.markdown && '--markdown', values.note && '--note'].filter((option): option is string => typeof option === 'string');
  if (outputs.length > 1) throw new UsageError({ kind: 'exclusive', options: outputs });
  const sources = [values.zone !== undefined && '--zone', values.offline && '--offline', values.resolver !== undefined && '--resolver'].filter((option): option is string => typeof option === 'string');
  if (sources.length > 1) throw new UsageError({ kind: 'exclusive', options: sources });
  let now: Date | undefined;
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (!/^\d{4}-\d{2}-\d{2}/.test(values.now) || Number.isNaN(now.getTime())) throw new UsageError({ kind: 'bad-date', option: '--now', value: values.now });
  }
  let deadlineMs: number | undefined;
  if (values.deadline !== undefined) {
    const seconds = Number(values.deadline);
    if (!/^\d+(\.\d+)?$/.test(values.deadline) || !(seconds > 0)) throw new UsageError({ kind: 'bad-deadline', value: values.deadline });
    deadlineMs = seconds * 1000;
  }
  return {
    files: positionals,
    output: values.json ? 'json' : values.markdown ? 'markdown' : values.note ? 'note' : 'human',
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
  note: { type: 'boolean' },
  zone: { type: 'string' },
  offline: { type: 'boolean' },
  resolver: { type: 'string' },
  now: { type: 'string' },
  trust: { type: 'string', multiple: true },
  deadline: { type: 'string' },
  progress: { type: 'boolean' },
} as const;

