// DKIM (RFC 6376, RFC 8463): the public entry points of this folder.
export { verifyDkim, verifyDkimSignature, CLOCK_SKEW_SECONDS, MINIMUM_RSA_BITS, type DkimOptions } from './verify-dkim';
export { isSameOrSubdomain } from './parse-signature';
export type { DkimAlgorithm, DkimFailCode, DkimNeutralCode, DkimPermerrorCode, DkimResult, DkimTemperrorCode, DkimWarning, SignedField, UnsignedField } from './types';
