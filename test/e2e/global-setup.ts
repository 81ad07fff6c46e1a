// The end-to-end suite tests the extension as built: build it once before the suite runs.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function setup(): void {
  const cwd = resolve(import.meta.dirname, '../..');
  execFileSync('npx', ['wxt', 'build'], { cwd, stdio: 'inherit' });
  // The capture tests' build: see e2eExtensionDir in harness.ts.
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd, stdio: 'inherit' });
  // The same two for Firefox (.output/firefox-mv3 and .output/firefox-mv3-e2e, see firefox.ts).
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd, stdio: 'inherit' });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e'], { cwd, stdio: 'inherit' });
}
