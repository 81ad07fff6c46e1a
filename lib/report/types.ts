// The Report (design notes, "Contracts", schema 1): everything one analysis found, as plain serialisable
// data. It crosses the extension's messaging boundary and is the CLI's --json output, so it holds no
// class instance, Map, Date or function: strings, numbers, booleans, arrays and plain objects only.
// The checks' own result types are embedded as they are, with the summary fields the UI and the verdict
// read most added beside them.
import type { ArcResult } from '../auth/arc/types';
import type { DkimResult } from '../auth/dkim/types';
import type { HeaderDomainsResult } from '../auth/domain/types';
import type { DmarcPolicy, DmarcResult } from '../auth/dmarc/types';
import type { HeloResult, RuleOutcome } from '../auth/helo/types';
import type { IprevResult } from '../auth/iprev/types';
import type { MxResult } from '../auth/mx/types';
import type { SpfResult, SpfTraceStep } from '../auth/spf/types';
import type { DnsMode, Rcode, RecordType } from '../dns/types';
import type { MailingList } from '../headers/parse-list-headers';
import type { DnsQuery, WordedFailure } from '../dns/query-log';
import type { EdgeReason } from '../path/find-edge';
import type { InputProblem } from '../message/check-input';
import type { InputRepair } from '../message/recognize-input';
import type { FindingId } from './finding-ids';
import type { FindingParams } from './params';
import type { CheckName, HopCheckName } from './params/check-name';
import type { ComparedMethod, DriftReason } from './params/receiver';
import type { FixParams } from './params/fixes';
import type { ForwardingSignKind } from './params/arc';

export type { ForwardingSignKind } from './params/arc';

export type { EdgeReason } from '../path/find-edge';
export type { FindingId } from './finding-ids';
/** A DNS log entry (dns.queries[], the query progress event); the shape is lib/dns's. */
export type { DnsQuery, WordedFailure } from '../dns/query-log';

/** Bump it, with a note in the README, when the Report's shape changes. */
// Schema 2 (compatible with 1: only additions): verdict.today, fix.actor, authResults[].methods[].policy.
// Schema 3 (compatible with 2: only additions): findings[].params and findings[].fix.params, the facts the
// words are rendered from (lib/i18n); title, explanation and fix.description stay, in English; mx, the From
// domain's MX check (finding ids mx.*).
// Schema 4 (compatible with 3: only additions): verdict.reasons[].polarity and .decides (and the same on
// verdict.today.reasons); the reasons come in reading order, those that decide first, passes last.
// Also schema 4: the parsers' facts beside their words (dkim[].reason.detail, dmarc.found.record.problems[].expected,
// arc.instances[].authResults.unreadable, domains.unchecked[].cause, forwarding.signs[] facts, a note's sign).
export const REPORT_SCHEMA = 4 as const;

// ---------------------------------------------------------------------------------------------------
// Checks that did not run

export type NotCheckedReason =
  /** --offline, or a resolver that makes no query: header evidence only. */
  | 'offline'
  /** No Received hop from outside the receiving system was found, so there is no IP or HELO to check. */
  | 'no-edge-hop'
  /** The hop is known but does not state the IP (or HELO) this check needs. */
  | 'no-ip'
  | 'no-helo'
  /** No usable From (or MAIL FROM) domain to check. */
  | 'no-domain'
  /** A header block alone, or headers this check needs are absent (no ARC sets, no DKIM-Signature). */
  | 'headers-missing'
  /** The caller aborted the analysis (AbortSignal). */
  | 'aborted'
  /** More of these than one analysis checks (DKIM signatures, header domains): the first ones were checked. */
  | 'limit'
  /** The analysis deadline passed before this check finished (AnalyzeOptions.deadlineMs). */
  | 'time-limit'
  /** The engine has no implementation of this check in this build. */
  | 'unavailable';

/**
 * Why a check did not run, with the facts its sentence needs (schema 3 adds them; they are optional so a
 * Report of schema 1 or 2 still reads): the catalogs word it (lib/i18n path texts).
 */
