// SPF (RFC 7208): the public entry points of this folder.
export { checkSpf, checkSpfIdentities, type SpfIdentityResults, type SpfOptions, type SpfRequest } from './check-spf';
export { checkHost, DEFAULT_EXPLANATION, DEFAULT_TIME_LIMIT_MS, MAX_DNS_TERMS, MAX_MX_NAMES, MAX_PTR_NAMES, MAX_VOID_LOOKUPS } from './check-host';
export { parseRecord, isSpfRecord, type SpfRecord, type Directive, type Mechanism, type Modifier, type Qualifier } from './parse-record';
export type { SpfIdentity, SpfMatch, SpfResult, SpfResultCode, SpfTermOutcome, SpfTraceNode, SpfTraceTerm } from './types';
