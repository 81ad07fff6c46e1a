// ARC-Authentication-Results (RFC 8617 §4.1.1): "i=" instance tag, then an Authentication-Results payload.
import { parseAuthenticationResults, type AuthenticationResults } from './parse-authentication-results';

export interface ArcAuthenticationResultsField {
  /** The ARC instance (1..50); null when the "i=" tag is missing or not a number. */
  instance: number | null;
  results: AuthenticationResults;
}

const INSTANCE = /^[ \t]*i[ \t]*=[ \t]*(\d{1,3})[ \t]*;/;

/** Parses an ARC-Authentication-Results value; never throws. */
export function parseArcAuthenticationResults(value: string): ArcAuthenticationResultsField {
  const text = value.replace(/\r?\n/g, '');
  const match = INSTANCE.exec(text);
  if (!match) {
    const results = parseAuthenticationResults(text);
    results.problems.unshift({ problem: 'no-instance' });
    return { instance: null, results };
  }
  return { instance: Number(match[1]), results: parseAuthenticationResults(text.slice(match[0].length)) };
}
