// ARC (RFC 8617): the public entry points of this folder.
export { verifyArc, type ArcOptions } from './verify-arc';
export { MAX_INSTANCE } from './collect-sets';
export type { ArcAuthenticationResults } from './read-arc-authentication-results';
export type { ArcFailCode, ArcInstanceReport, ArcMessageSignatureReport, ArcResult, ArcSealReport, ArcSignatureCheck } from './types';
