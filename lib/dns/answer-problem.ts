// Why a DoH reply is not a DNS answer to the question asked, as facts: the HTTP body (RFC 8484 §4.2.1, §6),
// the message's wire form read strictly (RFC 1035 §4.1, read-message.ts), or the response read as an answer
// to our query (decode-response.ts). The catalogs word it (lib/i18n/<lang>/dns-failure.ts); a resolver
// reports it as a 'malformed-answer' failure, so the check says temperror, never "no record".
import type { RecordType } from './types';

/** The part of a DNS message a strict read was in when the bytes ran out. */
export type WirePart = 'field' | 'name' | 'record-header' | 'record-data' | 'txt-string';

/** A message section that counts its records in the header (RFC 1035 §4.1.1). */
export type WireSection = 'answer' | 'authority' | 'additional';

/** What the strict reader refuses; `at` is the byte offset where reading stopped. */
export type WireProblem =
  | { problem: 'short-header'; bytes: number }
  | { problem: 'truncated'; at: number; part: WirePart }
  | { problem: 'missing-records'; section: WireSection; counted: number; found: number }
  | { problem: 'trailing-data'; bytes: number }
  /** RFC 1035 §4.1.4: a compression pointer must point back; one to itself or forward could loop. */
  | { problem: 'forward-pointer'; at: number }
  /** RFC 6891 §5: the label types 0x40 and 0x80 are not defined for names in a message. */
  | { problem: 'label-type'; at: number; bits: number }
  | { problem: 'name-too-long'; at: number; limit: number }
  /** A record's data read as `read` bytes where its RDLENGTH said `rdlength`. */
  | { problem: 'rdata-length'; at: number; typeCode: number; read: number; rdlength: number }
  /** An A or AAAA record whose data is not 4 or 16 bytes. */
  | { problem: 'address-length'; at: number; type: 'A' | 'AAAA'; rdlength: number }
  | { problem: 'name-past-record'; at: number }
  /** RFC 1035 §3.3.14: TXT data is one or more character-strings. */
  | { problem: 'empty-txt'; at: number }
  | { problem: 'txt-past-record'; at: number; length: number; rdlength: number };

/** A well-formed message that does not answer the query (RFC 1035 §4.1.1, RFC 5452 §4.3, RFC 2181 §10.1). */
export type ResponseProblem =
  | { problem: 'not-a-response' }
  /** RFC 8484 §4.1: the query's ID is 0, and the response must carry it. */
  | { problem: 'wrong-id'; id: number; expected: number }
  /** RFC 2181 §9: the TC flag marks a message cut short; over HTTPS nothing should be. */
  | { problem: 'tc-flag' }
  | { problem: 'question-count'; count: number }
  | { problem: 'other-question'; name: string; typeCode: number }
  | { problem: 'nxdomain-with-records'; count: number; type: RecordType }
  | { problem: 'cname-count'; owner: string; count: number }
  /** The names from the asked one round to the one seen again. */
  | { problem: 'cname-loop'; chain: string[] }
  | { problem: 'cname-chain-too-long'; limit: number }
  /** No record of the asked type, but a record that answers some other question. */
  | { problem: 'stray-record'; owner: string; typeCode: number; asked: RecordType };

/** The HTTP body that should hold the message (RFC 8484 §4.2.1 and §6, RFC 9110 §8.4). */
export type BodyProblem =
  | { problem: 'content-type'; contentType: string | null }
  /** `bytes` is the size known (declared or read); null when reading stopped past the limit. */
  | { problem: 'too-large'; bytes: number | null; limit: number }
  | { problem: 'unknown-coding'; coding: string }
  | { problem: 'bad-coding'; coding: string };

export type AnswerProblem = BodyProblem | WireProblem | ResponseProblem;
