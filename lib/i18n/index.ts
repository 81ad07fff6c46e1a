export { LANGS, langOfEnvironment, langOfTag, type Lang } from './lang';
export { formatFor, type Format, type PluralForms } from './format';
export { catalogFor, localizeReport, outcomeOf, renderFinding, renderFix, renderRecommendation, renderVerdict } from './render';
export type { Catalog, FindingTextsOf, FindingWords } from './catalog';
