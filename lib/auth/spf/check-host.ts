// check_host() of RFC 7208 §4: evaluates a parsed record term by term, follows include and
// redirect, enforces the processing limits of §4.6.4 and keeps a trace of every step.
import type { QueryOptions, Resolver } from '../../dns/types';
import { checkDomain, checkTargetName, truncateDomain, withoutTrailingDot } from './domain-name';
import { explanationFromExp } from './explanation';
import { inPrefix, type IpAddress } from '../../net/ip-address';
import { addressesOf, lookup, type Lookup } from './lookup';
import { expandMacroString, parseMacroString, type MacroContext, type MacroString } from './macro';
import { parseRecord, type Directive, type Mechanism, type Modifier, type Qualifier } from './parse-record';
import type { SpfPrefetch } from './prefetch';
import { selectRecord } from './select-record';
import { findValidatedNames, pickValidatedDomain, type ValidatedNames } from './validated-names';
import type { SpfCause, SpfMatch, SpfStop, SpfTermWhy, SpfTraceNode, SpfTraceTerm, SpfVoidLookup } from './types';

// RFC 7208 §4.6.4: at most 10 DNS-querying terms, 2 void lookups and 10 MX names (10 PTR names: validated-names.ts).
export const MAX_DNS_TERMS = 10;
export const MAX_VOID_LOOKUPS = 2;
export const MAX_MX_NAMES = 10;
export { MAX_PTR_NAMES } from './validated-names';
// §4.6.4: "Such a limit SHOULD allow at least 20 seconds."
export const DEFAULT_TIME_LIMIT_MS = 20_000;

/** The check_host() arguments of §4.1, plus the HELO name and receiver the macros may use. */
export interface CheckHostInput {
  ip: IpAddress;
  domain: string;
  sender: string;
  localPart: string;
  senderDomain: string;
  helo: string;
}

export interface CheckHostOptions {
  resolver: Resolver;
  /** The "r" macro (§7.3): the receiving host's domain name; "unknown" when not given. */
  receiver?: string;
  /** The "t" macro and the clock of the time limit; defaults to the current time. */
  now?: () => Date;
  /** §4.6.4: elapsed-time limit of one check, at least 20 s; past it the result is temperror. */
  timeLimitMs?: number;
  /** Explanation (an explain-string, macros allowed) for a fail without a usable exp= (§6.2). */
  defaultExplanation?: string;
  signal?: AbortSignal;
  /**
   * Starts each record's lookups ahead of the evaluation (prefetch.ts); `resolver` must read its
   * answers (it wraps prefetch.resolver). Without it the check asks one question at a time.
   */
  prefetch?: SpfPrefetch;
}

// RFC 7208 §6.2: the explain-string of a fail whose record gives none (exp=), macro-expanded like one a
// domain publishes. The Report and the CLI word it again from its facts (ip, domain) in the reader's
// language (lib/i18n spfDefaultExplanation); this protocol default stays for callers of checkSpf alone.
// protocol text
export const DEFAULT_EXPLANATION = '%{c} is not one of the mail servers designated by %{d}';

/** Where a fail's explanation comes from: the exp= of the record whose mechanism failed (§6.2). */
interface ExplainSource {
  exp: Modifier;
  domain: string;
}

export type HostEvaluation =
  | { result: 'pass' | 'fail' | 'softfail' | 'neutral'; match: SpfMatch; explain: ExplainSource | null }
  /** §4.7: no mechanism matched and there was no redirect. */
  | { result: 'neutral'; match: null; explain: null }
  | { result: 'none' | 'permerror' | 'temperror'; why: SpfStop; cause: SpfCause };

export interface CheckHostOutcome {
  evaluation: HostEvaluation;
  explanation: { text: string; source: 'exp' | 'default' } | null;
  lookups: number;
  voidLookups: number;
  trace: SpfTraceNode;
}

type TermResult =
  | { outcome: 'match' | 'no-match'; why: SpfTermWhy; target?: string; child?: SpfTraceNode }
  /** `inner` carries an error that arose deeper (in an included record) unchanged to the top. */
  | { outcome: 'permerror' | 'temperror'; why: SpfTermWhy; target?: string; child?: SpfTraceNode; inner?: { why: SpfStop; cause: SpfCause } };

