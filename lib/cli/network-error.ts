// A failed exchange as the platform reports one: an Error whose `code` says what happened. DohResolver
// keeps only the code (a DnsFailure's `code`, worded by the catalogs), so the message is the code too.
export function networkError(code: string): Error {
  return Object.assign(new Error(code), { code });
}
