// Asking DNS questions before a check needs their answers, without changing what the check concludes:
// the check still asks in its own order and reads only what it asks for. Questions asked ahead go out
// marked (QueryOptions.prefetch) so the analysis's DNS log can say so; each name and type is asked once,
// whether the check or the look-ahead asks first.
import type { DnsResult, QueryOptions, RecordType, Resolver } from './types';

export interface AnswersAhead {
  /** For the check: reads answers asked ahead, and asks anything else of the inner resolver. */
  readonly resolver: Resolver;
  /** Asks now, ahead of need; null once `limit` questions have been asked ahead. */
  ahead(name: string, type: RecordType): Promise<DnsResult> | null;
  /** Questions asked ahead so far. */
  readonly sent: number;
}

export interface AskAheadOptions {
  /** Bounds the questions asked ahead (a hostile record must not fan out); unbounded when absent. */
  limit?: number;
  signal?: AbortSignal;
}

export function askAhead(inner: Resolver, options: AskAheadOptions = {}): AnswersAhead {
  const asked = new Map<string, Promise<DnsResult>>();
  const aheadOptions: QueryOptions = { ...(options.signal ? { signal: options.signal } : {}), prefetch: true };
  let sent = 0;
  // The exact name as asked: a look-ahead must produce the very name the check will ask for.
  const keyOf = (name: string, type: RecordType) => `${type} ${name}`;

  const ask = (name: string, type: RecordType, queryOptions: QueryOptions | undefined) => {
    const key = keyOf(name, type);
    const known = asked.get(key);
    if (known) return known;
    const pending = inner.query(name, type, queryOptions);
    asked.set(key, pending);
    return pending;
  };

  return {
    resolver: { label: inner.label, mode: inner.mode, query: (name, type, queryOptions) => ask(name, type, queryOptions) },
    ahead(name, type) {
      const known = asked.get(keyOf(name, type));
      if (known) return known;
      if (options.limit !== undefined && sent >= options.limit) return null;
      sent++;
      const pending = ask(name, type, aheadOptions);
      // Nobody may ever await an answer asked ahead: a resolver that breaks its contract and rejects
      // must not become an unhandled rejection (whoever does await it still gets the rejection).
      pending.catch(() => undefined);
      return pending;
    },
    get sent() {
      return sent;
    },
  };
}
