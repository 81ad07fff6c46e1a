// Random and mutated header text never makes a parser throw or hang, and no regular expression
// backtracks badly: each parser's cost on a 100 KB adversarial line stays within a generous multiple
// of its cost on a 10 KB line (a quadratic pattern would be ~100 times slower, a linear one ~10 times).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  decodeEncodedWords,
  parseAddressList,
  parseArcAuthenticationResults,
  parseAuthenticationResults,
  parseDate,
  parseReceived,
  parseReceivedSpf,
} from '../../lib/headers';
import { checkInput, findHeaderBoundary, parseMessage, recognizeInput } from '../../lib/message';

const testdata = fileURLToPath(new URL('../../../shared/testdata/', import.meta.url));
const SAMPLES = [
  'realworld/mimekit/bounce.txt',
  'realworld/lieser-dkim_verifier/Fastmail from Amazon - Verify your new Amazon account.eml',
  'realworld/spamscope-mail-parser/mail_test_10.headers.eml',
  'realworld/spamassassin/nice-001.eml',
].map((file) => {
  const text = readFileSync(`${testdata}${file}`, 'utf8');
  return text.slice(0, findHeaderBoundary(text).headerEnd);
});

const PARSERS: [string, (text: string) => unknown][] = [
  ['parseMessage', parseMessage],
  ['recognizeInput', recognizeInput],
  ['checkInput', checkInput],
  ['parseReceived', parseReceived],
  ['parseAuthenticationResults', parseAuthenticationResults],
  ['parseArcAuthenticationResults', parseArcAuthenticationResults],
  ['parseReceivedSpf', parseReceivedSpf],
  ['parseAddressList', parseAddressList],
  ['parseDate', parseDate],
  ['decodeEncodedWords', decodeEncodedWords],
];

// Characters that matter to the grammars: delimiters, quotes, comments, folding, encoded-word marks.
const HEADER_CHARS = [...'abcXYZ019 \t\r\n:;=.,@<>()[]"\\?/-_+>%', '\r\n ', '=?', '?=', 'from ', 'by ', 'with ', '; ', 'Received: ', 'spf=pass ', 'i=1; '];
const headerText = fc.array(fc.constantFrom(...HEADER_CHARS), { maxLength: 400 }).map((parts) => parts.join(''));

/** A real header section with random edits: inserted, deleted and replaced slices. */
const mutatedHeader = fc
  .tuple(
    fc.constantFrom(...SAMPLES),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(headerText, fc.string({ maxLength: 20 }), fc.constant(''))), { minLength: 1, maxLength: 8 }),
  )
  .map(([sample, edits]) => {
    let text = sample;
    for (const [at, length, insert] of edits) {
      const start = text.length ? at % text.length : 0;
      text = text.slice(0, start) + insert + text.slice(start + length);
    }
    return text;
  });

describe('random and mutated headers', () => {
  it('no parser throws on random header-like text', () => {
    fc.assert(
      fc.property(fc.oneof(headerText, fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        for (const [, parse] of PARSERS) parse(text);
      }),
      { numRuns: 400 },
    );
  });

  it('parseMessage always returns a typed result on mutated real headers', () => {
    fc.assert(
      fc.property(mutatedHeader, (text) => {
        const result = parseMessage(text);
        if (result.ok) {
          expect(result.message.hops.every((hop, index) => hop.index === index)).toBe(true);
          expect(() => JSON.stringify({ hops: result.message.hops, authResults: result.message.authResults, edge: result.message.edge })).not.toThrow();
        } else {
          expect(['empty', 'binary', 'no-header-lines', 'too-large']).toContain(result.problem.reason);
        }
        for (const [, parse] of PARSERS) parse(text);
      }),
      { numRuns: 300 },
    );
    // Room for 300 runs on a loaded machine: a time-out, not a speed claim.
  }, 30_000);
});

// Lines built to make a backtracking regular expression explode: long runs of one character class
// followed by something that makes the match fail at the very end.
const ADVERSARIAL: [string, (size: number) => string][] = [
  ['a field name without its colon', (n) => 'a'.repeat(n) + ' x'],
  ['spaces before a missing colon', (n) => 'Subject' + ' '.repeat(n) + 'x'],
  ['unclosed comments', (n) => '('.repeat(n)],
  ['unclosed quoted string', (n) => '"' + 'a'.repeat(n)],
  ['encoded-word starts', (n) => '=?'.repeat(n / 2)],
  ['an encoded word that never ends', (n) => '=?utf-8?q?' + 'a'.repeat(n)],
  ['base64 padding', (n) => '=?utf-8?b?' + '='.repeat(n) + 'x?='],
  ['HELO repeated', (n) => 'from x (HELO ' + 'HELO '.repeat(n / 5) + ')'],
  ['bracket runs', (n) => 'from x (' + '['.repeat(n) + ')'],
  ['semicolons and spaces', (n) => '; '.repeat(n / 2)],
  ['method without result', (n) => 'example.org; ' + 'dkim '.repeat(n / 5)],
  ['dotted property runs', (n) => 'example.org; dkim=pass ' + 'header.'.repeat(n / 7)],
  ['digits like a date', (n) => '1'.repeat(n) + ' Jan'],
  ['quote marks', (n) => '> '.repeat(n / 2)],
  ['Gmail summary label and spaces', (n) => 'Original message\nSPF' + ' '.repeat(n) + 'x\n'],
  ['angle brackets', (n) => '<'.repeat(n) + '@'],
  ['at signs', (n) => '@'.repeat(n)],
  ['Received-SPF key runs', (n) => 'pass ' + 'a'.repeat(n)],
  ['ARC instance and domain tags', (n) => 'i=1; ' + ';'.repeat(n) + ' d'],
  ['folded whitespace', (n) => 'X:' + '\r\n '.repeat(n / 3) + 'x'],
];

/**
 * Best of three runs, in milliseconds of this process's CPU time (not wall time: other programs on a loaded
 * machine must not make a linear parser look quadratic), never below a 1 ms floor (timer resolution).
 */
function cost(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return Math.max(best, 1);
}

let worst = 0;

describe('linear cost on 100 KB adversarial lines', () => {
  afterAll(() => {
    // Visible in the test output, to see how much room the bounds leave.
    console.log(`slowest 100 KB adversarial parse: ${worst.toFixed(1)} ms`);
  });

  for (const [name, build] of ADVERSARIAL) {
    it(name, () => {
      const small = build(10_000);
      const large = build(100_000);
      for (const [parserName, parse] of PARSERS) {
        for (const [label, line] of [
          ['value', large],
          ['field', `X-Test: ${large}`],
          ['received', `Received: ${large}`],
        ] as const) {
          const smallLine = label === 'value' ? small : `${label === 'field' ? 'X-Test' : 'Received'}: ${small}`;
          const smallCost = cost(() => parse(smallLine));
          const largeCost = cost(() => parse(line));
          const what = `${parserName} on ${label} (${name}): ${smallCost.toFixed(1)} ms -> ${largeCost.toFixed(1)} ms`;
          // 10x the input: a linear parser takes ~10x; allow 30x before calling it super-linear.
          expect(largeCost, what).toBeLessThan(smallCost * 30);
          // Irregexp softens some quadratic patterns to a ~20x ratio, so also bound the work outright:
          // these parses take a few milliseconds; a backtracking pattern takes seconds at 100 KB.
          expect(largeCost, what).toBeLessThan(1000);
          worst = Math.max(worst, largeCost);
        }
      }
    }, 60_000);
  }
});
