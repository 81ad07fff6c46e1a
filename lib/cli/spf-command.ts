// `mailtrust spf --ip IP --sender ADDRESS --helo NAME [--zone ZONE.json] [--resolver URL] [--json]`:
// one SPF evaluation (design notes, "Contracts"), printed as JSON or as a readable trace.
import { parseArgs } from 'node:util';
import { checkSpf, type SpfResult, type SpfTraceNode } from '../auth/spf';
import { parseIp } from '../net/ip-address';
import { resolverFromOptions } from './resolver-options';
import { registerCommand, UsageError, type CommandIo } from './main';
import { terminalSafe } from './terminal-text';
import type { Catalog } from '../i18n/catalog';
import { formatFor } from '../i18n/format';
import { catalogFor } from '../i18n/render';

const USAGE = 'usage: mailtrust spf --ip IP --sender ADDRESS --helo NAME [--zone ZONE.json] [--resolver URL] [--json]';

interface SpfArgs {
  ip: string;
  sender: string;
  helo: string;
  zone: string | undefined;
  resolver: string | undefined;
  json: boolean;
}

registerCommand('spf', runSpf);

export async function runSpf(argv: string[], io: CommandIo): Promise<number> {
  const args = readArgs(argv);
  const resolver = await resolverFromOptions(args);
  const result = await checkSpf({ ip: args.ip, sender: args.sender, helo: args.helo }, { resolver });
  io.stdout(args.json ? `${JSON.stringify(toJson(result))}\n` : describe(result, catalogFor(io.lang ?? 'en')));
  return 0;
}

function readArgs(argv: string[]): SpfArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        ip: { type: 'string' },
        sender: { type: 'string' },
        helo: { type: 'string' },
        zone: { type: 'string' },
        resolver: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError({ kind: 'bad-option', detail: `${error instanceof Error ? error.message : String(error)} (${USAGE})` });
  }
  const text = (name: string): string | undefined => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const ip = text('ip');
  const sender = text('sender');
  const helo = text('helo');
  // --sender may be empty ("" stands for the null reverse-path <>), but it must be given.
  if (ip === undefined || sender === undefined || helo === undefined) {
    const missing = [ip === undefined && '--ip', sender === undefined && '--sender', helo === undefined && '--helo'].filter((option): option is string => typeof option === 'string');
    throw new UsageError({ kind: 'missing-options', options: missing });
  }
  if (!parseIp(ip.trim())) throw new UsageError({ kind: 'bad-ip', value: ip });
  if (text('zone') !== undefined && text('resolver') !== undefined) throw new UsageError({ kind: 'exclusive', options: ['--zone', '--resolver'] });
  return { ip, sender, helo, zone: text('zone'), resolver: text('resolver'), json: values.json === true };
}

/** The JSON contract: { result, explanation?, lookups, voidLookups, trace }, plus what matched or why. */
function toJson(result: SpfResult): Record<string, unknown> {
  return {
    result: result.result,
    ...(result.result === 'fail' ? { explanation: result.explanation } : {}),
    ...('match' in result && result.match ? { match: result.match } : {}),
    ...('reason' in result ? { reason: result.reason, cause: result.cause } : {}),
    identity: result.identity,
    sender: result.sender,
    domain: result.domain,
    ip: result.ip,
    lookups: result.lookups,
    voidLookups: result.voidLookups,
    trace: result.trace,
  };
}

function describe(result: SpfResult, catalog: Catalog): string {
  const words = catalog.output.spfCommand;
  const format = formatFor(catalog.lang);
  const lines = [words.heading(result.result, result.sender, result.ip)];
  if ('match' in result) lines.push(result.match ? words.matched(result.match.term, result.match.domain) : words.matchedNothing);
  if ('cause' in result) lines.push(`${words.reason}: ${catalog.checks.spfCause(result.cause, format)}`);
  if (result.result === 'fail') lines.push(`${words.explanation}: ${result.explanation}`);
  lines.push(words.limits(result.lookups, result.voidLookups, format));
  lines.push(`${words.trace}:`);
  appendNode(lines, result.trace, 1, words.noRecord);
  // Records and names come from the DNS: terminal-safe, line by line.
  return `${lines.map(terminalSafe).join('\n')}\n`;
}

function appendNode(lines: string[], node: SpfTraceNode, depth: number, noRecord: string): void {
  const indent = '  '.repeat(depth);
  // An error's reason is already shown on the term that raised it; show it here only otherwise.
  const showReason = node.reason !== undefined && (node.terms.length === 0 || node.result === 'neutral');
  lines.push(`${indent}${node.domain}: ${node.record ?? noRecord} => ${node.result}${showReason ? ` (${node.reason})` : ''}`);
  for (const term of node.terms) {
    lines.push(`${indent}  ${term.term}: ${term.outcome} - ${term.detail}`);
    if (term.child) appendNode(lines, term.child, depth + 2, noRecord);
  }
}
