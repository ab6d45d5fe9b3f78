/**
 * From what a learner typed to what the search asks: words with particles and verb endings off,
 * question words set aside (이유, 방법, 차이, how, why …), comparisons recognised ("A와 B 차이",
 * "A vs B"), and the order in which results from the names layer and from Pagefind are shown.
 * Pure: the dialog (src/scripts/search-ui.ts) runs the plan against Pagefind.
 */
import { stripParticle } from './korean-query';
import type { NameMatch, NameMatcher, NamedNote } from './names';

/** Words that ask rather than name: they never help find a note. */
const QUESTION_WORDS = new Set(
  [
    '이유',
    '방법',
    '차이',
    '차이점',
    '비교',
    '무엇',
    '뭐',
    '뭔가',
    '뭐야',
    '뭐임',
    '무슨',
    '어떤',
    '어떻게',
    '언제',
    '왜',
    '어디',
    '설명',
    '정리',
    '개념',
    '뜻',
    '의미',
    '사용법',
    '쓰는',
    '쓰다',
    '사용하는',
    '하는',
    '하기',
    '하려면',
    '알려줘',
    '대해',
    '대한',
    '관련',
    '경우',
    '때',
    '것',
    '수',
    '있는',
    '있나요',
    '인가요',
    '가요',
    '란',
    '이란',
    '좋은',
    '장점',
    '단점',
    '특징',
    '예시',
    'how',
    'what',
    'why',
    'when',
    'which',
    'where',
    'is',
    'are',
    'the',
    'a',
    'an',
    'to',
    'do',
    'does',
    'of',
    'for',
    'in',
    'on',
    'with',
    'use',
    'using',
    'vs',
    'versus',
    'difference',
    'differences',
    'between',
    'compare',
    'comparison',
    'explain',
    'and',
    'or',
    'between',
    'i',
    'can',
    'should',
  ].map((word) => word.normalize('NFC')),
);

const isQuestionWord = (word: string) => QUESTION_WORDS.has(word.toLowerCase());

/** Endings of 하다-verbs and adnominal forms: 조회하는 → 조회, 복제하려면 → 복제. */
const VERB_ENDINGS = ['하려면', '하는데', '하는', '하기', '하고', '해야', '할때', '할', '한', '되는', '된', '시키는'].sort(
  (a, b) => b.length - a.length,
);

export function stripEnding(word: string): string {
  for (const ending of VERB_ENDINGS) {
    if (word.length > ending.length + 1 && word.endsWith(ending) && /[\uAC00-\uD7A3]$/.test(word.slice(0, -ending.length))) {
      return word.slice(0, -ending.length);
    }
  }
  return word;
}

export interface QueryPlan {
  /** Every word as typed (punctuation aside). */
  typed: string[];
  /** Every word, particles and endings off. */
  words: string[];
  /** The words that can match a note: question words set aside (all words when nothing else is left). */
  terms: string[];
  /** "A와 B 차이", "A vs B", "compare A and B". */
  comparison: boolean;
}

const COMPARISON = /(\bvs\.?\b|versus|차이|비교|differen|compare|대\s)/i;

export function planQuery(raw: string): QueryPlan {
  // "A/B" and "A,B" compare too: split on them like on spaces.
  const typed = raw
    .normalize('NFC')
    .replace(/[/,·?!()]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const words = typed.map((word) => {
    const stem = stripEnding(word);
    return stem === word ? stripParticle(word) : stem;
  });
  const terms = words.filter((word) => !isQuestionWord(word));
  return { typed, words, terms: terms.length ? terms : words, comparison: COMPARISON.test(raw) };
}

export interface NamesOutcome {
  /** Notes to show first, before Pagefind's results: named by the query, then decision notes. */
  first: NamedNote[];
  /** Notes a part of the query names: shown first when the search has to relax to any of the words. */
  partial: NamedNote[];
  /** A near miss ("lamda"): the note it probably means. */
  didYouMean?: NamedNote;
  /** The terms to send to Pagefind, with a misspelt name replaced by the name. */
  terms: string[];
}

/**
 * What the names layer contributes. A query that is nothing but names or concepts puts their notes
 * first ("루트53", "정적 웹사이트 호스팅", "lamda"); a comparison of two named services adds the
 * decision note that compares them. Names inside a longer query only correct spelling: Pagefind
 * decides the order, so "S3 데이터를 SQL로 조회" finds Athena rather than S3.
 */
export function applyNames(plan: QueryPlan, matcher: NameMatcher): NamesOutcome {
  const content = plan.words.flatMap((word, i) => (isQuestionWord(word) ? [] : [i]));
  const [firstContent = 0, lastContent = plan.words.length - 1] = [content[0], content.at(-1)];
  // A typo is forgiven only in a span holding the whole query: inside a sentence a near miss is
  // usually a real word (호스팅 is not 리호스팅). Names may contain question words ("lift and shift").
  const matches = matcher.match(plan.words, plan.typed, (from, to) => from <= firstContent && to > lastContent);
  const covered = new Set(matches.flatMap((m) => Array.from({ length: m.to - m.from }, (_, i) => m.from + i)));
  const wholeQuery = matches.length > 0 && plan.words.every((word, i) => covered.has(i) || isQuestionWord(word));
  const typo = matches.find((m) => m.kind === 'typo');
  const terms = plan.words.flatMap((word, i) => {
    const fix = matches.find((m) => m.kind === 'typo' && m.from === i && m.to === i + 1);
    if (fix) return [fix.name];
    return content.length && isQuestionWord(word) ? [] : [word];
  });
  const note = (m: NameMatch) => matcher.notes.get(m.id)!;
  // A concept many notes share names none of them in particular.
  const specific = matches.filter((m) => m.kind !== 'concept' || matches.filter((c) => c.from === m.from).length <= 2).map(note);
  const first: NamedNote[] = wholeQuery ? [...specific] : [];
  const services = new Set(matches.filter((m) => m.kind !== 'concept').map((m) => m.id));
  if (wholeQuery && plan.comparison && services.size >= 2) {
    first.push(
      ...[...matcher.notes.values()].filter((candidate) => (candidate.compares ?? []).filter((id) => services.has(id)).length >= 2),
    );
  }
  const unique = (notes: NamedNote[]) => [...new Map(notes.map((n) => [n.id, n])).values()];
  return { first: unique(first), partial: wholeQuery ? [] : unique(specific), ...(typo && { didYouMean: note(typo) }), terms };
}

/** One Pagefind result list per term: `id` is Pagefind's page id, `score` its ranking score. */
export interface TermHit {
  id: string;
  score: number;
}

/**
 * Any-term matching: pages ranked by how many of the terms they match, then by the sum of their
 * scores, each term's scores scaled to its best page so a frequent word cannot outweigh a rare one.
 */
export function rankByTerms(perTerm: readonly (readonly TermHit[])[]): string[] {
  const tally = new Map<string, { terms: number; score: number }>();
  for (const hits of perTerm) {
    const best = Math.max(...hits.map((hit) => hit.score), Number.MIN_VALUE);
    for (const hit of hits) {
      const entry = tally.get(hit.id) ?? { terms: 0, score: 0 };
      entry.terms += 1;
      entry.score += hit.score / best;
      tally.set(hit.id, entry);
    }
  }
  return [...tally].sort(([, a], [, b]) => b.terms - a.terms || b.score - a.score).map(([id]) => id);
}
