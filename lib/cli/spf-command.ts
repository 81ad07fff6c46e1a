// `mailtrust spf --ip IP --sender ADDRESS --helo NAME [--zone ZONE.json] [--resolver URL] [--json]`:
// one SPF evaluation (design notes, "Contracts"), printed as JSON or as a readable trace.
import { parseArgs } from 'node:util';
import { checkSpf, MAX_DNS_TERMS, MAX_VOID_LOOKUPS, type SpfResult, type SpfTraceNode } from '../auth/spf';
import type { Catalog } from '../i18n/catalog';
import { formatFor } from '../i18n/format';
import { catalogFor } from '../i18n/render';
import { wordSpfResult } from '../i18n/spf-trace';
import { parseIp } from '../net/ip-address';
import { resolverFromOptions } from './resolver-options';
import { registerCommand, UsageError, type CommandIo } from './main';
import { terminalSafe } from './terminal-text';

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
  const checked = await checkSpf({ ip: args.ip, sender: args.sender, helo: args.helo }, { resolver });
  // The trace's words in the output's language; --json stays English unless --lang chose (as `analyze`).
  const catalog = catalogFor(args.json && !io.langExplicit ? 'en' : (io.lang ?? 'en'));
  const result = wordSpfResult(checked, catalog);
  io.stdout(args.json ? `${JSON.stringify(toJson(result))}\n` : describe(result, catalog));
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
    ...('cause' in result ? { reason: result.reason, cause: result.cause, why: result.why } : {}),
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
  const words = catalog.spfTrace.command;
  const lines = [words.heading(result.result, result.sender, result.ip)];
  if ('match' in result) lines.push(result.match ? words.matched(result.match.term, result.match.domain) : words.matchedNothing);
  if ('reason' in result && result.reason !== undefined) lines.push(words.reason(result.reason));
  if (result.result === 'fail') lines.push(words.explanation(result.explanation));
  lines.push(words.counts({ lookups: result.lookups, maxLookups: MAX_DNS_TERMS, voidLookups: result.voidLookups, maxVoid: MAX_VOID_LOOKUPS }, formatFor(catalog.lang)));
  lines.push(words.trace);
  appendNode(lines, result.trace, 1, catalog);
  // Records and names come from the DNS: terminal-safe, line by line.
  return `${lines.map(terminalSafe).join('\n')}\n`;
}

function appendNode(lines: string[], node: SpfTraceNode, depth: number, catalog: Catalog): void {
  const indent = '  '.repeat(depth);
  // An error's reason is already shown on the term that raised it; show it here only otherwise.
  const showReason = node.reason !== undefined && (node.terms.length === 0 || node.result === 'neutral');
  lines.push(`${indent}${node.domain}: ${node.record ?? catalog.spfTrace.command.noRecord} => ${node.result}${showReason ? ` (${node.reason})` : ''}`);
  for (const term of node.terms) {
    lines.push(`${indent}  ${term.term}: ${catalog.spfTrace.outcome[term.outcome]} - ${term.detail ?? ''}`);
    if (term.child) appendNode(lines, term.child, depth + 2, catalog);
  }
}
