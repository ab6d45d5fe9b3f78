/**
 * One web manifest per language, so the installed app carries the name of the language it was
 * installed from (a manifest has one name; one per language beats a "AWS 스터디 노트 · AWS Study Notes"
 * compromise). Both share the scope "/" and each starts at its language's home.
 */
import type { APIRoute } from 'astro';
import { LANGS, LOCALE_TAGS, type Lang } from '../../lib/i18n';
import { homeUrl } from '../../lib/urls';
import { ui } from '../../i18n';
import { THEME_COLORS } from '../../lib/theme';

export const getStaticPaths = () => LANGS.map((lang) => ({ params: { lang }, props: { lang } }));

export const GET: APIRoute<{ lang: Lang }> = ({ props: { lang } }) => {
  const t = ui(lang);
  const manifest = {
    id: homeUrl(lang),
    name: t.appName,
    short_name: t.appShortName,
    description: t.siteTagline,
    lang: LOCALE_TAGS[lang].html,
    dir: 'ltr',
    start_url: homeUrl(lang),
    scope: '/',
    display: 'standalone',
    background_color: THEME_COLORS.light.background,
    theme_color: THEME_COLORS.light.theme,
    icons: [
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
