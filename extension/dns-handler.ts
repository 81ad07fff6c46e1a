// The background's DNS service: pages (popup, report tab) ask the service worker for a lookup by typed
// message, and the service worker runs the DoH client (lib/dns) — fetch only, no XMLHttpRequest there.
import { defineExtensionMessaging } from '@webext-core/messaging';
import { createResolver } from '../lib/dns/create-resolver';
import type { DnsResult, RecordType, Resolver } from '../lib/dns/types';
import { formatFor } from '../lib/i18n/format';
import { catalogFor } from '../lib/i18n/render';

const ENGLISH = catalogFor('en').dnsSetup;

export interface DnsQueryRequest {
  /** 'cloudflare' | 'google' | 'quad9' or a custom DoH URL (its origin needs a granted host permission or CORS). */
  resolver: string;
  name: string;
  type: RecordType;
  timeoutMs?: number;
}

export type DnsQueryResponse = { ok: true; result: DnsResult } | { ok: false; error: string };

export interface DnsProtocolMap {
  dnsQuery(data: DnsQueryRequest): DnsQueryResponse;
}

export const { sendMessage: sendDnsMessage, onMessage: onDnsMessage } = defineExtensionMessaging<DnsProtocolMap>();

// One resolver (and so one cache) per choice of resolver and timeout, for as long as the worker lives.
const resolvers = new Map<string, Resolver>();

export async function answerDnsQuery(request: DnsQueryRequest): Promise<DnsQueryResponse> {
  const key = `${request.resolver} ${request.timeoutMs ?? ''}`;
  let resolver = resolvers.get(key);
  if (!resolver) {
    const created = createResolver({ resolver: request.resolver, ...(request.timeoutMs ? { timeoutMs: request.timeoutMs } : {}) });
    // The page that asked words its own errors; this one only reaches a developer's console.
    if (!created.ok) return { ok: false, error: ENGLISH.resolverProblem(created.problem, formatFor('en')) };
    resolver = created.resolver;
    resolvers.set(key, resolver);
  }
  return { ok: true, result: await resolver.query(request.name, request.type) };
}

/** Called once by the background entrypoint. */
export function registerDnsHandler(): void {
  onDnsMessage('dnsQuery', ({ data }) => answerDnsQuery(data));
  // The end-to-end tests drive the same function from the service worker's global scope.
  (globalThis as { mailtrustDnsQuery?: typeof answerDnsQuery }).mailtrustDnsQuery = answerDnsQuery;
}
