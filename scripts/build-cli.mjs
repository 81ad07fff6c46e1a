// Builds the `mailtrust` command into one file that plain `node` runs (design notes, "Contracts").
import { build } from 'esbuild';

await build({
  entryPoints: ['lib/cli/bin.ts'],
  outfile: 'dist/cli.mjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
console.log('built dist/cli.mjs (run: node dist/cli.mjs --help)');
