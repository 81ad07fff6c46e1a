// The facts each finding of SPF (recommendations 3 and 4) carries: its params, rendered into words by the
// catalogs (lib/i18n/en, lib/i18n/fr). Facts, never sentences.
import type { SpfCause, SpfMatch } from '../../auth/spf/types';

interface Checked {
  /** The domain whose record was checked first (the MAIL FROM or HELO domain). */
  domain: string;
  /** The client IP as evaluated. */
  ip: string;
  /** A forwarded message's edge: SPF judged the forwarder's IP against the author's record (RFC 7208 Appendix D). */
  forwardedEdge: boolean;
  /** No Return-Path field: the MAIL FROM is unknown, so this sender (from the From field) was checked instead. */
  guessedSender: string | null;
}

/** How DMARC stood beside an SPF result that did not pass (design notes, "Judgement"). */
export type SpfBeside =
  /** DMARC passed through an aligned DKIM signature. */
  | 'dmarc-passed-by-dkim'
  /** An aligned DKIM signature verified (DMARC itself was not decided that way). */
  | 'aligned-dkim-pass'
  | 'nothing';

export interface SpfParams {
  'spf.pass': Checked & { match: SpfMatch };
  /** `explanation`: the domain's own exp= text (RFC 7208 §6.2, shown as written), or null for the default. */
  'spf.fail': Checked & { match: SpfMatch; explanation: string | null; beside: SpfBeside };
  'spf.softfail': Checked & { match: SpfMatch; beside: SpfBeside };
  /** `match` is null when no mechanism matched (RFC 7208 §4.7 default). */
  'spf.neutral': Checked & { match: SpfMatch | null; beside: SpfBeside };
  'spf.none': Checked & { cause: SpfCause };
  'spf.permerror': Checked & { cause: SpfCause };
  'spf.temperror': Checked & { cause: SpfCause };
}
