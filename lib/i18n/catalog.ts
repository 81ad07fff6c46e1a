// What a language must say (one Catalog per language: en/, fr/). Every user-visible word MailTrust
// builds comes from here; the engine's checks produce facts (ids and params), never sentences. The types
// make the catalogs complete: a finding id, fix kind, verdict rule or cause without words in one language
// does not compile.
import type { FindingParams } from '../report/params';
import type { FixParams } from '../report/params/fixes';
import type { FixData, FixKind, RecommendationId, RfcTopic, ThenAndNow, VerdictLevel, ZendeskCause } from '../report/types';
import type { ReasonOutcome } from '../verdict/types';
import type { ArcMessageTexts } from './arc-messages';
import type { CheckTexts } from './checks';
import type { DnsSetupTexts } from './dns';
import type { DnsFailureTexts } from './dns-failure';
import type { Format } from './format';
import type { OutputTexts } from './output';
import type { ParseProblemTexts } from './parse-problems';
import type { PathTexts } from './path';
import type { SpfTraceTexts } from './spf-trace';
import type { Lang } from './lang';
import type { ActionTexts } from './actions';

/** A finding in words. */
export interface FindingWords {
  title: string;
  explanation: string;
}

/** The words of every finding of one area (an interface of lib/report/params), keyed by id. */
export type FindingTextsOf<P> = { [K in keyof P]: (params: P[K], format: Format) => FindingWords };

export type FindingTexts = FindingTextsOf<FindingParams>;

/** The description of each kind of fix; the fix's own `text` (a record, a name) is the same in every language. */
export type FixTexts = { [K in FixKind]: (params: FixParams[K], fix: Extract<FixData, { kind: K }>, format: Format) => string };

export interface RecommendationWords {
  title: string;
  source: string;
}

export interface VerdictTexts {
  levels: Record<VerdictLevel, string>;
  causes: Record<ZendeskCause, string>;
  /** Each rule of lib/verdict/rules.ts as a reason; the matching findings' titles follow it. */
  rules: Record<ReasonOutcome['rule'], string>;
  /**
   * What the level means for the message. The reasons say why, each once (issue 16: the summary repeated the
   * deciding reason word for word just above it).
   */
  summary: Record<VerdictLevel, string>;
  /** Between a reason's rule and its findings' titles (": " in English, "\u00a0: " in French), and between two titles. */
  punctuation: { colon: string; semicolon: string };
  /** The first line when the edge receiver is not Zendesk (not said of an unknown verdict, which judges nothing). */
  receivedBy: (receiver: string) => string;
  /** The article's recommendations by id ('rfc' findings name their own section and topic). */
  recommendations: Record<Exclude<RecommendationId, 'rfc'>, RecommendationWords>;
}

export interface Catalog {
  lang: Lang;
  findings: FindingTexts;
  fixes: FixTexts;
  verdict: VerdictTexts;
  /** One compared method of then-and-now in words, for verdict.today ("the record changed after arrival"). */
  drift: (row: ThenAndNow, format: Format) => string;
  /** The CLI's and the note's own words. */
  output: OutputTexts;
  checks: CheckTexts;
  path: PathTexts;
  /** The SPF evaluation's trace: each term's reason, each record's stop, `mailtrust spf`. */
  spfTrace: SpfTraceTexts;
  /** The ARC chain's per-signature and per-failure messages. */
  arcMessages: ArcMessageTexts;
  /** What the parsers could not read: a tag-list, a DKIM signature or key, a DMARC record's tags, an Authentication-Results field. */
  parseProblems: ParseProblemTexts;
  /** The title of each RFC recommendation a finding names ('rfc' with a topic). */
  rfcTopics: Record<RfcTopic, string>;
  /** A zone file or resolver choice refused before any query (--zone, --resolver, the options page). */
  dnsSetup: DnsSetupTexts;
  /** A DNS query that gave no usable answer (a DnsFailure's facts): the DNS log, evidence, lookup problems. */
  dnsFailure: DnsFailureTexts;
  /** The agent's actions (lib/verdict/agent-actions.ts) and the message for the sender's mail administrator. */
  actions: ActionTexts;
}
