// The library's createResolver (design notes, "Contracts"): the engine's own returns why it failed as data
// (`problem`); scripts written against schema 1 and 2 read `error`, an English sentence, so the public one
// keeps it, worded by the English catalog. Likewise each failed query: the engine's resolvers give its facts
// (reason, timeoutMs, httpStatus, problem, ...), and the public resolver adds `message`, the same in English,
// for scripts that read DnsFailure.message.
import { createResolver as createResolverData, type CreateResolverOptions, type ResolverProblem } from './dns/create-resolver';
import { failureFacts, type Resolver } from './dns/types';
import { formatFor } from './i18n/format';
import { catalogFor } from './i18n/render';

export type PublicResolverResult = { ok: true; resolver: Resolver } | { ok: false; problem: ResolverProblem; error: string };

const ENGLISH = catalogFor('en');

export function createResolver(options: CreateResolverOptions = {}): PublicResolverResult {
  const created = createResolverData(options);
  if (created.ok) return { ok: true, resolver: withEnglishFailures(created.resolver) };
  return { ...created, error: ENGLISH.dnsSetup.resolverProblem(created.problem, formatFor('en')) };
}

function withEnglishFailures(inner: Resolver): Resolver {
  return {
    label: inner.label,
    ...(inner.mode ? { mode: inner.mode } : {}),
    query: async (name, type, options) => {
      const result = await inner.query(name, type, options);
      return result.kind === 'failure' ? { ...result, message: ENGLISH.dnsFailure.failure(failureFacts(result), formatFor('en')) } : result;
    },
  };
}
