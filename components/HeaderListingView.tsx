import type { HeaderListing } from '../lib/message/list-header-fields';
import { describeProblem, t } from '../extension/i18n';
import { HeaderTable } from './HeaderTable';

/** What the pages can show before the engine lands: the header fields, or why there are none. */
export function HeaderListingView({ listing }: { listing: HeaderListing }) {
  if (!listing.ok) {
    return (
      <p class="notice notice-error" role="alert" data-testid="input-problem">
        {describeProblem(listing.problem)}
      </p>
    );
  }
  return (
    <section aria-live="polite">
      <p class="summary" data-testid="field-count">
        {t('fieldCount', [String(listing.fields.length)])} {listing.hasBody ? '' : t('headersOnly')}
      </p>
      <HeaderTable fields={listing.fields} />
    </section>
  );
}
