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
  /**
   * A delay between hops in its two largest units, with the language's own short unit names
   * (Intl.NumberFormat style "unit"): 93 600 s -> "1 day 2 hr" (en) / "1 j 2 h" (fr). The sign is dropped:
   * a negative delay is clock skew, which the caller says in words.
   */
  duration(seconds: number): string;
}

type DurationUnit = 'day' | 'hour' | 'minute' | 'second';

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
  const unitFormats = new Map<DurationUnit, Intl.NumberFormat>();
  const unit = (name: DurationUnit, value: number) => {
    const formatter = unitFormats.get(name) ?? new Intl.NumberFormat(lang, { style: 'unit', unit: name, unitDisplay: 'short' });
    unitFormats.set(name, formatter);
    return formatter.format(value);
  };
  const duration = (seconds: number) => {
    const s = Math.round(Math.abs(seconds));
    if (s < 60) return unit('second', s);
    if (s < 3600) return `${unit('minute', Math.floor(s / 60))} ${unit('second', s % 60)}`;
    if (s < 86_400) return `${unit('hour', Math.floor(s / 3600))} ${unit('minute', Math.floor((s % 3600) / 60))}`;
    return `${unit('day', Math.floor(s / 86_400))} ${unit('hour', Math.floor((s % 86_400) / 3600))}`;
  };
  const format: Format = {
    lang,
    number: (value) => numbers.format(value),
    list: (items, type = 'and') => lists[type].format(items),
    plural,
    count: (count, forms) => `${numbers.format(count)} ${plural(count, forms)}`,
    duration,
  };
  formats.set(lang, format);
  return format;
}
