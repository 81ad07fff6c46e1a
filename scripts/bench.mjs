// `npm run bench`: runs every bench/*.bench.ts in turn. Each file is bundled with esbuild and run with
// node; it prints its own measurements as ratios against the baseline it names.
import { build } from 'esbuild';
import { readdirSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const only = process.argv[2];
const files = readdirSync('bench').filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only))).sort();
// Inside the project, so the bundles' bare imports resolve to node_modules.
const out = resolve('node_modules/.cache/mailtrust-bench');
mkdirSync(out, { recursive: true });
let failed = 0;
for (const file of files) {
  const outfile = join(out, file.replace(/\.ts$/, '.mjs'));
  await build({ entryPoints: [join('bench', file)], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
  console.log(`\n== ${file}`);
  const run = spawnSync(process.execPath, [outfile], { stdio: 'inherit', cwd: resolve('.') });
  if (run.status !== 0) failed++;
}
if (files.length === 0) console.log('no benchmarks in bench/');
process.exitCode = failed ? 1 : 0;
