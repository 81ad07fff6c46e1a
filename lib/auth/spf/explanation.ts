// The explanation of a fail (RFC 7208 §6.2): the TXT record named by exp=, expanded as an explain-string.
import type { QueryOptions, Resolver } from '../../dns/types';
import { checkTargetName, truncateDomain } from './domain-name';
import { expandMacroString, parseMacroString, type MacroContext } from './macro';
import type { Modifier } from './parse-record';

/** The expanded explanation, or null when §6.2 says to proceed as if no exp modifier was given. */
export async function explanationFromExp(exp: Modifier, context: MacroContext, resolver: Resolver, options: QueryOptions): Promise<string | null> {
  const target = truncateDomain(await expandMacroString(exp.value, context));
  if (!checkTargetName(target).ok) return null;
  // §4.6.4: the exp= lookup does not count toward the lookup or void limits.
  const answer = await resolver.query(target, 'TXT', options);
  // §6.2: DNS errors, no record or more than one record: proceed as if no exp modifier was given.
  if (answer.kind !== 'answer' || answer.rcode !== 'NOERROR' || answer.answers.length !== 1) return null;
  const record = answer.answers[0];
  if (!record || record.type !== 'TXT') return null;
  // §6.2: the strings are joined without spaces and must form a valid explain-string.
  const explainString = parseMacroString(record.strings.join(''), 'explain-string');
  if (!explainString.ok) return null;
  return expandMacroString(explainString.value, context);
}
