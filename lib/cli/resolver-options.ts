// The DNS options every command shares: --zone ZONE.json answers from a file alone, --offline asks
// nothing, otherwise DNS over HTTPS to --resolver (design notes, "Contracts"). Bad values are usage errors.
import { readFile } from 'node:fs/promises';
import { createResolver } from '../dns/create-resolver';
import type { Resolver } from '../dns/types';
import { parseZone } from '../dns/zone';
import type { ZoneFileProblem } from '../i18n/dns';
import { UsageError } from './main';
import { nodeDohTransport } from './node-doh-transport';

export interface ResolverOptions {
  zone?: string;
  offline?: boolean;
  resolver?: string;
}

export async function resolverFromOptions(options: ResolverOptions): Promise<Resolver> {
  if (options.offline) return unwrap(createResolver({ offline: true }), '--offline');
  if (options.zone === undefined) {
    return unwrap(createResolver({ transport: nodeDohTransport, ...(options.resolver !== undefined ? { resolver: options.resolver } : {}) }), '--resolver');
  }
  let json: unknown;
  try {
    json = JSON.parse(await readFile(options.zone, 'utf8'));
  } catch (error) {
    throw new UsageError({ kind: 'zone-file', file: options.zone, problem: zoneFileProblem(error) });
  }
  const zone = parseZone(json);
  if (!zone.ok) throw new UsageError({ kind: 'zone-file', file: options.zone, problem: zone.problem });
  return unwrap(createResolver({ zone: { zone: zone.zone, mode: 'only' } }), `--zone ${options.zone}`);
}

function unwrap(result: ReturnType<typeof createResolver>, option: string): Resolver {
  if (!result.ok) throw new UsageError({ kind: 'resolver', option, problem: result.problem });
  return result.resolver;
}

/** readFile fails with a system error code; JSON.parse with a SyntaxError that says where. */
function zoneFileProblem(error: unknown): ZoneFileProblem {
  if (error instanceof SyntaxError) return { kind: 'not-json', detail: error.message };
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'EIO';
  return { kind: 'unreadable', code };
}
