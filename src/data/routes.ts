/** The site's routes (src/lib/routes.ts), computed once per build; each route file's getStaticPaths reads its list here. */
import { buildRoutes, type Routes } from '../lib/routes';
import { loadPractice } from './practice';
import { loadSite } from './site';

let cached: Promise<Routes> | undefined;

export function loadRoutes(): Promise<Routes> {
  cached ??= Promise.all([loadSite(), loadPractice()]).then(([site, practice]) => buildRoutes(site, practice));
  return cached;
}

/**
 * getStaticPaths for one kind of page: `export const getStaticPaths = () => routes('notes')`. Each
 * call gets its own route objects: Astro keeps per route file what getStaticPaths returned.
 */
export const routes = async <K extends keyof Routes>(kind: K): Promise<Routes[K]> =>
  (await loadRoutes())[kind].map((route) => ({ params: { ...route.params }, props: { ...route.props } })) as Routes[K];
