// The library's createResolver (design notes, "Contracts"): the engine's own returns why it failed as data
// (`problem`); scripts written against schema 1 and 2 read `error`, an English sentence, so the public one
// keeps it, worded by the English catalog.
import { createResolver as createResolverData, type CreateResolverOptions, type ResolverProblem } from './dns/create-resolver';
import type { Resolver } from './dns/types';
import { formatFor } from './i18n/format';
import { catalogFor } from './i18n/render';

export type PublicResolverResult = { ok: true; resolver: Resolver } | { ok: false; problem: ResolverProblem; error: string };

export function createResolver(options: CreateResolverOptions = {}): PublicResolverResult {
  const created = createResolverData(options);
  if (created.ok) return created;
  return { ...created, error: catalogFor('en').dnsSetup.resolverProblem(created.problem, formatFor('en')) };
}
