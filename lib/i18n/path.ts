// The words of the message's path and input as the pages show them (why a hop is the edge, why a check
// did not run, what the receiver saw then and what the re-check says now, why the input is not an email):
// what each language must say, and how a Report's path and input are put into a language again
// (localizeReport calls localizePath).
import type { Report, ReportDraft } from '../report/types';
import type { Catalog } from './catalog';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as each text moves here
export interface PathTexts {}

/** The Report's path, input and then-and-now with their words in the catalog's language. */
export function localizePath<R extends Report | ReportDraft>(report: R, _catalog: Catalog): R {
  return report;
}
