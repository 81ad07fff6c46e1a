// Issue 15, "done when": no user-visible English string is built in lib/ outside the English catalog. The
// engine produces facts (codes, names, numbers); lib/i18n/en words them in English and lib/i18n/fr in French.
// The scanner (english-literals.ts) reads every .ts file under lib/ with the TypeScript parser and lists the
// literals that read as English prose; this test fails with their file:line:text.
import { describe, expect, it } from 'vitest';
import { findEnglishLiterals, looksEnglish } from './english-literals';
import { listSourceFiles } from './source-files';

// The English catalog is where English belongs.
const ENGLISH_CATALOG = 'lib/i18n/en/';

const scanned = () => listSourceFiles().filter(({ path }) => path.startsWith('lib/') && !path.startsWith(ENGLISH_CATALOG));

describe('no English built in lib/ outside the English catalog', () => {
  it('finds no English literal', () => {
    const found = scanned()
      .flatMap(({ path, text }) => findEnglishLiterals(path, text))
      .map(({ file, line, text }) => `${file}:${line}: ${text}`);
    expect(found).toEqual([]);
  }, 60_000); // parsing every file of lib/ takes seconds on a busy machine

  it('scans the engine (lib/ has files, the converted parsers and DNS client among them)', () => {
    const paths = scanned().map(({ path }) => path);
    expect(paths.length).toBeGreaterThan(100);
    for (const path of ['lib/auth/dkim/parse-signature.ts', 'lib/dns/read-message.ts', 'lib/headers/parse-authentication-results.ts']) expect(paths).toContain(path);
  });
});

describe('the scanner', () => {
  const planted = [
    "import { x } from 'the module that is not a sentence';",
    "const code = 'key-not-found';",
    "const record = 'v=spf1 ip4:192.0.2.1 include:_spf.example.com -all';",
    "const fields = 'From To Subject Date';",
    "const french = 'Il contient des champs Received, mais pas d\\'en-tête From ni de Date';",
    "export const reason = 'the key record is missing from DNS';",
    'const template = (name: string, count: number) => `${name} has ${count} TXT records`;',
    'const split = (a: string, b: string) => `${a} is not in ${b}`;',
    "const inside = { detail: ['no PTR record for this address'] };",
    "// internal: only a programming bug reaches this\nthrow new Error('the table has no entry for this code');",
    "throw new Error('the table has no entry for that code'); // internal",
    "// protocol text\nconst explain = '%{i} is not one of the servers of %{d}';",
    "const quoted = '« all » correspond toujours';",
    "throw new Error('the slot was finished twice, which cannot happen');",
  ].join('\n');

  it('catches planted sentences, and only those, at their line', () => {
    expect(findEnglishLiterals('lib/planted.ts', planted)).toEqual([
      { file: 'lib/planted.ts', line: 6, text: 'the key record is missing from DNS' },
      { file: 'lib/planted.ts', line: 7, text: '${…} has ${…} TXT records' },
      { file: 'lib/planted.ts', line: 8, text: '${…} is not in ${…}' },
      { file: 'lib/planted.ts', line: 9, text: 'no PTR record for this address' },
      { file: 'lib/planted.ts', line: 16, text: 'the slot was finished twice, which cannot happen' },
    ]);
  });

  it('reads prose as English and codes, records and French as not', () => {
    expect(looksEnglish('timeout after 3 s')).toBe(true);
    expect(looksEnglish("the key isn't published")).toBe(true);
    expect(looksEnglish('dkim.key-missing spf.pass arc.none')).toBe(false);
    expect(looksEnglish('délai dépassé après 3 s')).toBe(false);
    expect(looksEnglish('No From')).toBe(false);
  });
});
