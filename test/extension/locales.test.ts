// Every user-visible string is in public/_locales for English and French: the same keys, the same
// substitutions, and every key the code asks for exists.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { substitute } from '../../components/words';

const root = resolve(import.meta.dirname, '../..');
const load = (lang: string) => JSON.parse(readFileSync(join(root, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const en = load('en');
const fr = load('fr');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const placeholders = (message: string) => [...message.matchAll(/\$([1-9])/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('English and French have the same keys, none empty', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of [...Object.entries(en), ...Object.entries(fr)]) expect(value.message.trim(), key).not.toBe('');
  });

  it('each French message takes the same substitutions as the English one', () => {
    for (const key of Object.keys(en)) expect(placeholders(fr[key]!.message), key).toEqual(placeholders(en[key]!.message));
  });

  it('every literal key the pages ask for exists', () => {
    const used = new Set<string>();
    for (const file of ['entrypoints', 'components', 'extension'].flatMap((dir) => sourceFiles(join(root, dir)))) {
      const text = readFileSync(file, 'utf8');
      // t('key'...) and t(condition ? 'a' : 'b', ...)
      for (const call of text.matchAll(/\bt\(([^()]*?)(?:,|\))/g)) {
        for (const literal of call[1]!.matchAll(/'([A-Za-z_]+)'/g)) used.add(literal[1]!);
      }
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });

  it('has every key that the code builds from a value: levels, severities, causes, hops, capture failures', () => {
    const built = [
      ...['fail', 'warn', 'info', 'pass'].map((v) => `severity_${v}`),
      'hop_edge', 'hop_origin', 'input_full', 'input_headers_only', 'input_not_email',
      ...['yes', 'no', 'unknown', 'not_applicable'].map((v) => `rule_${v}`),
      ...['paste', 'file', 'selection', 'link', 'page'].map((v) => `source_${v}`),
      ...['link', 'page'].flatMap((s) => ['no_access', 'fetch_failed', 'no_source'].map((r) => `capture_${s}_${r}`)),
    ];
    expect(built.filter((key) => !(key in en))).toEqual([]);
  });
});

describe('substitute (a forced language follows chrome.i18n rules)', () => {
  it('replaces $1..$9 and turns $$ into $', () => {
    expect(substitute('$1 of $2 checks, $$5 each', ['3', '7'])).toBe('3 of 7 checks, $5 each');
    expect(substitute('missing $3', ['a'])).toBe('missing ');
  });
});