export type NotCheckedFacts =
  | { reason: Exclude<NotCheckedReason, 'no-ip' | 'no-helo' | 'limit' | 'time-limit'> }
  /** The hop whose Received field lacks the IP or HELO name. */
  | { reason: 'no-ip' | 'no-helo'; hop?: 'edge' | 'origin' }
  /** How many DKIM signatures one analysis checks. */
  | { reason: 'limit'; limit?: number }
  /** The deadline that passed, in milliseconds. */
  | { reason: 'time-limit'; limitMs?: number };

/** A check that did not run, and why: never `null` with a hidden meaning. */
export type NotChecked = NotCheckedFacts & {
  result: 'not-checked';
  /** The reason in a plain sentence, rendered from the facts by the catalog (English in the Report). */
  message: string;
};

/** Only in progress drafts: the check is still waiting for DNS. */
export interface Pending {
  result: 'pending';
}

// ---------------------------------------------------------------------------------------------------
// Input and message

export type InputKind =
  /** Header section and body: every check can run. */
  | 'full'
  /** A header block alone: DKIM body hashes cannot be checked (bodyChecked: false). */
  | 'headers-only'
  /** Not an email (empty, binary, no header lines, too large): nothing was analysed. */
  | 'not-email';

export type InputProblemReason = 'empty' | 'too-large' | 'binary' | 'no-header-lines' | 'no-email-fields';

export interface InputSummary {
  kind: InputKind;
  /** How the text was recognised: a message, a header block, Gmail's "Show original" page, Outlook's header box, mbox. */
  form: 'message' | 'header-block' | 'gmail-show-original' | 'outlook-header-box' | 'mbox' | null;
  /** Length of the text analysed, in UTF-16 code units (bytes for ASCII mail). */
  size: number;
  headerSize: number;
  /** null for a header block alone. */
  bodySize: number | null;
  headerFieldCount: number;
  /** Set when kind is 'not-email': the problem's facts (sizes, offset; schema 3) and `message`, it in words. */
  problem?: InputProblem & { message: string };
  /** What the parser repaired or ignored (stray lines, a Gmail "Show original" page, quoted "> " lines), in words. */
  notes: string[];
  /** The same repairs as facts, which `notes` are rendered from (schema 3). */
  repairs?: InputRepair[];
}

export interface AddressSummary {
  /** The display name, decoded; null when absent. */
  name: string | null;
  /** local@domain; the domain in lower-case A-labels when it is a valid domain name. */
  address: string;
  /** The domain (lower case), or null when the address has none or it is not a domain name. */
  domain: string | null;
}

export interface HeaderRef {
  /** The field name as written. */
  field: string;
  /** 1-based line of the input where the field starts. */
  line: number;
  /** The field exactly as received (folded lines joined with CRLF). */
  raw: string;
}

export interface MessageSummary {
  subject: string | null;
  from: AddressSummary[];
  to: AddressSummary[];
  cc: AddressSummary[];
  replyTo: AddressSummary[];
  sender: AddressSummary | null;
  /** The Return-Path (RFC 5321 MAIL FROM): '' for the null reverse-path "<>", null when absent. */
  returnPath: string | null;
  /** ISO 8601 when it parsed; the text as written otherwise in dateText. */
  date: string | null;
  dateText: string | null;
  messageId: string | null;
  /**
   * The mailing list that relayed the message (RFC 2919 List-Id, RFC 2369 List-Post), as the fields claim it;
   * null when none names one. Added in schema 4.
   */
  list: MailingList | null;
  /** The fields these values came from, for evidence. */
  fields: HeaderRef[];
}

// ---------------------------------------------------------------------------------------------------
// Path: Received hops, edge, origin, forwarding

export interface HopTls {
  version: string | null;
  cipher: string | null;
}

