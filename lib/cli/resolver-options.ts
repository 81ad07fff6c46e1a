// The DNS options every command shares: --zone ZONE.json answers from a file alone, --offline asks
// nothing, otherwise DNS over HTTPS to --resolver (design notes, "Contracts"). Bad values are usage errors.
import { readFile } from 'node:fs/promises';
import { createResolver } from '../dns/create-resolver';
import type { Resolver } from '../dns/types';
import { parseZone } from '../dns/zone';
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
    throw new UsageError({ kind: 'zone-file', file: options.zone, detail: error instanceof Error ? error.message : String(error) });
  }
  const zone = parseZone(json);
  if (!zone.ok) throw new UsageError({ kind: 'zone-file', file: options.zone, detail: zone.error });
  return unwrap(createResolver({ zone: { zone: zone.zone, mode: 'only' } }), `--zone ${options.zone}`);
}

function unwrap(result: ReturnType<typeof createResolver>, option: string): Resolver {
  if (!result.ok) throw new UsageError({ kind: 'resolver', option, detail: result.error });
  return result.resolver;
}
