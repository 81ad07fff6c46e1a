// The one way the CLI and the extension get a Resolver: DoH to a known or custom resolver (with retry,
// fallback, a concurrency cap and a cache), a zone file, a zone overlay, or offline. The analysis keeps
// its own log of what it asked (lib/analyze/share-answers.ts); the resolver keeps none.
import { cacheAnswers, type CacheOptions } from './caching-resolver';
import { DohResolver } from './doh-resolver';
import type { DohTransport } from './doh-transport';
import { withRetryAndFallback } from './fallback-resolver';
import { KNOWN_RESOLVERS, isKnownResolverId, resolveEndpoint, type EndpointProblem, type KnownResolverId } from './known-resolvers';
import { limitConcurrency } from './limit-concurrency';
import { OfflineResolver } from './offline-resolver';
import { overlayZone } from './overlay-resolver';
import type { Resolver } from './types';
import type { Zone } from './zone';
import { ZoneResolver } from './zone-resolver';

export interface CreateResolverOptions {
  /** A known resolver or a custom DoH URL (https:, or http: on loopback). Default: cloudflare. */
  resolver?: KnownResolverId | string;
  /**
   * Asked once the first resolver failed twice. Default: another operator for a known resolver, none for
   * a custom URL (whoever picks their own resolver does not want queries to go elsewhere). false: none.
   */
  fallback?: KnownResolverId | string | false;
  /** Per request. Default 3000. */
  timeoutMs?: number;
  /** Default GET (see DohOptions.method). */
  method?: 'GET' | 'POST';
  /** The HTTP exchange under each DoH query: default fetch; the CLI passes Node's http (doh-transport.ts). */
  transport?: DohTransport;
  /** Requests in flight at once. Default 6. */
  maxInFlight?: number;
  /** Default true; false for measurements, or options such as a test clock. */
  cache?: boolean | CacheOptions;
  /** --offline: every query fails with reason 'offline' and nothing is sent. */
  offline?: boolean;
  /** --zone: answer from this zone alone ('only'), or put it in front of the live resolver ('overlay'). */
  zone?: { zone: Zone; mode: 'only' | 'overlay' };
}

/** Why no resolver could be made from the options, as data (worded by lib/i18n/<lang>/dns.ts). */
export type ResolverProblem =
  | EndpointProblem
  | { kind: 'bad-timeout'; timeoutMs: number }
  /** The fallback resolver's choice is the one that cannot be used. */
  | { kind: 'bad-fallback'; problem: EndpointProblem };

export type CreateResolverResult = { ok: true; resolver: Resolver } | { ok: false; problem: ResolverProblem };

const DEFAULT_TIMEOUT_MS = 3000;
const DEFAULT_MAX_IN_FLIGHT = 32;

export function createResolver(options: CreateResolverOptions = {}): CreateResolverResult {
  if (options.offline) return { ok: true, resolver: new OfflineResolver() };
  if (options.zone?.mode === 'only') return { ok: true, resolver: new ZoneResolver(options.zone.zone) };
  const live = createLiveResolver(options);
  if (!live.ok) return live;
  const resolver = options.zone ? overlayZone(options.zone.zone, live.resolver) : live.resolver;
  return { ok: true, resolver };
}

function createLiveResolver(options: CreateResolverOptions): CreateResolverResult {
  const choice = options.resolver ?? 'cloudflare';
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) return { ok: false, problem: { kind: 'bad-timeout', timeoutMs } };
  const primary = resolveEndpoint(choice);
  if (!primary.ok) return primary;
  const fallbackChoice = options.fallback ?? (isKnownResolverId(choice) ? KNOWN_RESOLVERS[choice].fallback : false);
  const secondary = fallbackChoice === false ? undefined : resolveEndpoint(fallbackChoice);
  if (secondary && !secondary.ok) return { ok: false, problem: { kind: 'bad-fallback', problem: secondary.problem } };

  const doh = (endpoint: { url: string; label: string }) =>
    new DohResolver({ ...endpoint, timeoutMs, method: options.method ?? 'GET', ...(options.transport ? { transport: options.transport } : {}) });
  let resolver: Resolver = withRetryAndFallback(doh(primary), secondary?.ok ? doh(secondary) : undefined);
  resolver = limitConcurrency(resolver, options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT);
  // The cache sits outside the cap, so merged and cached queries never wait for a slot.
  if (options.cache !== false) resolver = cacheAnswers(resolver, options.cache === true || options.cache === undefined ? {} : options.cache);
  return { ok: true, resolver };
}