/** One Received field; the report lists hops oldest first (the bottom Received field is index 0). */
export interface Hop {
  /** 0 = the oldest hop (the bottom Received field). */
  index: number;
  /** The HELO/EHLO name the client gave, as recorded. */
  helo: string | null;
  /** The reverse-DNS name the receiver found, as it claims. */
  rdns: string | null;
  ip: string | null;
  by: string | null;
  with: string | null;
  id: string | null;
  for: string | null;
  tls: HopTls | null;
  /** The sender authenticated (ESMTPA/ESMTPSA, "Authenticated sender:"). */
  authenticated: boolean;
  /** ISO 8601 when the date parsed. */
  date: string | null;
  /** Seconds since the previous (older) hop; null for the first hop or without dates. */
  delaySeconds: number | null;
  /** This hop's date is earlier than the older hop's: the clocks disagree (not a delay). */
  clockSkew: boolean;
  /** A private, loopback or link-local address: a hop inside one system. */
  internal: boolean;
  /** The hop is the edge or above it: written by the receiving organization. */
  receivingSide: boolean;
  /** An authenticated submission (RFC 3848): the author handing the message to their provider; never judged. */
  submission: boolean;
  line: number;
  raw: string;
}

/** The hop where the receiving system accepted the message from outside. */
export interface EdgeSummary {
  hopIndex: number;
  ip: string | null;
  helo: string | null;
  rdns: string | null;
  /** The receiving host ("by"), and its organizational domain: whose Authentication-Results to believe. */
  receiver: string | null;
  receiverDomain: string | null;
  /** Why this hop was chosen as the edge, as data. */
  reason: EdgeReason;
  /** The same reason in words ("reached mx1.contoso.com, an MX host of contoso.com"). */
  reasonText: string;
  /** True when the edge rests on header marks, not on the recipient domain's MX answer. */
  inferred: boolean;
  /** The recipient the edge was placed for (for clause, Delivered-To, To), when known. */
  recipient: string | null;
}

/** The first external sender when the message was forwarded. */
export interface OriginSummary {
  hopIndex: number;
  ip: string | null;
  helo: string | null;
  rdns: string | null;
  /** The host that accepted it from the origin (the forwarder's side). */
  receiver: string | null;
  /** The forwarder's organization the origin was found below, when known (schema 3): reasonText is rendered from it. */
  forwarder?: string | null;
  /** Why this hop is the origin, in words ("the first sender outside the forwarder forwarder.example ..."). */
  reasonText: string;
}


/** What a forwarding sign is, with its facts (schema 4): the ARC sealers, the Resent field names, the header's value, the two domains. */
export type ForwardingSignFacts =
  | { kind: 'arc-set'; sealers: { domain: string | null; instance: number | null }[] }
  | { kind: 'resent-fields'; names: string[] }
  | { kind: 'x-forwarded-to' | 'x-forwarded-for' | 'x-google-original-from'; value: string }
  | { kind: 'recipient-domain-change'; from: string; to: string }
  | { kind: Exclude<ForwardingSignKind, 'arc-set' | 'resent-fields' | 'x-forwarded-to' | 'x-forwarded-for' | 'x-google-original-from' | 'recipient-domain-change'> };

/** A forwarding sign: its facts, and `description`, their words (English in the Report; lib/i18n path texts). */
export type ForwardingSign = ForwardingSignFacts & {
  description: string;
  line: number | null;
};

export interface ForwardingSummary {
  detected: boolean;
  signs: ForwardingSign[];
}

// ---------------------------------------------------------------------------------------------------
// Authentication-Results as written (then)

export interface AuthMethodSummary {
  method: string;
  /**
   * dmarc only: the policy the receiver wrote beside its result ("(p=REJECT)", Microsoft's action=),
   * absent when it wrote none. A recorded dmarc=fail weighs by it. Added in schema 2.
   */
  policy?: DmarcPolicy;
  result: string;
  reason: string | null;
  /** ptype.property=value, e.g. { ptype: 'smtp', property: 'mailfrom', value: 'example.com' }. */
  properties: { ptype: string; property: string; value: string }[];
}

