// What the finding builders need besides their own check's result: the message's fields and summary,
// and the few cross-check facts that change how a result reads (an aligned DKIM pass makes an SPF fail
// less serious; a forwarded message's SPF judged the forwarder, not the author).
import type { HeaderField } from '../../headers/header-field';
import type { MailOrganizations } from '../../auth/mail-provider/find-mail-organizations';
import type { MessageSummary } from '../types';

export interface FindingContext {
  fields: readonly HeaderField[];
  message: MessageSummary;
  /** The RFC5322.From domain (the first From mailbox), or null. */
  fromDomain: string | null;
  /** Forwarding signs point to an intermediary. */
  forwarded: boolean;
  /** A DKIM signature aligned with the From domain verified (RFC 7489 §3.1.1). */
  alignedDkimPass: boolean;
  /**
   * DMARC passes on the re-check (RFC 7489 §4.2: one aligned pass, SPF or DKIM, is enough). What beside it
   * falls short (an ESP's unaligned signature, an SPF softfail) is information, not a problem.
   */
  dmarcPass: 'dkim' | 'spf' | null;
  /**
   * DMARC could not be evaluated (offline, or its lookup failed): whatever depends on whether an aligned
   * pass carries it is "not checked", never a problem (design notes, "Judgement").
   */
  dmarcUnchecked: boolean;
  /** The organizations the author's domain hands its mail to; null when not looked up (offline, pending, no From). */
  mailOrganizations: MailOrganizations | null;
  /** The ARC chain passed and its first sealer saw the author's authentication pass (RFC 8617 §7.2). */
  arcVouches: boolean;
  /**
   * DKIM domains (d=) whose signature the receiver's trusted Authentication-Results saw pass, and
   * whose key is gone now: rotated since the message arrived. The receiver's judgement stands.
   */
  keysRotatedSince: readonly string[];
  /** The receiver's trusted Authentication-Results said dmarc=pass when the message arrived. */
  dmarcPassedThen: boolean;
}