const QUALIFIER_RESULT: Record<Qualifier, 'pass' | 'fail' | 'softfail' | 'neutral'> = {
  '+': 'pass',
  '-': 'fail',
  '~': 'softfail',
  '?': 'neutral',
};

const DNS_TERMS: ReadonlySet<Mechanism['kind']> = new Set(['include', 'a', 'mx', 'ptr', 'exists']);

export async function checkHost(input: CheckHostInput, options: CheckHostOptions): Promise<CheckHostOutcome> {
  const evaluator = new Evaluator(input, options);
  const { evaluation, node } = await evaluator.checkHost(input.domain, 'check');
  const explanation = evaluation.result === 'fail' ? await evaluator.explain(evaluation.explain, input.domain) : null;
  return { evaluation, explanation, lookups: evaluator.lookups, voidLookups: evaluator.voidLookups, trace: node };
}

class Evaluator {
  lookups = 0;
  voidLookups = 0;
  /** Looked up once per check, shared by every "ptr" and "p" (§5.5). */
  private validated: Promise<ValidatedNames> | null = null;
  private readonly queryOptions: QueryOptions;
  private readonly now: () => Date;
  private readonly deadline: number;

  constructor(
    private readonly input: CheckHostInput,
    private readonly options: CheckHostOptions,
  ) {
    this.queryOptions = options.signal ? { signal: options.signal } : {};
    this.now = options.now ?? (() => new Date());
    this.deadline = this.now().getTime() + (options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS);
  }

  async checkHost(domain: string, via: SpfTraceNode['via']): Promise<{ evaluation: HostEvaluation; node: SpfTraceNode }> {
    const node: SpfTraceNode = { domain, via, result: 'none', terms: [] };
    const finish = (evaluation: HostEvaluation) => {
      node.result = evaluation.result;
      if ('why' in evaluation) node.why = evaluation.why;
      return { evaluation, node };
    };
    // §4.3: a malformed or single-label <domain> gives "none" without a DNS query. Names built by
    // macros for include and redirect may hold any octet, so only DNS limits apply to them.
    const valid = via === 'check' ? checkDomain(domain) : checkTargetName(domain);
    if (!valid.ok) return finish({ result: 'none', why: { kind: 'invalid-domain', problem: valid.problem }, cause: { kind: 'invalid-domain', domain: withoutTrailingDot(domain) } });
    const selection = await selectRecord(this.options.resolver, withoutTrailingDot(domain), this.queryOptions);
    if (selection.kind !== 'record') return finish({ result: selection.kind, why: selection.why, cause: selection.cause });
    node.record = selection.text;
    const parsed = parseRecord(selection.text);
    // §4.6: a syntax error anywhere in the record is a permerror, even after a matching mechanism.
    if (!parsed.ok) return finish({ result: 'permerror', why: { kind: 'syntax', domain: withoutTrailingDot(domain), error: parsed.error }, cause: { kind: 'syntax', domain: withoutTrailingDot(domain) } });
    const { record } = parsed;
    this.options.prefetch?.warm(record, domain, (spec, at) => this.prefetchTarget(spec, at));

    for (const directive of record.directives) {
      const outcome = await this.evaluateDirective(directive, domain);
      node.terms.push(this.traceTerm(directive.text, outcome));
      if (outcome.outcome === 'permerror' || outcome.outcome === 'temperror') {
        return finish({ result: outcome.outcome, ...(outcome.inner ?? { why: termStop(directive.text, domain, outcome.why), cause: termCause(directive.text, domain, outcome.outcome) }) });
      }
      if (outcome.outcome === 'match') {
        const result = QUALIFIER_RESULT[directive.qualifier];
        // §6.2: exp= is used only for a fail of this record's own mechanisms.
        const explain = result === 'fail' && record.exp ? { exp: record.exp, domain } : null;
        return finish({ result, match: { term: directive.text, domain }, explain });
      }
    }

    if (record.redirect) {
      const { evaluation, term } = await this.followRedirect(record.redirect, domain);
      node.terms.push(term);
      return finish(evaluation);
    }
    // §4.7: no mechanism matched and no redirect: the result is neutral.
    node.why = { kind: 'default-neutral' };
    node.result = 'neutral';
    return { evaluation: { result: 'neutral', match: null, explain: null }, node };
  }