export type AuthResultsTrust =
  /** The authserv-id is the receiver found at the edge (its host or organizational domain). */
  | 'edge-receiver'
  /** The user (or --trust) said to believe this authserv-id. */
  | 'user-trusted'
  /**
   * Exchange Online writes no authserv-id; the field sits in the receiving organization's own block (above
   * the Received field where Exchange Online took the message in) and the message carries its
   * X-MS-Exchange-Organization / X-Forefront marks, named in trustMarks.
   */
  | 'exchange-online'
  /** Anyone can write this field: shown as a claim, not used as evidence of what the receiver saw. */
  | 'claim';

export interface AuthResultsEntry {
  /** null when the field has no authserv-id (Microsoft's form). */
  authservId: string | null;
  trusted: boolean;
  trust: AuthResultsTrust;
  /** What made a field without authserv-id trusted ('exchange-online'): the marks found. */
  trustMarks?: string[];
  /** 'arc' for an ARC-Authentication-Results (what a forwarder saw), with its instance. */
  source: 'authentication-results' | 'arc' | 'received-spf';
  arcInstance?: number;
  methods: AuthMethodSummary[];
  line: number;
  raw: string;
}

// ---------------------------------------------------------------------------------------------------
// Re-checks (now)

export type SpfCheck = SpfResult & {
  /** Which hop's client was checked. */
  hop: 'edge' | 'origin';
};

export type DkimEntry =
  | (DkimResult & {
      /** RFC 7489 §3.1.1: d= is the From domain or shares its organizational domain (relaxed), or equals it (strict). null when there is no From domain. */
      aligned: boolean | null;
    })
  | (NotChecked & { d: string | null; s: string | null; field: { raw: string; line: number } });

export type DmarcCheck = DmarcResult & {
  /** The domain whose _dmarc record applied (the From domain or its organizational domain); null when none was found. */
  domain: string | null;
  /** The record text; null when none applied. */
  record: string | null;
  /**
   * The policy the domain asks for failing mail (p=, sp= or np=); null without a record. (DmarcResult's
   * own `policy`, present for pass and fail, is the full decision with pct and what was applied.)
   */
  requestedPolicy: DmarcPolicy | null;
};

export type ArcCheck = ArcResult & {
  /** A plain sentence: why the chain passed, failed or is absent (the design's "reason"). */
  summary: string;
  /** The chain passed and its first sealer (i=1) saw the author's authentication pass (RFC 8617 §7.2). */
  vouches: boolean;
};

export type IprevCheck = IprevResult & {
  hop: 'edge' | 'origin';
  /** A PTR name's forward lookup leads back to the IP (RFC 8601 §3). */
  forwardConfirmed: boolean;
  /** A PTR name looks residential or generic (IP digits, ISP words). */
  generic: boolean;
};

export type HeloCheck = HeloResult & {
  hop: 'edge' | 'origin';
  resolves: RuleOutcome;
  matchesMx: RuleOutcome;
  sameOrganization: RuleOutcome;
};

/** Can replies reach the From domain: its MX hosts, implicit MX or null MX (RFC 5321 §5.1, RFC 7505). Added in schema 3. */
export type MxCheck = MxResult;

/** The checks run for one hop (the edge, and the origin too when forwarded). */
export interface HopChecks {
  hop: 'edge' | 'origin';
  ip: string | null;
  /** The HELO name the hop recorded. */
  heloName: string | null;
  iprev: IprevCheck | NotChecked;
  helo: HeloCheck | NotChecked;
  spf: SpfCheck | NotChecked;
}

// ---------------------------------------------------------------------------------------------------
// Then and now

export type { ComparedMethod, DriftReason } from './params/receiver';

