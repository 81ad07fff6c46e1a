// The options of analyze() (design notes, "Contracts") and the state of one analysis in progress.
import type { Resolver } from '../dns/types';
import type { ArcCheck, CheckName, DkimEntry, DmarcCheck, DnsMode, HeloCheck, HopCheckName, IprevCheck, MxCheck, NotChecked, Pending, ProgressEvent, SpfCheck } from '../report/types';
import type { HeaderDomainsResult } from '../auth/domain/types';
import type { MailOrganizations } from '../auth/mail-provider/find-mail-organizations';
import type { Exactly } from '../report/exactly';

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

/** What each check's slot holds once it has run: the Report's type for that check (lib/report/types.ts). */
export interface CheckResults {
  iprev: IprevCheck;
  helo: HeloCheck;
  spf: SpfCheck;
  dkim: DkimEntry[];
  dmarc: DmarcCheck;
  arc: ArcCheck;
  domains: HeaderDomainsResult;
  mx: MxCheck;
}

/** The checks run once per message (the others run once per sending hop). */
export type MessageCheckName = Exclude<CheckName, HopCheckName>;

export type HopSlots = { [K in HopCheckName]: Slot<CheckResults[K]> };
export type MessageSlots = { [K in MessageCheckName]: Slot<CheckResults[K]> };

/** A sending hop the checks judge: the edge, and the origin when the message was forwarded. */
export interface HopState {
  hop: 'edge' | 'origin';
  ip: string | null;
  heloName: string | null;
  checks: HopSlots;
}

export interface CheckState {
  hops: HopState[];
  checks: MessageSlots;
  /** Whom the author's domain hands its mail to: decides whether a PTR or HELO name is "another domain". */
  mailOrganizations: Slot<MailOrganizations>;
}

// Every check has a slot in CheckResults: the compiler checks it when a check is added to CheckName.
export const RESULTS_COVER_EVERY_CHECK: Exactly<keyof CheckResults, CheckName> = true;