  /** §6.2: the explanation of a fail, from exp= when it yields exactly one valid TXT record. */
  async explain(source: ExplainSource | null, topDomain: string): Promise<{ text: string; source: 'exp' | 'default' }> {
    if (source) {
      const text = await explanationFromExp(source.exp, this.context(source.domain), this.options.resolver, this.queryOptions);
      if (text !== null) return { text, source: 'exp' };
    }
    const template = this.options.defaultExplanation ?? DEFAULT_EXPLANATION;
    const parsed = parseMacroString(template, 'explain-string');
    // A caller's template that is not a valid explain-string is shown as written.
    return { text: parsed.ok ? await expandMacroString(parsed.value, this.context(topDomain)) : template, source: 'default' };
  }

  private async followRedirect(redirect: Modifier, domain: string): Promise<{ evaluation: HostEvaluation; term: SpfTraceTerm }> {
    const limit = this.spendLookup();
    if (limit) {
      return { evaluation: { result: 'permerror', why: termStop(redirect.text, domain, limit), cause: termCause(redirect.text, domain, 'permerror') }, term: this.traceTerm(redirect.text, { outcome: 'permerror', why: limit }) };
    }
    const target = await this.expandTarget(redirect.value, domain);
    // §6.1: a malformed target-name, or no record at the target, is a permerror rather than none.
    const { evaluation, node } = await this.checkHost(target, 'redirect');
    if (evaluation.result === 'none') {
      const why: SpfTermWhy = { kind: 'no-usable-record', via: 'redirect', target, stop: evaluation.why };
      return {
        evaluation: { result: 'permerror', why: termStop(redirect.text, domain, why), cause: termCause(redirect.text, domain, 'permerror') },
        term: this.traceTerm(redirect.text, { outcome: 'permerror', why, target, child: node }),
      };
    }
    const why: SpfTermWhy = { kind: 'evaluated', via: 'redirect', target, result: evaluation.result };
    const outcome = evaluation.result === 'permerror' || evaluation.result === 'temperror' ? evaluation.result : 'match';
    return { evaluation, term: this.traceTerm(redirect.text, { outcome, why, target, child: node }) };
  }

  private async evaluateDirective(directive: Directive, domain: string): Promise<TermResult> {
    const mechanism = directive.mechanism;
    if (DNS_TERMS.has(mechanism.kind)) {
      // §4.6.4: past the elapsed-time limit the result SHOULD be temperror; checked before each query.
      if (this.now().getTime() > this.deadline) return { outcome: 'temperror', why: { kind: 'time-limit', seconds: (this.options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS) / 1000 } };
      const limit = this.spendLookup();
      if (limit) return { outcome: 'permerror', why: limit };
    }
    switch (mechanism.kind) {
      case 'all':
        return { outcome: 'match', why: { kind: 'all' } };
      case 'ip4':
      case 'ip6': {
        const matched = inPrefix(this.input.ip, mechanism.network, mechanism.prefix);
        return { outcome: matched ? 'match' : 'no-match', why: { kind: 'network', inside: matched } };
      }
      case 'include':
        return this.evaluateInclude(mechanism.domain, domain);
      case 'a':
        return this.evaluateA(mechanism, domain);
      case 'mx':
        return this.evaluateMx(mechanism, domain);
      case 'ptr':
        return this.evaluatePtr(mechanism.domain, domain);
      case 'exists':
        return this.evaluateExists(mechanism.domain, domain);
    }
  }

  // §5.2: include matches on pass, not on fail/softfail/neutral; temperror and permerror propagate;
  // none becomes permerror.
  private async evaluateInclude(spec: MacroString, domain: string): Promise<TermResult> {
    const target = await this.expandTarget(spec, domain);
    const { evaluation, node } = await this.checkHost(target, 'include');
    switch (evaluation.result) {
      case 'pass':
        return { outcome: 'match', why: { kind: 'evaluated', via: 'include', target, result: 'pass' }, target, child: node };
      case 'fail':
      case 'softfail':
      case 'neutral':
        return { outcome: 'no-match', why: { kind: 'evaluated', via: 'include', target, result: evaluation.result }, target, child: node };
      case 'temperror':
      case 'permerror':
        return { outcome: evaluation.result, why: { kind: 'evaluated', via: 'include', target, result: evaluation.result }, target, child: node, inner: { why: evaluation.why, cause: evaluation.cause } };
      case 'none':
        return { outcome: 'permerror', why: { kind: 'no-usable-record', via: 'include', target, stop: evaluation.why }, target, child: node };
    }
  }

