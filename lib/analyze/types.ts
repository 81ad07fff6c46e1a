// The options of analyze() (design notes, "Contracts") and the state of one analysis in progress.
import type { Resolver } from '../dns/types';
import type { ArcCheck, DkimEntry, DmarcCheck, DnsMode, HeloCheck, IprevCheck, NotChecked, Pending, ProgressEvent, SpfCheck } from '../report/types';
import type { HeaderDomainsResult } from '../auth/domain/types';
import type { MailOrganizations } from '../auth/mail-provider/find-mail-organizations';

export interface AnalyzeOptions {
  /** The only way the analysis reaches DNS. */
  resolver: Resolver;
  /** When the re-check runs (the report's checkedAt; SPF's %{t}). Default: the current time. */
  now?: Date;
  /** authserv-ids whose Authentication-Results to believe besides the edge receiver's (--trust, the options page). */
  trustedAuthservIds?: readonly string[];
  signal?: AbortSignal;
  /** Partial results as checks finish. */
  onProgress?: (event: ProgressEvent) => void;
  /** Which hop's sender to evaluate as the top-level spf/iprev/helo: the edge (default) or the origin when forwarded. */
  hop?: 'edge' | 'origin';
  /** Overrides the resolver's own mode (Resolver.mode; 'doh' when it declares none). */
  dnsMode?: DnsMode;
  /**
   * The whole re-check's time budget in milliseconds (default 20 s): checks unfinished by then are
   * "not checked: time limit" and the verdict is unknown. A dead resolver cannot hold a report forever.
   */
  deadlineMs?: number;
}

export type Slot<T> = T | NotChecked | Pending;

export interface HopState {
  hop: 'edge' | 'origin';
  ip: string | null;
  heloName: string | null;
  iprev: Slot<IprevCheck>;
  helo: Slot<HeloCheck>;
  spf: Slot<SpfCheck>;
}

export interface CheckState {
  hops: HopState[];
  dkim: DkimEntry[] | Pending;
  dmarc: Slot<DmarcCheck>;
  arc: Slot<ArcCheck>;
  domains: Slot<HeaderDomainsResult>;
  /** Whom the author's domain hands its mail to: decides whether a PTR or HELO name is "another domain". */
  mailOrganizations: Slot<MailOrganizations>;
}
