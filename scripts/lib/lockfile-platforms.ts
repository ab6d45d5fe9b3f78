/**
 * Does package-lock.json install everywhere a learner works? npm writes only the optional native
 * packages of the platform it runs on when it updates a lockfile from an existing node_modules, and
 * `npm ci` on every other platform then refuses the lockfile. Pure: the caller passes the parsed
 * lockfile; the test and `npm run check:lockfile` share it.
 */

export interface Platform {
  os: string;
  cpu: string;
  /** glibc or musl, for Linux. */
  libc?: 'glibc' | 'musl';
}

/** macOS (Apple silicon, Intel), Linux (x64, arm64; glibc and musl), Windows (x64). */
export const PLATFORMS: readonly Platform[] = [
  { os: 'darwin', cpu: 'arm64' },
  { os: 'darwin', cpu: 'x64' },
  { os: 'linux', cpu: 'x64', libc: 'glibc' },
  { os: 'linux', cpu: 'x64', libc: 'musl' },
  { os: 'linux', cpu: 'arm64', libc: 'glibc' },
  { os: 'linux', cpu: 'arm64', libc: 'musl' },
  { os: 'win32', cpu: 'x64' },
];

export const platformName = ({ os, cpu, libc }: Platform): string => [os, cpu, libc].filter(Boolean).join('-');

interface LockEntry {
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

export interface Lockfile {
  packages: Record<string, LockEntry>;
}

/** npm's os/cpu/libc fields: a list of allowed values, "!value" excluding one. */
function allows(list: string[] | undefined, value: string | undefined): boolean {
  if (!list || value === undefined) return true;
  if (list.includes(`!${value}`)) return false;
  return list.some((entry) => !entry.startsWith('!')) ? list.includes(value) : true;
}

const runsOn = (entry: LockEntry, platform: Platform) =>
  allows(entry.os, platform.os) && allows(entry.cpu, platform.cpu) && allows(entry.libc, platform.libc);

/** Where npm finds a dependency of the package at `location`: its own node_modules, then each parent's. */
function resolve(packages: Lockfile['packages'], location: string, name: string): LockEntry | undefined {
  let dir = location;
  for (;;) {
    const entry = packages[`${dir ? `${dir}/` : ''}node_modules/${name}`];
    if (entry) return entry;
    if (!dir) return undefined;
    const at = dir.lastIndexOf('/node_modules/');
    dir = at < 0 ? '' : dir.slice(0, at);
  }
}

export interface LockfileProblem {
  package: string;
  message: string;
}

/**
 * Every optional dependency the lockfile's packages declare is in it, and every package that ships
 * native bindings for several operating systems (esbuild, Rolldown, Lightning CSS, Tailwind's
 * oxide, Pagefind, Astro's compiler …) has one for each platform of PLATFORMS.
 */
export function lockfileProblems(lock: Lockfile, platforms: readonly Platform[] = PLATFORMS): LockfileProblem[] {
  const problems: LockfileProblem[] = [];
  for (const [location, entry] of Object.entries(lock.packages)) {
    if (!location || entry.os || entry.cpu) continue;
    const name = location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const bindings: LockEntry[] = [];
    for (const dependency of Object.keys(entry.optionalDependencies ?? {})) {
      const found = resolve(lock.packages, location, dependency);
      if (!found) problems.push({ package: name, message: `optional dependency ${dependency} is missing from the lockfile` });
      else if (found.os || found.cpu) bindings.push(found);
    }
    // A single-OS extra (fsevents on macOS) is an optimisation, not a binding every platform needs.
    if (new Set(bindings.flatMap((binding) => binding.os ?? [])).size < 2) continue;
    for (const platform of platforms) {
      if (!bindings.some((binding) => runsOn(binding, platform))) {
        problems.push({ package: name, message: `no native binding for ${platformName(platform)}` });
      }
    }
  }
  return problems;
}

/** The packages with native bindings the lockfile covers (each name once, nested copies too), for the report. */
export function nativePackages(lock: Lockfile): string[] {
  return Object.entries(lock.packages)
    .filter(([location, entry]) => location && !entry.os && !entry.cpu)
    .filter(([location, entry]) => {
      const oses = Object.keys(entry.optionalDependencies ?? {}).flatMap((d) => resolve(lock.packages, location, d)?.os ?? []);
      return new Set(oses).size >= 2;
    })
    .map(([location]) => location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length))
    .filter((name, at, names) => names.indexOf(name) === at)
    .sort();
}