  // §5.3: match when any address of the target (A for IPv4, AAAA for IPv6) is in the CIDR range.
  private async evaluateA(mechanism: Extract<Mechanism, { kind: 'a' }>, domain: string): Promise<TermResult> {
    const target = mechanism.domain ? await this.expandTarget(mechanism.domain, domain) : domain;
    const unusable = this.unusableTarget(target);
    if (unusable) return unusable;
    const type = this.input.ip.version === 4 ? 'A' : 'AAAA';
    const lookup = await this.lookup(target, type);
    if (lookup.kind !== 'records') return this.voidOrError(lookup, target);
    const prefix = this.input.ip.version === 4 ? mechanism.cidr4 : mechanism.cidr6;
    const addresses = addressesOf(lookup.records);
    const matched = addresses.some((address) => inPrefix(this.input.ip, address, prefix));
    return { outcome: matched ? 'match' : 'no-match', why: { kind: 'addresses', type, target, count: addresses.length, prefix, matched }, target };
  }

  // §5.4: MX names of the target (more than 10 is a permerror, §4.6.4), then their addresses.
  private async evaluateMx(mechanism: Extract<Mechanism, { kind: 'mx' }>, domain: string): Promise<TermResult> {
    const target = mechanism.domain ? await this.expandTarget(mechanism.domain, domain) : domain;
    const unusable = this.unusableTarget(target);
    if (unusable) return unusable;
    const lookup = await this.lookup(target, 'MX');
    if (lookup.kind !== 'records') return this.voidOrError(lookup, target);
    const exchanges = lookup.records.flatMap((record) => (record.type === 'MX' ? [withoutTrailingDot(record.exchange)] : []));
    if (exchanges.length > MAX_MX_NAMES) {
      return { outcome: 'permerror', why: { kind: 'too-many-mx', target, count: exchanges.length, max: MAX_MX_NAMES }, target };
    }
    const type = this.input.ip.version === 4 ? 'A' : 'AAAA';
    const prefix = this.input.ip.version === 4 ? mechanism.cidr4 : mechanism.cidr6;
    for (const exchange of exchanges) {
      // RFC 7505: a null MX ("." or empty) names no host.
      if (exchange === '' || !checkTargetName(exchange).ok) continue;
      const addresses = await this.lookup(exchange, type);
      if (addresses.kind === 'error') return { outcome: 'temperror', why: { kind: 'lookup-failed', problem: addresses.problem }, target };
      if (addresses.kind === 'void') continue;
      if (addressesOf(addresses.records).some((address) => inPrefix(this.input.ip, address, prefix))) {
        return { outcome: 'match', why: { kind: 'mx-host', exchange, prefix }, target };
      }
    }
    return { outcome: 'no-match', why: { kind: 'mx-hosts', target, hosts: exchanges.length, prefix }, target };
  }

  // §5.5: match when a validated name of the client IP is the target or a subdomain of it.
  private async evaluatePtr(spec: MacroString | null, domain: string): Promise<TermResult> {
    const target = spec ? await this.expandTarget(spec, domain) : domain;
    const unusable = this.unusableTarget(target);
    if (unusable) return unusable;
    const { ptr, names } = await this.validatedNames();
    // §5.5: "If a DNS error occurs while doing the PTR RR lookup, then this mechanism fails to match."
    if (ptr.kind === 'error') return { outcome: 'no-match', why: { kind: 'ptr-lookup-failed', problem: ptr.problem }, target };
    if (ptr.kind === 'void') return this.voidOutcome(ptr.lookup, target);
    const wanted = target.toLowerCase();
    const found = names.find((name) => name === wanted || name.endsWith(`.${wanted}`));
    if (found) return { outcome: 'match', why: { kind: 'ptr-name', name: found, target }, target };
    return { outcome: 'no-match', why: { kind: 'ptr-names', names, target }, target };
  }

