// The popup paints before the engine loads (issue 14): what popup.html loads before its first paint stays small,
// and the engine's chunk is not part of it. The build is the one `npm test` just made for these suites. A
// regression here once went unseen for a whole session: a page-side import of the full catalogs pulled the engine
// into the popup's shared chunk (175 KB gzip before paint).
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipBytes, scriptsBeforePaint } from '../helpers/built-popup';

const BUILT = '.output/chrome-mv3';
const LIMIT_BYTES = 60 * 1024;

describe('the popup before its first paint', () => {
  const before = scriptsBeforePaint(BUILT);

  it('loads the engine only after the paint: its chunk exists and is not imported statically', () => {
    const engine = readdirSync(join(BUILT, 'chunks')).filter((file) => file.startsWith('run-analysis-'));
    expect(engine).toHaveLength(1);
    expect(before.length).toBeGreaterThan(0);
    expect(before.some((file) => file.includes('run-analysis-'))).toBe(false);
  });

  it(`loads at most 60 KB of JavaScript, gzipped`, () => {
    const sizes = Object.fromEntries(before.map((file) => [file, gzipBytes(join(BUILT, file))]));
    const total = Object.values(sizes).reduce((sum, n) => sum + n, 0);
    // The files and their sizes are in the message, so a failure says which chunk grew.
    expect(total, JSON.stringify(sizes)).toBeLessThanOrEqual(LIMIT_BYTES);
  });
});