/** One method compared: what the receiver's trusted Authentication-Results said, and what the re-check says. */
export interface ThenAndNow {
  method: ComparedMethod;
  /** For DKIM, the d= of the signature compared. */
  domain: string | null;
  then: { result: string; authservId: string | null; line: number } | null;
  now: string;
  differs: boolean;
  likelyReason: DriftReason | null;
  explanation: string | null;
}

export interface EmbeddedSummary {
  contentType: 'message/rfc822' | 'message/global' | 'text/rfc822-headers';
  /** The inner message's text, to pass to analyze() as it is. */
  text: string;
  subject: string | null;
  from: string | null;
}

// ---------------------------------------------------------------------------------------------------
// Findings

export type Severity = 'fail' | 'warn' | 'info' | 'pass';

export type Evidence =
  /** A header field as received. */
  | { kind: 'header'; field: string; line: number; text: string }
  /** A DNS answer or failure. `answers` are the records rendered as text ("v=spf1 ...", "10 mx.example.com"). */
  | {
      kind: 'dns';
      name: string;
      type: RecordType;
      rcode: Rcode | null;
      /** The failure's facts and, in `message`, its words (English in the Report, the page's language once localized). */
      failure: WordedFailure | null;
      answers: string[];
      ad: boolean;
      ms: number;
    }
  /** One Authentication-Results method as the receiver (or a claimant) wrote it. */
  | { kind: 'auth-result'; authservId: string | null; trusted: boolean; method: string; result: string; line: number; text: string }
  /**
   * A step of a check's own trace (an SPF term, a DKIM verification step). `step` (schema 3) holds an SPF
   * trace line's facts; `text` is its words (English in the Report, the page's language once localized).
   */
  | { kind: 'check'; check: CheckName; text: string; step?: SpfTraceStep }
  /**
   * A fact the analysis derived (e.g. "the edge hop is line 3"), in words. `sign` (schema 4): the forwarding
   * sign the note words, so every language words it again.
   */
  | { kind: 'note'; text: string; sign?: ForwardingSign };

/** The recommendation of Zendesk's article (or the RFC) that a finding comes from. */
export type RecommendationId =
  | 'article.1-ptr'
  | 'article.2-helo'
  | 'article.3-spf'
  | 'article.4-authentication'
  | 'article.5-arc'
  | 'article.web-forms'
  | 'article.not-trusted'
  | 'article.suspension'
  | 'rfc';

/**
 * What an RFC recommendation ('rfc') is about; the catalogs word its title. Added in schema 3 (optional:
 * Reports of schema 1 and 2 carry their English title alone).
 */
export type RfcTopic =
  /** RFC 5322 §3.6: exactly one From and one Date field. */
  | 'one-from-one-date'
  /** RFC 5322 §3.3: the date and time specification. */
  | 'date-time'
  /** RFC 5322 §2.1: a message is its whole header section, a blank line, then the body. */
  | 'whole-message'
  /** RFC 5321 §4.4: each server that accepts a message adds a Received field naming itself. */
  | 'received-fields'
  /** RFC 5321 §4.4: each relay records the client's IP and HELO in its Received field. */
  | 'received-client'
  /** RFC 5321 §6.3: loops are detected by counting Received fields. */
  | 'loop-detection'
  /** RFC 7208 §2.6.6, RFC 6376 §6.1.2: a DNS failure is a temporary error, not a result. */
  | 'dns-failure-temporary'
  /** Not an RFC: a fault of MailTrust itself, to report. */
  | 'report-fault';

export interface Recommendation {
  id: RecommendationId;
  /** For 'rfc': what the section is about (schema 3). */
  topic?: RfcTopic;
  title: string;
  /** "Zendesk: Ensuring email system compatibility with Zendesk, recommendation 1" or "RFC 7489 §6.3". */
  source: string;
}

export type FixKind = 'spf-record' | 'dmarc-record' | 'ptr-record' | 'helo-name' | 'dkim-key' | 'header' | 'arc-sealing';

