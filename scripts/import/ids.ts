/** Note ids for imported files: kebab-case ASCII, Hangul romanized (클라우드 정리 → keullaudeu-jeongri). */
import { romanize } from 'es-hangul';

const HANGUL = /[\uAC00-\uD7A3]+/g;

export function slugify(name: string): string {
  const roman = name.normalize('NFC').replace(HANGUL, (run) => ` ${romanize(run)} `);
  const slug = roman
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 60).replace(/-+$/, '');
}

/** A free id from a wish: "overview", then "overview-2", "overview-3"… */
export function uniqueId(wish: string, taken: (id: string) => boolean): string {
  const base = wish || 'note';
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}
