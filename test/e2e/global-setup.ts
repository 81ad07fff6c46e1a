// The end-to-end suite tests the extension as built: build it once before the suite runs.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function setup(): void {
  execFileSync('npx', ['wxt', 'build'], { cwd: resolve(import.meta.dirname, '../..'), stdio: 'inherit' });
}
