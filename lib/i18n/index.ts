export { LANGS, langOfEnvironment, langOfTag, type Lang } from './lang';
export { formatFor, type Format, type PluralForms } from './format';
export type { Catalog, FindingTextsOf, FindingWords } from './catalog';
