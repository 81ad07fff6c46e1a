// What the parsers could not read, in words: a tag-list (RFC 6376 §3.2), a DKIM-Signature or its key record
// (RFC 6376 §3.5, §3.6.1), a DMARC record's tags (RFC 7489 §6.3), an Authentication-Results field (RFC 8601
// §2.2). The parsers state facts only; the Report's English fields and every other language come from here.
import type { DkimDetail } from '../auth/dkim/types';
import type { TagProblem } from '../auth/dmarc/types';
import type { AuthResultsProblem } from '../headers/parse-authentication-results';
import type { TagListError } from '../headers/tag-list';
import type { Format } from './format';

export interface ParseProblemTexts {
  /** Why a tag=value list could not be read. */
  tagList: (problem: TagListError, format: Format) => string;
  /** What exactly is wrong with a DKIM signature or its key, beside the reason's code (DkimResult reason.detail). */
  dkim: (detail: DkimDetail, format: Format) => string;
  /** A DMARC record's tag that is missing, repeated, unknown or invalid (TagProblem.message). */
  dmarcTag: (problem: TagProblem, format: Format) => string;
  /** What could not be read in an Authentication-Results or ARC-Authentication-Results field. */
  authResults: (problem: AuthResultsProblem, format: Format) => string;
}
