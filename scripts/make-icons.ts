/**
 * Renders the app icons (public/icons/*.png) from public/icons/icon.svg with the system Chromium:
 *   tsx scripts/make-icons.ts
 * Run again after changing the SVG; the PNGs are committed (the build does not need a browser).
 */
import { readFile } from 'node:fs/promises';
import { launchChromium } from './lib/chromium';

const svg = await readFile('public/icons/icon.svg', 'utf8');
const browser = await launchChromium();
const page = await browser.newPage({ deviceScaleFactor: 1 });
const icons = [
  { file: 'icon-192.png', size: 192, padding: 0, rounded: true },
  { file: 'icon-512.png', size: 512, padding: 0, rounded: true },
  // Maskable: full-bleed background, the mark inside the 80 % safe zone.
  { file: 'icon-maskable-512.png', size: 512, padding: 0.14, rounded: false },
];
for (const { file, size, padding, rounded } of icons) {
  await page.setViewportSize({ width: size, height: size });
  const inner = Math.round(size * (1 - 2 * padding));
  const mark = rounded ? svg : svg.replace(/rx="\d+"/, 'rx="0"');
  await page.setContent(
    `<body style="margin:0;background:${rounded ? 'transparent' : '#0b5cad'};display:grid;place-items:center;width:${size}px;height:${size}px">` +
      `<div style="width:${inner}px;height:${inner}px">${mark.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
  );
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: rounded });
}
await browser.close();
