// The words of the checks' own results as the cards show them (a DKIM signature's reason, an SPF
// result's cause, an ARC chain's summary): what each language must say, and how a Report's check
// results are put into a language again (localizeReport calls localizeChecks).
import type { Report, ReportDraft } from '../report/types';
import type { Catalog } from './catalog';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as each check's words move here
export interface CheckTexts {}

/** The Report's check results with their words in the catalog's language. */
export function localizeChecks<R extends Report | ReportDraft>(report: R, _catalog: Catalog): R {
  return report;
}
