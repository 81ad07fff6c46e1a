// Checks b= over the canonicalized header data with WebCrypto (RFC 6376 §3.3, RFC 8463 §3).
import { copy } from './public-key';
import type { DkimAlgorithm } from './types';

export async function verifyHeaderSignature(algorithm: DkimAlgorithm, key: CryptoKey, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  try {
    if (algorithm === 'ed25519-sha256') {
      // RFC 8463 §3: Ed25519 signs the SHA-256 hash of the canonicalized data, not the data itself.
      const digest = await crypto.subtle.digest('SHA-256', copy(data));
      return await crypto.subtle.verify({ name: 'Ed25519' }, key, copy(signature), digest);
    }
    return await crypto.subtle.verify({ name: 'RSASSA-PKCS1-v1_5' }, key, copy(signature), copy(data));
  } catch {
    // WebCrypto rejects a signature of the wrong length for the key: that is a signature that does not verify.
    return false;
  }
}