/**
 * Who must act on a fix (design notes, "Judgement": fixes go to someone who can act): the owner of the
 * author's domain (its DNS records), the operator of the sending server (its PTR and HELO name), or the
 * agent reading the report. Added in schema 2.
 */
export type FixActor = 'domain-owner' | 'server-operator' | 'agent';

/** A fix as data: what to publish or configure (`text`, copyable), and the facts its description is rendered from. */
export type FixData = { [K in FixKind]: FixOf<K> }[FixKind];

interface FixOf<K extends FixKind> {
  kind: K;
  actor?: FixActor;
  /** Copyable text: a DNS record value, a hostname, a header line. */
  text: string;
  /** The DNS name the record goes to, when it is a record. */
  name?: string;
  /** The facts the catalogs render `description` from (schema 3). */
  params: FixParams[K];
}

/** A fix in the Report: its data, and `description` rendered in English (lib/i18n) for scripts of schema 1 and 2. */
export type Fix = FixData & {
  /** What to do with it, e.g. "Publish as TXT at example.com, replacing the current SPF record". */
  description: string;
};

interface FindingBase {
  severity: Severity;
  evidence: Evidence[];
  recommendation: Recommendation;
  /** Which hop the finding is about, for hop-specific checks (PTR, HELO, SPF). */
  hop?: 'edge' | 'origin';
}

/**
 * A finding as data (what the engine's checks produce): its stable id, and params typed by that id that
 * hold facts (names, addresses, counts, which variant), never sentences. The catalogs of lib/i18n render
 * it into words in each language.
 */
export type FindingData = { [K in FindingId]: FindingBase & { id: K; params: FindingParams[K]; fix?: FixData } }[FindingId];

/** What a builder decides case by case (id, severity, params), keyed by id so params stay typed by their id. */
export type FindingHead = { [K in FindingId]: { id: K; severity: Severity; params: FindingParams[K] } }[FindingId];

/**
 * A finding in the Report: its data, and `title`, `explanation` and `fix.description` rendered in English
 * by the same renderer the pages use for French (kept for scripts of schema 1 and 2).
 */
export type Finding = { [K in FindingId]: FindingBase & { id: K; params: FindingParams[K]; title: string; explanation: string; fix?: Fix } }[FindingId];


// ---------------------------------------------------------------------------------------------------
// Verdict

export type VerdictLevel = 'trusted' | 'low-trust' | 'likely-suspended' | 'unknown';

/** Zendesk's suspension causes that header evidence can point to. */
export type ZendeskCause =
  | 'failed-email-authentication'
  | 'automated-response'
  | 'delivery-failure'
  | 'out-of-office'
  | 'system-user'
  | 'noreply-recipient'
  | 'invalid-sender-domain'
  | 'mail-loop'
  | 'detected-as-spam';

export interface VerdictReason {
  /** The rule of the verdict table that fired. */
  rule: string;
  text: string;
  findings: FindingId[];
  /** Schema 4: 'fail' or 'warn' for a problem, 'pass' for authentication in the message's favour. */
  polarity: 'fail' | 'warn' | 'pass';
  /** Schema 4: the rule gives the verdict's level (what made the verdict); the reasons that decide come first. */
  decides: boolean;
}

export interface Verdict {
  level: VerdictLevel;
  /** One paragraph, plain words. */
  summary: string;
  /** Those that decide first, then the other problems, then the passes (schema 4). */
  reasons: VerdictReason[];
  zendeskCauses: ZendeskCause[];
  /** The edge receiver, when it is not Zendesk: the summary then starts with "Received by <it>: ...". */
  receivedBy?: string;
  /**
   * How the same message fares on today's re-check, present only when that differs from the verdict,
   * which answers for the message at arrival (design notes, "Time"). Added in schema 2.
   */
  today?: TodayVerdict;
}

export interface TodayVerdict {
  level: VerdictLevel;
  summary: string;
  reasons: VerdictReason[];
}

// ---------------------------------------------------------------------------------------------------
// DNS

