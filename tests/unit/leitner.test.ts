import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, localDay } from '../../src/lib/study/days';
import {
  INTERVAL_DAYS,
  dueCount,
  isDue,
  isKnown,
  knownCount,
  newCount,
  practiceOrder,
  schedule,
  shuffle,
  type Mark,
} from '../../src/lib/study/leitner';
import { emptyState, type StudyState } from '../../src/lib/study/state';

/** Nine in the morning, local time, `offset` days after 10 March 2026: independent of the test machine's zone. */
const day = (offset: number, hour = 9) => new Date(2026, 2, 10 + offset, hour);

/** A seeded generator, so shuffles are repeatable. */
function seeded(seed: number): () => number {
  let value = seed;
  return () => {
    value = (value * 1_103_515_245 + 12_345) % 2 ** 31;
    return value / 2 ** 31;
  };
}

describe('calendar days', () => {
  it('reads the local day and counts across months, years and daylight saving', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2026-03-28', 3)).toBe('2026-03-31'); // Europe's clocks change on 29 March 2026
    expect(daysBetween('2026-03-10', '2026-03-24')).toBe(14);
    expect(daysBetween('2026-03-10', '2026-03-10')).toBe(0);
  });
});

describe('schedule', () => {
  it('moves a known card up one box at a time, each box waiting longer, up to box 5', () => {
    let card = schedule(undefined, 'knew', day(0));
    expect(card).toEqual({ box: 2, due: '2026-03-11', lastSeen: day(0).toISOString() });
    card = schedule(card, 'knew', day(1));
    expect(card).toMatchObject({ box: 3, due: '2026-03-14' });
    card = schedule(card, 'knew', day(4));
    expect(card).toMatchObject({ box: 4, due: '2026-03-21' });
    card = schedule(card, 'knew', day(11));
    expect(card).toMatchObject({ box: 5, due: '2026-04-04' });
    card = schedule(card, 'knew', day(25));
    expect(card).toMatchObject({ box: 5, due: '2026-04-18' });
    expect(Object.values(INTERVAL_DAYS)).toEqual([0, 1, 3, 7, 14]);
  });

  it('sends a missed card back to box 1, due again the same day', () => {
    const high = { box: 4 as const, due: '2026-03-17', lastSeen: day(0).toISOString() };
    expect(schedule(high, 'missed', day(7))).toEqual({ box: 1, due: '2026-03-17', lastSeen: day(7).toISOString() });
    expect(schedule(undefined, 'missed', day(0))).toMatchObject({ box: 1, due: '2026-03-10' });
  });

  it('brings missed cards back sooner than known ones over simulated weeks', () => {
    // Two cards practised whenever due for 30 days: one always known, one always missed.
    const seen = { knew: 0, missed: 0 };
    const cards: Partial<Record<Mark, ReturnType<typeof schedule>>> = {};
    for (let offset = 0; offset < 30; offset++) {
      for (const mark of ['knew', 'missed'] as const) {
        const card = cards[mark];
        if (card && !isDue(card, day(offset))) continue;
        cards[mark] = schedule(card, mark, day(offset));
        seen[mark]++;
      }
    }
    expect(seen.missed).toBe(30);
    // Days 0, 1, 4, 11 and 25.
    expect(seen.knew).toBe(5);
  });
});

describe('due, new and known cards', () => {
  const state: StudyState = {
    ...emptyState(),
    cards: {
      'a#1': { box: 1, due: '2026-03-10', lastSeen: day(0).toISOString() },
      'a#2': { box: 2, due: '2026-03-11', lastSeen: day(0).toISOString() },
      'b#1': { box: 3, due: '2026-03-08', lastSeen: day(-5).toISOString() },
      'gone#1': { box: 1, due: '2026-03-01', lastSeen: day(-9).toISOString() },
    },
  };
  const deck = ['a#1', 'a#2', 'b#1', 'b#2', 'c#1'];

  it('a card is due from its day on; a card never practised is new, not due', () => {
    expect(isDue(state.cards['a#2'], day(0))).toBe(false);
    expect(isDue(state.cards['a#2'], day(1, 0))).toBe(true);
    expect(isDue(undefined, day(0))).toBe(false);
    expect(isKnown(state.cards['a#1'])).toBe(false);
    expect(isKnown(state.cards['a#2'])).toBe(true);
    expect(isKnown(undefined)).toBe(false);
  });

  it('counts only the cards asked about (a deleted note’s cards do not count)', () => {
    expect(dueCount(state, deck, day(0))).toBe(2);
    expect(dueCount(state, deck, day(1))).toBe(3);
    expect(newCount(state, deck)).toBe(2);
    expect(knownCount(state, deck)).toBe(2);
  });

  it('orders a session: due cards first, then new ones, then the rest by due day', () => {
    const later = {
      ...state,
      cards: { ...state.cards, 'c#1': { box: 3 as const, due: '2026-03-12', lastSeen: day(0).toISOString() } },
    };
    for (let seed = 1; seed < 20; seed++) {
      const order = practiceOrder([...deck, 'd#1'], later, day(0), seeded(seed));
      expect(new Set(order.slice(0, 2))).toEqual(new Set(['a#1', 'b#1']));
      expect(new Set(order.slice(2, 4))).toEqual(new Set(['b#2', 'd#1']));
      expect(order.slice(4)).toEqual(['a#2', 'c#1']);
    }
  });

  it('shuffles every card exactly once, differently for different draws', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const one = shuffle(items, seeded(1));
    const two = shuffle(items, seeded(2));
    expect([...one].sort((a, b) => a - b)).toEqual(items);
    expect(one).not.toEqual(two);
    expect(shuffle(items, seeded(1))).toEqual(one);
  });
});
