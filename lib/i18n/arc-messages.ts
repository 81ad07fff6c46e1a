// The ARC chain's per-signature and per-failure messages in words (RFC 8617 §5.2): what each language must
// say, and how an ARC result's messages are worded in a language. The ARC check (lib/auth/arc) writes facts
// only (ArcSignatureProblem, ArcFailure, ArcUnchecked); the Report's English `message` fields (kept for the
// readers of schema 1 and 2) and every other language's come from here.
import type { ArcFailure, ArcInstanceReport, ArcResult, ArcSignatureCheck, ArcSignatureProblem, ArcUnchecked } from '../auth/arc/types';
import type { ArcAuthenticationResults } from '../auth/arc/read-arc-authentication-results';
import type { Catalog } from './catalog';
import { formatFor, type Format } from './format';

export interface ArcMessageTexts {
  /** Why one ARC-Seal or ARC-Message-Signature did not verify (ArcSignatureCheck.message). */
  signature: (problem: ArcSignatureProblem, format: Format) => string;
  /** Why the chain failed, naming the instance and the field (the fail result's reason.message). */
  failure: (failure: ArcFailure, format: Format) => string;
  /** Why the chain could not be checked now (the temperror result's reason.message). */
  unchecked: (reason: ArcUnchecked, format: Format) => string;
}

/** An ARC result (or a Report's ArcCheck) with its signatures' and its reason's messages in the catalog's language. */
export function wordArcResult<R extends ArcResult>(result: R, catalog: Catalog): R {
  const words = catalog.arcMessages;
  const format = formatFor(catalog.lang);
  // A Report from before schema 3 has no facts: its English messages stay.
  const check = <C extends ArcSignatureCheck>(signature: C): C =>
    signature.status === 'fail' && 'problem' in signature ? { ...signature, message: words.signature(signature.problem, format) } : signature;
  // What the parser could not read in each ARC-Authentication-Results; a Report of schema 3 (no facts) keeps its English.
  const authResults = (read: ArcAuthenticationResults): ArcAuthenticationResults =>
    read.unreadable ? { ...read, problems: read.unreadable.map((problem) => catalog.parseProblems.authResults(problem, format)) } : read;
  const instance = (entry: ArcInstanceReport): ArcInstanceReport => ({
    ...entry,
    authResults: entry.authResults ? authResults(entry.authResults) : null,
    seal: entry.seal ? { ...entry.seal, check: check(entry.seal.check) } : null,
    messageSignature: entry.messageSignature ? { ...entry.messageSignature, check: check(entry.messageSignature.check) } : null,
  });
  const instances = result.instances.map(instance);
  if (result.result === 'fail' && hasFacts(result.reason)) {
    return { ...result, instances, reason: { ...result.reason, message: words.failure(result.reason, format) } };
  }
  // A fail reason of a Report from before schema 3: the code's words.
  if (result.result === 'fail') return { ...result, instances, reason: { ...result.reason, message: catalog.checks.arcFailure(result.reason.code) } };
  if (result.result === 'temperror' && 'problem' in result.reason) return { ...result, instances, reason: { ...result.reason, message: words.unchecked(result.reason, format) } };
  return { ...result, instances };
}

/** A fail reason of schema 3 carries its facts beside the code (a malformed field names its line, and so on). */
function hasFacts(reason: ArcFailure): boolean {
  return Object.keys(reason).some((key) => key !== 'code' && key !== 'message');
}