/** dns.mode: what the DNS of the re-check stood for; the Resolver declares it (lib/dns). */
export type { DnsMode } from '../dns/types';

export type { CheckName, HopCheckName } from './params/check-name';

export interface DnsSummary {
  /** The resolver's label. */
  resolver: string;
  mode: DnsMode;
  queries: DnsQuery[];
  /** Queries that failed (timeout, network, SERVFAIL); when all failed, the verdict is unknown. */
  failedCount: number;
}

// ---------------------------------------------------------------------------------------------------
// The Report

export interface Report {
  schema: typeof REPORT_SCHEMA;
  generator: { name: 'mailtrust'; version: string };
  /** The time the re-check ran (options.now), ISO 8601. */
  checkedAt: string;
  input: InputSummary;
  message: MessageSummary;
  hops: Hop[];
  edge: EdgeSummary | null;
  origin: OriginSummary | null;
  forwarding: ForwardingSummary;
  /** Which hop the sender checks (iprev, helo, spf) were evaluated for: the edge unless options.hop chose the origin. */
  evaluatedHop: 'edge' | 'origin';
  authResults: AuthResultsEntry[];
  /** The evaluated hop's checks, at the top level as the design notes list them. */
  spf: SpfCheck | NotChecked;
  dkim: DkimEntry[];
  dmarc: DmarcCheck | NotChecked;
  arc: ArcCheck | NotChecked;
  iprev: IprevCheck | NotChecked;
  helo: HeloCheck | NotChecked;
  /** Both hops when forwarded: the edge always (when found), the origin when there is one. */
  hopChecks: HopChecks[];
  /** Do the domains of From, Reply-To, Sender, To and Return-Path exist? */
  domains: HeaderDomainsResult | NotChecked;
  /** Can replies reach the From domain (RFC 5321 §5.1, RFC 7505)? Added in schema 3. */
  mx: MxCheck | NotChecked;
  thenAndNow: ThenAndNow[];
  /**
   * The original message inside a bounce, complaint or forward-as-attachment (RFC 3464, RFC 5965,
   * RFC 2046 §5.2.1): offered for an analysis of its own. null when there is none.
   */
  embedded: EmbeddedSummary | null;
  findings: Finding[];
  verdict: Verdict;
  dns: DnsSummary;
}

// Every check has its field in the Report, and every hop check its field in HopChecks: the compiler checks
// it when a check is added to CheckName (docs/adding-a-check.md).
export const REPORT_HOLDS_EVERY_CHECK: CheckName extends keyof Report ? (HopCheckName extends keyof HopChecks ? true : never) : never = true;

/** Where `file` goes in the CLI's NDJSON (several files with --json). */
export type FileReport = Report & { file: string };

// ---------------------------------------------------------------------------------------------------
// Progress (analyze's onProgress): partial results as checks finish, so the UI can draw while DNS answers arrive

type WithPending<T> = { [K in keyof T]: K extends CheckFieldName ? T[K] | Pending : T[K] };
/** The check fields that may be pending in a draft (dkim stays an array: pendingChecks says it is running). */
type CheckFieldName = Exclude<CheckName, 'dkim'>;

/**
 * A Report under construction: checks not finished are `{ result: 'pending' }` (dkim stays an array, empty
 * until DKIM finishes: `pendingChecks` says whether it is still running); the verdict is provisional.
 */
export type ReportDraft = WithPending<Report> & {
  complete: false;
  /** The checks still waiting for DNS. */
  pendingChecks: CheckName[];
};

export type ProgressEvent =
  /** The headers are parsed: message, hops, edge, Authentication-Results and header-only findings are final. */
  | { type: 'parsed'; draft: ReportDraft }
  /** One check finished (for one hop where it is hop-specific). */
  | { type: 'check'; check: CheckName; hop?: 'edge' | 'origin'; draft: ReportDraft; completed: number; total: number }
  /** One DNS query completed. */
  | { type: 'query'; query: DnsQuery };
