// ARC chain validation (RFC 8617 §5.2): structure, cv= rules, the newest ARC-Message-Signature, the
// oldest passing one, then every ARC-Seal from the newest down. Also what each hop says it saw.
import { recordQueries } from '../../dns/recording-resolver';
import type { Resolver } from '../../dns/types';
import type { HeaderField } from '../../headers/header-field';
import type { SplitMessage } from '../../message/split';
import { parseTagList } from '../../headers/tag-list';
import type { DkimAlgorithm } from '../dkim/types';
import { collectArcSets, type ArcFieldsByInstance, type ArcSet } from './collect-sets';
import { readArcAuthenticationResults } from './read-arc-authentication-results';
import type { ArcFailure, ArcInstanceReport, ArcMessageSignatureReport, ArcResult, ArcUnchecked } from './types';
import { verifyArcMessageSignature } from './verify-message-signature';
import { describeSeal, verifyArcSeal } from './verify-seal';

export interface ArcOptions {
  resolver: Resolver;
}

export async function verifyArc(message: SplitMessage, options: ArcOptions): Promise<ArcResult> {
  const resolver = recordQueries(options.resolver);
  const queries = resolver.queries as ArcResult['recordQueries'];
  const collected = collectArcSets(message.fields);
  if (collected.kind === 'none') return { result: 'none', instances: [], recordQueries: queries };

  const instances = collected.found.map(describeInstance);
  const byNumber = new Map(instances.map((report) => [report.instance, report]));
  const bodyChecked = message.body !== null;
  const fail = (failure: ArcFailure, instance: number | null): ArcResult => ({
    result: 'fail',
    reason: failure,
    failedInstance: instance,
    bodyChecked,
    instances,
    recordQueries: queries,
  });
  if (collected.kind === 'broken') return fail(collected.failure, collected.instance);
  const unchecked = (reason: ArcUnchecked): ArcResult => ({
    result: 'temperror',
    reason,
    failedInstance: reason.instance,
    bodyChecked,
    instances,
    recordQueries: queries,
  });

  const sets = collected.sets;
  const newest = sets[sets.length - 1];
  if (!newest) return { result: 'none', instances: [], recordQueries: queries };

  // §5.2 steps 2 and 3.3: a cv=fail anywhere ends the chain; i=1 says none, every later seal pass.
  for (const set of [...sets].reverse()) {
    const cv = byNumber.get(set.instance)?.seal?.cv ?? null;
    if (cv === 'fail') return fail({ code: 'cv-fail', instance: set.instance }, set.instance);
  }
  for (const set of sets) {
    const cv = byNumber.get(set.instance)?.seal?.cv ?? null;
    if (set.instance === 1 && cv !== 'none') return fail({ code: 'first-cv-not-none', cv }, 1);
    if (set.instance > 1 && cv !== 'pass') return fail({ code: 'cv-not-pass', instance: set.instance, cv }, set.instance);
  }

  // §5.2 step 4: the newest AMS must verify.
  const newestAms = await checkAms(message, newest, resolver, byNumber);
  if (newestAms.check.status === 'fail' && newestAms.check.temporary) {
    return unchecked({ instance: newest.instance, field: 'ARC-Message-Signature', problem: newestAms.check.problem });
  }
  if (newestAms.check.status === 'fail') return fail({ code: 'ams-invalid', instance: newest.instance, problem: newestAms.check.problem }, newest.instance);

  // §5.2 step 5: walk older AMS fields down until one fails; the oldest pass is the one above it.
  let oldestPass = newest.instance;
  for (let index = sets.length - 2; index >= 0; index--) {
    const set = sets[index] as ArcSet;
    const report = await checkAms(message, set, resolver, byNumber);
    if (report.check.status === 'fail') break;
    oldestPass = set.instance;
  }

  // §5.2 step 6: every seal, newest first.
  for (let index = sets.length - 1; index >= 0; index--) {
    const set = sets[index] as ArcSet;
    const seal = await verifyArcSeal(sets.slice(0, index), set, resolver);
    const entry = byNumber.get(set.instance);
    if (entry) entry.seal = seal;
    if (seal.check.status === 'fail' && seal.check.temporary) {
      return unchecked({ instance: set.instance, field: 'ARC-Seal', problem: seal.check.problem });
    }
    if (seal.check.status === 'fail') return fail({ code: 'seal-invalid', instance: set.instance, problem: seal.check.problem }, set.instance);
  }

  return bodyChecked
    ? { result: 'pass', bodyChecked: true, oldestPass, instances, recordQueries: queries }
    : { result: 'header-pass', bodyChecked: false, oldestPass, instances, recordQueries: queries };
}

async function checkAms(message: SplitMessage, set: ArcSet, resolver: Resolver, byNumber: Map<number, ArcInstanceReport>): Promise<ArcMessageSignatureReport> {
  const report = await verifyArcMessageSignature(message, set, resolver);
  const entry = byNumber.get(set.instance);
  if (entry) entry.messageSignature = report;
  return report;
}

/** What can be read of one instance before anything is verified. */
function describeInstance(found: ArcFieldsByInstance): ArcInstanceReport {
  const seal = found.seal[0];
  const ams = found.messageSignature[0];
  const aar = found.authResults[0];
  return {
    instance: found.instance,
    seal: seal ? describeSeal(seal) : null,
    messageSignature: ams ? describeAms(ams) : null,
    authResults: aar ? readArcAuthenticationResults(aar.value) : null,
  };
}

function describeAms(field: HeaderField): ArcMessageSignatureReport {
  const parsed = parseTagList(field.value);
  const tags = parsed.ok ? parsed.list.tags : new Map<string, { value: string }>();
  const a = tags.get('a')?.value.toLowerCase();
  return {
    d: tags.get('d')?.value.toLowerCase() ?? null,
    s: tags.get('s')?.value ?? null,
    a: a === 'rsa-sha256' || a === 'rsa-sha1' || a === 'ed25519-sha256' ? (a as DkimAlgorithm) : null,
    keyBits: null,
    check: { status: 'not-checked' },
    signedFields: [],
    field: { raw: field.raw, line: field.line },
  };
}
