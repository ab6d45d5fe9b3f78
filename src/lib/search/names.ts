/**
 * The names layer between what a learner types and the Pagefind index: every note's names (title,
 * official name, aliases) and concepts, matched in ways a word index cannot: ignoring case, spaces
 * and punctuation, folding common Korean transliteration variants, and forgiving typos by an edit
 * distance scaled to the length, measured on jamo for Hangul so one wrong vowel is one edit.
 * Built at build time (namesIndex), loaded with the search, matched in the browser (matchNames).
 */
import { convertQwertyToHangul, disassemble } from 'es-hangul';
import { distance } from 'fastest-levenshtein';

/** One note as the names layer knows it. */
export interface NamedNote {
  id: string;
  title: string;
  url: string;
  summary: string;
  /** Category label in the index's language, and exam codes: the search filters apply to named notes too. */
  category: string;
  exams: string[];
  /** The lifecycle badge text, when the service is retired, closed or renamed. */
  lifecycle?: string;
  names: string[];
  concepts: string[];
  /** A topic note (a decision note, fundamentals): a service's own note wins a tie with it. */
  topic?: true;
  /** For a topic note: the notes it compares, so a comparison query can show it. */
  compares?: string[];
}

export interface NamesIndex {
  notes: NamedNote[];
  /** Every category with notes, in the site's order: the search's filter and its empty state list them. */
  categories: Array<{ label: string; url: string }>;
}

/**
 * Spelling variants a Korean learner writes for the same loanword, folded to one form. Written as
 * they appear inside words, so 클라우드프런트 and 일래스틱캐시 fold like 클라우드프론트 and 엘라스틱캐시.
 */
const VARIANTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/프런트/g, '프론트'],
  [/일래스틱/g, '엘라스틱'],
  [/일라스틱/g, '엘라스틱'],
  [/쉬/g, '시'],
  [/쉐/g, '셰'],
  [/릿지/g, '리지'],
  [/메세지/g, '메시지'],
  [/다이나모|다이너모/g, '다이나모'],
  [/쿠베르네티스|쿠버네테스/g, '쿠버네티스'],
  [/디비/g, 'db'],
  [/에스쓰리|에스삼/g, 's3'],
  [/이씨투/g, 'ec2'],
  [/어카운트/g, '계정'],
];

/** Lower case, variants folded, everything but letters and digits removed: "Route 53" → "route53". */
export function foldName(text: string): string {
  let folded = text.normalize('NFC').toLowerCase();
  for (const [pattern, replacement] of VARIANTS) folded = folded.replace(pattern, replacement);
  return folded.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Hangul syllables split into jamo (람 → ㄹㅏㅁ, 괜 → ㄱㅗㅐㄴ); other letters unchanged. */
export const toJamo = (folded: string): string => disassemble(folded);

/** Edits forgiven for a typed key of this many jamo or letters: none for short ones like "ecs". */
export function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  if (length <= 9) return 2;
  return 3;
}

export type MatchKind = 'exact' | 'concept' | 'typo';

export interface NameMatch {
  id: string;
  /** The name or concept as the note writes it. */
  name: string;
  kind: MatchKind;
  edits: number;
  /** Which query words (by index) the match covers. */
  from: number;
  to: number;
}

interface Key {
  id: string;
  name: string;
  folded: string;
  jamo: string;
  concept: boolean;
  /** Which of several notes sharing a key comes first: title, then other names, then concepts; services before topics. */
  rank: number;
}

/** Keys precomputed once per index: the matcher runs on every keystroke. */
export class NameMatcher {
  private readonly keys: Key[];
  private readonly exact = new Map<string, Key[]>();
  readonly notes: ReadonlyMap<string, NamedNote>;

  constructor(index: Pick<NamesIndex, 'notes'>) {
    this.notes = new Map(index.notes.map((note) => [note.id, note]));
    this.keys = index.notes.flatMap((note) => {
      const topic = note.topic ? 1 : 0;
      return [
        ...[note.title, shortTitle(note.title)].map((name) => this.key(note.id, name, false, topic)),
        ...note.names.map((name) => this.key(note.id, name, false, 2 + topic)),
        ...note.concepts.map((concept) => this.key(note.id, concept, true, 4 + topic)),
      ];
    });
    for (const key of this.keys) {
      const list = this.exact.get(key.folded);
      if (list) list.push(key);
      else this.exact.set(key.folded, [key]);
    }
    for (const list of this.exact.values()) list.sort((a, b) => a.rank - b.rank);
  }

  private key(id: string, name: string, concept: boolean, rank: number): Key {
    const folded = foldName(name);
    return { id, name, folded, jamo: toJamo(folded), concept, rank };
  }

