// The typed model of a message that the later stages (checks, verdict, report) read. Everything except
// `fields` and `body` is small plain data that can go into the Report as it is.
import type { AddressEntry, AddressProblem, InvalidAddress, Mailbox } from '../headers/parse-address-list';
import type { ArcAuthenticationResultsField } from '../headers/parse-arc-authentication-results';
import type { AuthenticationResults, AuthResultsProblem } from '../headers/parse-authentication-results';
import type { DateProblem, ParsedDate } from '../headers/parse-date';
import type { ReceivedSpf } from '../headers/parse-received-spf';
import type { PathHop } from '../path/build-hops';
import type { Forwarding } from '../path/detect-forwarding';
import type { EdgeHop } from '../path/find-edge';
import type { OriginHop } from '../path/find-origin';
import type { Recipient } from '../path/recipient';
import type { InputProblem } from './check-input';
import type { EmbeddedMessage } from './find-embedded-message';
import type { CutShortSign } from './looks-cut-short';
import type { GmailSummaryRow } from './read-gmail-original';
import type { InputForm, InputRepair } from './recognize-input';
import type { HeaderField } from '../headers/header-field';

/** RFC 5321 §4.4 reverse-path as recorded in Return-Path: "<>" is the null sender of bounces. */
export type ReturnPath = { kind: 'null' } | Mailbox | InvalidAddress;

export interface MessageInput {
  form: InputForm;
  repairs: InputRepair[];
  /**
   * True when a repair changed the text of header fields (quote marks removed, folding restored, bare CR
   * line endings): signatures over those fields (DKIM, ARC) may then fail because of the paste, not the sender.
   */
  fieldTextAltered: boolean;
  /** Length of the input in UTF-16 code units (bytes for ASCII text). */
  size: number;
  headerSize: number;
  bodySize: number | null;
  gmailSummary: GmailSummaryRow[] | null;
  /** The paste looks cut short, and by which sign; null when it looks whole. */
  cutShort: CutShortSign | null;
}

/** Fields RFC 5322 §3.6 requires (orig-date, from) or limits to one occurrence. */
export type SingletonField = 'from' | 'date' | 'sender' | 'reply-to' | 'to' | 'cc' | 'subject' | 'message-id';

export type HeaderProblem =
  | { kind: 'missing-field'; field: 'from' | 'date' }
  | { kind: 'repeated-field'; field: SingletonField; count: number }
  | { kind: 'unreadable-date'; field: string; line: number; text: string; reason: DateProblem }
  | { kind: 'invalid-address'; field: string; line: number; text: string; reason: AddressProblem }
  | { kind: 'unreadable-authentication-results'; field: string; line: number; problem: AuthResultsProblem }
  | { kind: 'stray-line'; line: number; text: string };

export interface LocatedAuthenticationResults extends AuthenticationResults {
  line: number;
}

export interface LocatedArcAuthenticationResults extends ArcAuthenticationResultsField {
  line: number;
}

export interface LocatedReceivedSpf extends ReceivedSpf {
  line: number;
}

export interface MessageModel {
  input: MessageInput;
  /** 'full' when a body follows the header section, 'headers-only' for a header block alone. */
  kind: 'full' | 'headers-only';
  /** Every header field, raw text kept exactly (DKIM and ARC verification need it). */
  fields: HeaderField[];
  /** The body, CRLF line endings; null for a header block. */
  body: string | null;
  subject: string | null;
  from: AddressEntry[];
  to: AddressEntry[];
  cc: AddressEntry[];
  replyTo: AddressEntry[];
  sender: AddressEntry[];
  returnPath: ReturnPath | null;
  date: ParsedDate | null;
  messageId: string | null;
  /** The hop chain, oldest first. */
  hops: PathHop[];
  totalDelaySeconds: number | null;
  clockSkew: boolean;
  /** Authentication-Results fields, top (newest) first. */
  authResults: LocatedAuthenticationResults[];
  arcAuthResults: LocatedArcAuthenticationResults[];
  receivedSpf: LocatedReceivedSpf[];
  forwarding: Forwarding;
  /** Where the receiving system accepted the message from outside. */
  edge: EdgeHop | null;
  /** The first external sender, when the message was forwarded. */
  origin: OriginHop | null;
  /** Who the message was delivered to (for clause, Delivered-To, To), when any field says. */
  recipient: Recipient | null;
  /** The newest authenticated submission hop (RFC 3848): the author handing the message to their provider. */
  submissionHopIndex: number | null;
  /** Registrable domain of the From address, when known. */
  authorOrganization: string | null;
  /** The original message carried inside a bounce or complaint, offered for analysis of its own. */
  embedded: EmbeddedMessage | null;
  problems: HeaderProblem[];
}

export type ParseResult = { ok: true; message: MessageModel } | { ok: false; problem: InputProblem };
