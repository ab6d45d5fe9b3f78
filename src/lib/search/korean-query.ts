/**
 * Korean attaches particles to words (람다는, 로드밸런서를). Pagefind matches query words as prefixes
 * of indexed words, so 람다 finds 람다는 but not the other way round: strip the particle from the
 * query and let prefix matching do the rest.
 */

// Longest first, so 에서 wins over 서 and 으로 over 로.
const PARTICLES = [
  '에서는',
  '으로는',
  '이라는',
  '에게서',
  '까지는',
  '부터는',
  '에서',
  '에게',
  '으로',
  '이랑',
  '까지',
  '부터',
  '처럼',
  '보다',
  '이나',
  '라는',
  '하고',
  '이다',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
  '랑',
  '나',
].sort((a, b) => b.length - a.length);

const HANGUL = /[\uAC00-\uD7A3]/;
/** A stem shorter than this is more likely a word than a word plus particle (e.g. 이, 나). */
const MIN_STEM = 2;

export function stripParticle(word: string): string {
  for (const particle of PARTICLES) {
    if (word.length > particle.length && word.endsWith(particle)) {
      const stem = word.slice(0, -particle.length);
      const lastChar = stem.at(-1) ?? '';
      // Only after a Hangul or Latin/digit stem: "Lambda는" → "Lambda", "람다는" → "람다".
      if ([...stem].length >= MIN_STEM && (HANGUL.test(lastChar) || /[A-Za-z0-9]/.test(lastChar))) return stem;
    }
  }
  return word;
}

/** Normalizes a typed query for Pagefind: particles off every word, spacing collapsed. */
export function normalizeQuery(query: string): string {
  return query.trim().split(/\s+/).filter(Boolean).map(stripParticle).join(' ');
}
