// What the built popup loads before it can paint: the module scripts popup.html names and every chunk they
// import statically (an import() is loaded later, so it is not counted). Shared by the popup benchmark and the
// e2e test that keeps the engine off the popup's critical path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Files under `dir` (a built extension) that popup.html loads before its first paint, sorted. */
export function scriptsBeforePaint(dir: string): string[] {
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const pending = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) pending.push(`chunks/${m[1]}`);
  }
  return [...seen].sort();
}

/** A file's size gzipped at level 9, in bytes. */
export function gzipBytes(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}
