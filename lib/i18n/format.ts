// Numbers, lists and plurals in the reader's language (Intl.NumberFormat, Intl.ListFormat,
// Intl.PluralRules): "1 signature" / "2 signatures", "1 234" in French, "a, b and c" / "a, b et c".
import type { Lang } from './lang';

export interface Format {
  lang: Lang;
  /** 1234 -> "1,234" (en) / "1 234" (fr). */
  number(value: number): string;
  /** ["a", "b", "c"] -> "a, b and c" (en) / "a, b et c" (fr); `or` for alternatives. */
  list(items: readonly string[], type?: 'and' | 'or'): string;
  /** The form for a count: plural(2, { one: 'signature', other: 'signatures' }) -> "signatures". */
  plural(count: number, forms: PluralForms): string;
  /** The count and its form: count(2, { one: 'signature', other: 'signatures' }) -> "2 signatures". */
  count(count: number, forms: PluralForms): string;
}

/** CLDR plural categories English and French use (French "one" covers 0 and 1). */
export interface PluralForms {
  one: string;
  other: string;
  /** French "many" (1 000 000 de ...): falls back to `other` when absent. */
  many?: string;
}

const formats = new Map<Lang, Format>();

export function formatFor(lang: Lang): Format {
  const cached = formats.get(lang);
  if (cached) return cached;
  const numbers = new Intl.NumberFormat(lang);
  const plurals = new Intl.PluralRules(lang);
  const lists = { and: new Intl.ListFormat(lang, { type: 'conjunction' }), or: new Intl.ListFormat(lang, { type: 'disjunction' }) };
  const plural = (count: number, forms: PluralForms) => {
    const category = plurals.select(count);
    return category === 'one' ? forms.one : category === 'many' ? (forms.many ?? forms.other) : forms.other;
  };
  const format: Format = {
    lang,
    number: (value) => numbers.format(value),
    list: (items, type = 'and') => lists[type].format(items),
    plural,
    count: (count, forms) => `${numbers.format(count)} ${plural(count, forms)}`,
  };
  formats.set(lang, format);
  return format;
}
