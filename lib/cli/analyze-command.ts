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
import { collectBatchGarbageSooner } from './batch-heap';
import { batchProgress } from './batch-progress';
import { BatchSummary, type SummaryEntry } from './batch-summary';
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
  if (sources.length > 1) collectBatchGarbageSooner();
  const catalog = catalogFor(io.lang ?? 'en');
  const words = catalog.output;

  const summary = new BatchSummary();
  const live = io.stderrIsTTY === true;
  const progress = batch && (live || args.progress) ? batchProgress(sources.length, { write: io.stderr, live, words: words.batch }) : null;
  let notEmail = false;
  let fault = false;
  const colour = io.isTTY && !noColourRequested(io.env);
  // Each message is rendered as soon as its analysis ends, and only its text and the few facts the
  // summary counts wait for the messages before it: a batch keeps no Report (nor parsed message) longer
  // than it takes to render it, however slow an earlier message is.
  const work = async (source: InputSource): Promise<Finished> => {
    const outcome = await analyzeSource(source, args, resolver);
    return outcome.kind === 'error' ? { kind: 'error', problem: outcome.problem, fault: outcome.fault } : finish(source, outcome.report);
  };
  const finish = (source: InputSource, report: Report): Finished => {
    const shown = catalog.lang === 'en' ? report : localizeReport(report, catalog.lang);
    const faultFinding = shown.findings.find((finding) => finding.id === 'analysis.fault');
    const notEmailReport = report.input.kind === 'not-email';
    const warnings = faultFinding ? [faultFinding.explanation] : [];
    if (notEmailReport) warnings.push(words.problem({ kind: 'not-email', reason: shown.input.problem?.message ?? shown.findings[0]?.title ?? '' }));
    const done = { kind: 'report' as const, counted: BatchSummary.entryOf(report), fault: faultFinding !== undefined, notEmail: notEmailReport, warnings };
    // NDJSON keeps one line per input so scripts can pair lines with files; other outputs skip it.
    if (notEmailReport && !(args.output === 'json' && batch)) return { ...done, output: { kind: 'none' } };
    try {
      // --json keeps the Report's English unless --lang asked for another language explicitly.
      const json = io.langExplicit ? shown : report;
      return { ...done, output: { kind: 'text', text: render(args.output === 'json' ? json : shown, args, batch ? source.name : undefined, colour, catalog) } };
    } catch (error) {
      return { ...done, output: { kind: 'problem', problem: { kind: 'internal-error', detail: error instanceof Error ? error.message : String(error) } } };
    }
  };
  const emit = (source: InputSource, done: Finished) => {
    progress?.step();
    const say = (text: string) => io.stderr(`mailtrust analyze: ${terminalSafe(`${source.name}: ${text}`)}\n`);
    // One file's failure is that file's line; the batch goes on, and the exit status says so.
    // NDJSON's `error` stays English (scripts match on it); stderr speaks the output's language.
    const failed = (problem: CliProblem, isFault: boolean) => {
      if (isFault) fault = true;
      else notEmail = true;
      say(words.problem(problem));
      if (args.output === 'json' && batch) io.stdout(`${JSON.stringify({ file: source.name, error: ENGLISH.output.problem(problem) })}\n`);
    };
    if (done.kind === 'error') return failed(done.problem, done.fault);
    summary.add(done.counted);
    if (done.fault) fault = true;
    if (done.notEmail) notEmail = true;
    for (const warning of done.warnings) say(warning);
    if (done.output.kind === 'text') io.stdout(done.output.text);
    else if (done.output.kind === 'problem') failed(done.output.problem, true);
  };
  await runBatch(sources, { concurrency: BATCH_CONCURRENCY, work, emit });
  progress?.done();
  if (batch && args.output === 'human' && sources.length > 1) io.stdout(summary.format(catalog));
  return fault ? 1 : notEmail ? 2 : 0;
}

const ENGLISH = catalogFor('en');

/** A report, or why this one input could not be analysed: refused or unreadable (2) or a fault (1). */
type Outcome = { kind: 'report'; report: Report } | { kind: 'error'; problem: CliProblem; fault: boolean };

/**
 * What a finished message leaves for its turn in the output: what the summary counts, the lines for
 * stderr, and its rendered output (none when the output skips a not-email input; a problem when it
 * could not be rendered).
 */
type Finished =
  | {
    kind: 'report';
    counted: SummaryEntry;
    fault: boolean;
    notEmail: boolean;
    warnings: string[];
    output: { kind: 'text'; text: string } | { kind: 'none' } | { kind: 'problem'; problem: CliProblem };
  }
  | { kind: 'error'; problem: CliProblem; fault: boolean };

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

