// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { DEFAULT_LANG, LANGS, LOCALE_TAGS } from './src/lib/i18n';

// The public origin of the site; canonical URLs, hreflang and the sitemap are built from it.
const site = process.env.SITE_URL ?? 'https://aws-study-notes.example.com';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Tests and the benchmark build other note folders without touching the main build's cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // One external CSS file, and no inline scripts: the CloudFront CSP allows only 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Astro 7's default ('jsx') drops the line break between a word and an inline element on the next
  // source line, gluing Korean words together; `true` compresses without losing that space.
  compressHTML: true,
  markdown: {
    // GFM comes from remark-gfm (tables, autolinks); rehype-slug gives every heading a stable id.
    // No SmartyPants: the notes keep the quotes their authors typed (and a learner types in search),
    // and its retext pass over every note was 7 % of the build's CPU time at 1000 notes per language.
    processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug] }),
    // Both palettes as CSS variables; global.css picks one with the page theme. These two keep
    // comments at WCAG AA contrast.
    shikiConfig: { themes: { light: 'github-light-default', dark: 'github-dark-default' }, defaultColor: false },
  },
  integrations: [
    mdx(),
    sitemap({
      // The offline page is for this browser only (noindex).
      filter: (page) => !/\/(ko|en)\/offline\/$/.test(page),
      // The languages and their tags are listed once, in src/lib/i18n.ts.
      i18n: { defaultLocale: DEFAULT_LANG, locales: Object.fromEntries(LANGS.map((lang) => [lang, LOCALE_TAGS[lang].locale])) },
    }),
  ],
  vite: {
    plugins: [tailwindcss()],
    // Astro inlines scripts smaller than this limit; 0 keeps every script a cacheable file.
    build: {
      assetsInlineLimit: 0,
      // The page script loads its page-specific parts (practice, progress, offline library) with
      // import(); their only shared dependency is the page script itself, so Vite's preload helper
      // (~0.5 KiB gzip on every page) has nothing to preload.
      modulePreload: false,
      rolldownOptions: {
        // Every MDX note triggers a harmless MODULE_LEVEL_DIRECTIVE warning (withastro/astro#18087);
        // hide it so real warnings stay readable.
        onLog(level, log, handler) {
          if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
        },
      },
    },
  },
});