  // §5.7: match when the target has any A record, whatever the client IP's family.
  private async evaluateExists(spec: MacroString, domain: string): Promise<TermResult> {
    const target = await this.expandTarget(spec, domain);
    const unusable = this.unusableTarget(target);
    if (unusable) return unusable;
    const lookup = await this.lookup(target, 'A');
    if (lookup.kind !== 'records') return this.voidOrError(lookup, target);
    return { outcome: 'match', why: { kind: 'exists', target }, target };
  }

  private validatedNames(): Promise<ValidatedNames> {
    this.validated ??= findValidatedNames(this.options.resolver, this.input.ip, this.queryOptions);
    return this.validated;
  }

  private context(domain: string): MacroContext {
    return {
      sender: this.input.sender,
      localPart: this.input.localPart,
      senderDomain: this.input.senderDomain,
      domain: withoutTrailingDot(domain),
      ip: this.input.ip,
      helo: this.input.helo,
      receiver: this.options.receiver ?? 'unknown',
      now: this.now,
      validatedDomain: async () => pickValidatedDomain((await this.validatedNames()).names, domain),
    };
  }

  /**
   * A target for the prefetcher, or null when expanding it would itself query DNS: the "p" macro
   * (§7.3) needs the validated names, which the evaluation must look up in its own order.
   */
  private async prefetchTarget(spec: MacroString, domain: string): Promise<string | null> {
    if (spec.tokens.some((token) => token.kind === 'macro' && token.letter === 'p')) return null;
    return this.expandTarget(spec, domain);
  }

  private async expandTarget(spec: MacroString, domain: string): Promise<string> {
    return truncateDomain(await expandMacroString(spec, this.context(domain)));
  }

  // RFC 7208 leaves a target-name that is not a valid DNS name undefined (the suite accepts fail or
  // permerror); like §4.3 does for <domain>, it is treated as a name that does not exist: no match.
  private unusableTarget(target: string): TermResult | null {
    const valid = checkTargetName(target);
    return valid.ok ? null : { outcome: 'no-match', why: { kind: 'unusable-target', problem: valid.problem }, target };
  }

  private spendLookup(): SpfTermWhy | null {
    // The term that would be the 11th is refused, so `lookups` never exceeds the limit.
    if (this.lookups >= MAX_DNS_TERMS) return { kind: 'term-limit', max: MAX_DNS_TERMS };
    this.lookups++;
    return null;
  }

  /** §4.6.4: a void lookup is no match, and the third one is a permerror. */
  private voidOutcome(lookup: SpfVoidLookup, target: string): TermResult {
    this.voidLookups++;
    if (this.voidLookups > MAX_VOID_LOOKUPS) return { outcome: 'permerror', why: { kind: 'void-limit', lookup, max: MAX_VOID_LOOKUPS }, target };
    return { outcome: 'no-match', why: { kind: 'void', lookup }, target };
  }

  private voidOrError(lookup: Exclude<Lookup, { kind: 'records' }>, target: string): TermResult {
    // §5: a DNS error other than NXDOMAIN, or a timeout, makes the check a temperror.
    if (lookup.kind === 'error') return { outcome: 'temperror', why: { kind: 'lookup-failed', problem: lookup.problem }, target };
    return this.voidOutcome(lookup.lookup, target);
  }

  private lookup(name: string, type: 'A' | 'AAAA' | 'MX'): Promise<Lookup> {
    return lookup(this.options.resolver, name, type, this.queryOptions);
  }

  private traceTerm(term: string, outcome: TermResult): SpfTraceTerm {
    const traced: SpfTraceTerm = { term, outcome: outcome.outcome, why: outcome.why, lookups: this.lookups };
    if (outcome.target !== undefined) traced.target = outcome.target;
    if (outcome.child) traced.child = outcome.child;
    return traced;
  }
}

/** Names the term and the record an error arose in. */
function termCause(term: string, domain: string, outcome: 'permerror' | 'temperror'): SpfCause {
  return { kind: 'term', term, domain: withoutTrailingDot(domain), outcome };
}

function termStop(term: string, domain: string, why: SpfTermWhy): SpfStop {
  return { kind: 'term', term, domain: withoutTrailingDot(domain), why };
}
