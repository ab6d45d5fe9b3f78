/**
 * A Leitner schedule for practice cards: five boxes, each with a longer wait before the card comes
 * back. "Knew it" moves a card up one box, "didn't know" sends it back to box 1, due again today.
 * Days are the learner's calendar days (see days.ts).
 */
import { addDays, localDay } from './days';
import type { Box, CardRecord, StudyState } from './state';

export type { Box };

/** Days until a card in each box comes back: box 1 today, box 5 in two weeks. */
export const INTERVAL_DAYS: Record<Box, number> = { 1: 0, 2: 1, 3: 3, 4: 7, 5: 14 };

export type Mark = 'knew' | 'missed';

/** The card's record after the learner marks it; a card never seen before starts from box 1. */
export function schedule(previous: CardRecord | undefined, mark: Mark, now: Date): CardRecord {
  const box: Box = mark === 'missed' ? 1 : (Math.min((previous?.box ?? 1) + 1, 5) as Box);
  return { box, due: addDays(localDay(now), INTERVAL_DAYS[box]), lastSeen: now.toISOString() };
}

/** A card is due once its day has come. A card never practised is new, not due. */
export const isDue = (card: CardRecord | undefined, now: Date): boolean => card !== undefined && card.due <= localDay(now);

/** A card counts as known while its last answer was "knew it" (box 2 and up). */
export const isKnown = (card: CardRecord | undefined): boolean => card !== undefined && card.box >= 2;

export const dueCount = (state: StudyState, cardIds: readonly string[], now: Date): number =>
  cardIds.filter((id) => isDue(state.cards[id], now)).length;

export const newCount = (state: StudyState, cardIds: readonly string[]): number => cardIds.filter((id) => !state.cards[id]).length;

export const knownCount = (state: StudyState, cardIds: readonly string[]): number =>
  cardIds.filter((id) => isKnown(state.cards[id])).length;

/** Fisher–Yates; `random` is injectable so tests can fix the order. */
export function shuffle<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/**
 * The order of a practice session: due cards first, then new ones, each group shuffled; then cards
 * not yet due, the soonest first, for a learner who wants to keep going.
 */
export function practiceOrder(cardIds: readonly string[], state: StudyState, now: Date, random: () => number = Math.random): string[] {
  const rank = (id: string) => {
    const card = state.cards[id];
    return isDue(card, now) ? 0 : card ? 2 : 1;
  };
  return shuffle(cardIds, random).sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank || rank(a) !== 2) return byRank;
    const dueA = state.cards[a]!.due;
    const dueB = state.cards[b]!.due;
    return dueA < dueB ? -1 : dueA > dueB ? 1 : 0;
  });
}
