// The hop chain: every Received field (RFC 5321 §4.4: each relay prepends one, so the top one is the
// newest), put in order oldest -> newest, with the delay at each hop and the total. A negative delay
// means the two hosts' clocks disagree: it is flagged as clock skew rather than shown as a delay.
import type { HeaderField } from '../headers/header-field';
import { parseReceived, type ReceivedField, type ReceivedFrom } from '../headers/parse-received';
import { classifyIp, type IpScope } from '../net/classify-ip';

export interface HopSender extends ReceivedFrom {
  /** Scope of the connecting IP; null when the hop names no IP. */
  ipScope: IpScope | null;
}

/** The clauses of the Received field that a hop carries as parsed (see ReceivedField for each). */
type HopClauses = Pick<ReceivedField, 'by' | 'via' | 'with' | 'protocol' | 'id' | 'for' | 'tls' | 'authenticated'>;

export interface PathHop extends HopClauses {
  /** Position in the chain, 0 = the oldest (the bottom Received field). */
  index: number;
  /** 1-based line of the Received field in the input. */
  line: number;
  from: HopSender | null;
  /** The hop's timestamp in ISO 8601 (UTC); null when missing or unreadable. */
  date: string | null;
  /** The date as written, when it could not be read. */
  unreadableDate: string | null;
  /** Seconds since the nearest older hop with a date; null for the first hop or without dates. */
  delaySeconds: number | null;
  /** True when this hop's date is earlier than the older hop's: the clocks disagree. */
  clockSkew: boolean;
  /** The unfolded Received value. */
  raw: string;
}

export interface HopChain {
  hops: PathHop[];
  /** Seconds from the oldest to the newest dated hop; null with fewer than two dates or when negative. */
  totalDelaySeconds: number | null;
  /** True when any hop shows clock skew. */
  clockSkew: boolean;
}

/** Builds the hop chain from the message's header fields (top to bottom as written); never throws. */
export function buildHops(fields: HeaderField[]): HopChain {
  const received = fields.filter((field) => field.key === 'received');
  const epochs: (number | null)[] = [];
  const hops: PathHop[] = received.reverse().map((field, index) => {
    const parsed = parseReceived(field.value);
    const date = parsed.date?.ok ? parsed.date : null;
    epochs.push(date ? date.epochMs : null);
    return {
      index,
      line: field.line,
      from: parsed.from ? { ...parsed.from, ipScope: parsed.from.ip ? classifyIp(parsed.from.ip) : null } : null,
      by: parsed.by,
      via: parsed.via,
      with: parsed.with,
      protocol: parsed.protocol,
      id: parsed.id,
      for: parsed.for,
      date: date ? date.iso : null,
      unreadableDate: parsed.date && !parsed.date.ok ? parsed.date.text : null,
      delaySeconds: null,
      clockSkew: false,
      tls: parsed.tls,
      authenticated: parsed.authenticated,
      raw: parsed.text,
    };
  });
  let previous: number | null = null;
  let first: number | null = null;
  let last: number | null = null;
  for (const hop of hops) {
    const epoch = epochs[hop.index] ?? null;
    if (epoch === null) continue;
    if (previous !== null) {
      const delay = Math.round((epoch - previous) / 1000);
      hop.delaySeconds = delay;
      hop.clockSkew = delay < 0;
    }
    previous = epoch;
    first ??= epoch;
    last = epoch;
  }
  const clockSkew = hops.some((hop) => hop.clockSkew);
  const total = first !== null && last !== null && hops.filter((hop) => hop.date).length >= 2 ? Math.round((last - first) / 1000) : null;
  return { hops, totalDelaySeconds: total !== null && total >= 0 ? total : null, clockSkew };
}
