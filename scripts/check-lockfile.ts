/**
 * npm run check:lockfile: fails when package-lock.json would not install with `npm ci` on one of
 * the platforms learners use (see scripts/lib/lockfile-platforms.ts). The fix is to regenerate it
 * from scratch: rm -rf node_modules package-lock.json && npm install.
 */
import { readFileSync } from 'node:fs';
import { PLATFORMS, lockfileProblems, nativePackages, platformName, type Lockfile } from './lib/lockfile-platforms';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lockfile;
const problems = lockfileProblems(lock);
for (const { package: name, message } of problems) console.log(`package-lock.json: ${name}: ${message}`);
if (problems.length) {
  console.log('Regenerate it from scratch: rm -rf node_modules package-lock.json && npm install');
  process.exitCode = 1;
} else {
  console.log(`package-lock.json installs on ${PLATFORMS.map(platformName).join(', ')}`);
  console.log(`native packages covered: ${nativePackages(lock).join(', ')}`);
}
