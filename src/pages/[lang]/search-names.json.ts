/** The search's names layer for one language (src/lib/search/names-index.ts), fetched when the search opens. */
import type { APIRoute } from 'astro';
import { routes } from '../../data/routes';
import { loadSite } from '../../data/site';
import type { Lang } from '../../lib/i18n';
import { buildNamesIndex } from '../../lib/search/names-index';
import { ui } from '../../i18n';

export const getStaticPaths = () => routes('languages');

export const GET: APIRoute<{ lang: Lang }> = async ({ props: { lang } }) => {
  const { library, navigation } = await loadSite();
  const index = buildNamesIndex(library.byLang[lang], navigation[lang], lang, (status) => ui(lang).lifecycleBadge[status]);
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