  /**
   * Names and concepts the query's words spell, longest spans first: "엘라스틱 캐시" matches the
   * one name ElastiCache, not two words. A word that a longer span used is not matched again.
   */
  match(words: readonly string[], typed: readonly string[] = words, typos: 'whole query' | 'anywhere' = 'anywhere'): NameMatch[] {
    const matches: NameMatch[] = [];
    const used = new Set<number>();
    // Exact spellings everywhere first; only the words they leave are read as typos. A name is tried
    // as typed before its particle comes off: 아테나 is a name, not 아테 with the particle 나.
    for (const pass of ['exact', 'typo'] as const) {
      for (let span = Math.min(words.length, 12); span >= 1; span--) {
        for (let from = 0; from + span <= words.length; from++) {
          const to = from + span;
          if (range(from, to).some((i) => used.has(i))) continue;
          const text = words.slice(from, to).join('');
          const asTyped = typed.slice(from, to).join('');
          const exact = () => {
            const typedMatch = this.lookupExact(asTyped, from, to);
            return typedMatch.length || asTyped === text ? typedMatch : this.lookupExact(text, from, to);
          };
          // Inside a longer query a near miss is more often a real word (호스팅 is not 리호스팅).
          const typoAllowed = typos === 'anywhere' || (from === 0 && to === words.length);
          const found = pass === 'exact' ? exact() : typoAllowed ? this.lookupTypo(text, from, to) : [];
          if (found.length) {
            range(from, to).forEach((i) => used.add(i));
            matches.push(...found);
          }
        }
      }
    }
    return matches.sort((a, b) => a.from - b.from);
  }

  private lookupExact(text: string, from: number, to: number): NameMatch[] {
    const exact = this.exact.get(foldName(text)) ?? [];
    return unique(exact.map((k) => ({ id: k.id, name: k.name, kind: k.concept ? 'concept' : 'exact', edits: 0, from, to })));
  }

  private lookupTypo(text: string, from: number, to: number): NameMatch[] {
    const folded = foldName(text);
    if (!folded) return [];
    const typo = this.nearest(folded);
    if (typo.length) return typo.map((m) => ({ ...m, from, to }));
    // Typed on an English keyboard layout by mistake: "fkaek" is 람다.
    if (/^[a-z]+$/.test(folded)) {
      const hangul = foldName(qwertyToHangul(folded));
      if (hangul !== folded && /[\uAC00-\uD7A3]/.test(hangul)) {
        return (this.exact.get(hangul) ?? [])
          .filter((k) => !k.concept)
          .map((k) => ({ id: k.id, name: k.name, kind: 'typo' as const, edits: 1, from, to }));
      }
    }
    return [];
  }

  /** Names (not concepts) within the allowed edits, the closest first, one per note. */
  private nearest(folded: string): Array<Omit<NameMatch, 'from' | 'to'>> {
    const jamo = toJamo(folded);
    const allowed = allowedEdits(jamo.length);
    if (!allowed) return [];
    const closest = this.closest(jamo, allowed);
    return closest.filter((m) => m.edits === closest[0]!.edits).map((m) => ({ ...m, kind: 'typo' as const }));
  }

  private closest(jamo: string, limit: number): Array<{ id: string; name: string; edits: number }> {
    const found = new Map<string, { id: string; name: string; edits: number }>();
    for (const key of this.keys) {
      if (key.concept || Math.abs(key.jamo.length - jamo.length) > limit) continue;
      const edits = distance(jamo, key.jamo);
      const seen = found.get(key.id);
      if (edits <= limit && (!seen || edits < seen.edits)) found.set(key.id, { id: key.id, name: key.name, edits });
    }
    return [...found.values()].sort((a, b) => a.edits - b.edits);
  }

  /** The names closest to what was typed, for an empty result: whatever their distance. */
  suggest(query: string, count = 3): NamedNote[] {
    const jamo = toJamo(foldName(query));
    if (!jamo) return [];
    const scored = new Map<string, number>();
    for (const key of this.keys) {
      if (key.concept) continue;
      const score = distance(jamo, key.jamo) / Math.max(jamo.length, key.jamo.length);
      scored.set(key.id, Math.min(scored.get(key.id) ?? Infinity, score));
    }
    return [...scored]
      .sort((a, b) => a[1] - b[1])
      .slice(0, count)
      .flatMap(([id]) => this.notes.get(id) ?? []);
  }
}

/** Hangul typed on a QWERTY layout, or the text unchanged when its keys spell no Hangul syllables. */
function qwertyToHangul(text: string): string {
  try {
    return convertQwertyToHangul(text);
  } catch {
    return text;
  }
}

/** "Amazon CloudFront" is "CloudFront" to most people. */
const shortTitle = (title: string) => title.replace(/^(Amazon|AWS)\s+/, '');

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

function unique(matches: NameMatch[]): NameMatch[] {
  const seen = new Set<string>();
  return matches.filter((m) => !seen.has(m.id) && seen.add(m.id));
}
