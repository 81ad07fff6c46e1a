import type { InputProblem } from '../lib/message/check-input';
import type { HeaderListing } from '../lib/message/list-header-fields';
import { HeaderTable } from './HeaderTable';
import { useWords, type Words } from './words';

/** What the pages can show before the engine lands: the header fields, or why there are none. */
export function HeaderListingView({ listing }: { listing: HeaderListing }) {
  const words = useWords();
  const { t, plural } = words;
  if (!listing.ok) {
    return (
      <p class="notice notice-error" role="alert" data-testid="input-problem">
        {describeProblem(listing.problem, words)}
      </p>
    );
  }
  return (
    <section aria-live="polite">
      <p class="summary" data-testid="field-count">
        {plural('fieldCount', listing.fields.length)} {listing.hasBody ? '' : t('headersOnly')}
      </p>
      <HeaderTable fields={listing.fields} />
    </section>
  );
}

/** Why the text is not an email, in the page's language. */
export function describeProblem(problem: InputProblem, { t, number, plural }: Words): string {
  // MiB to one decimal, written as the language writes it (1.5 / 1,5).
  const mib = (bytes: number) => number(Math.round((bytes / 1024 / 1024) * 10) / 10);
  switch (problem.reason) {
    case 'empty':
      return t('inputEmpty');
    case 'too-large':
      return t('inputTooLarge', [mib(problem.bytes), mib(problem.limitBytes)]);
    case 'binary':
      return t('inputBinary', [String(problem.offset)]);
    case 'no-header-lines':
      return t('inputNoHeaders');
    case 'no-email-fields':
      return plural('inputNoEmailFields', problem.count, [problem.names.join(', ')]);
  }
}
