import { describe, expect, it } from 'vitest';
import {
  STATE_VERSION,
  deserialize,
  emptyState,
  exportText,
  importText,
  parseState,
  serialize,
  type StudyState,
} from '../../src/lib/study/state';

const now = new Date(2026, 2, 10, 9);
const seen = '2026-03-09T08:00:00.000Z';

const valid: StudyState = {
  version: 2,
  cards: {
    'lambda#1': { box: 3, due: '2026-03-12', lastSeen: seen },
    'global-accelerator#12': { box: 1, due: '2026-03-09', lastSeen: seen },
  },
  reviewedNotes: { lambda: seen, 's3-glacier': '2026-03-01T10:00:00+09:00' },
};

describe('parseState: the current version', () => {
  it('keeps a valid state as it is, and survives a round trip through storage', () => {
    expect(parseState(valid, now)).toEqual(valid);
    expect(deserialize(serialize(valid), now)).toEqual(valid);
    expect(STATE_VERSION).toBe(2);
  });

  it('drops invalid entries and keeps the valid ones', () => {
    const partly = {
      version: 2,
      cards: {
        'lambda#1': valid.cards['lambda#1'],
        'lambda#0': { box: 1, due: '2026-03-09', lastSeen: seen }, // scenario numbers start at 1
        'Bad Id#1': { box: 1, due: '2026-03-09', lastSeen: seen },
        'lambda#2': { box: 6, due: '2026-03-09', lastSeen: seen },
        'lambda#3': { box: 2.5, due: '2026-03-09', lastSeen: seen },
        'lambda#4': { box: '2', due: '2026-03-09', lastSeen: seen },
        'lambda#5': { box: 2, due: '2026-02-30', lastSeen: seen },
        'lambda#6': { box: 2, due: '09/03/2026', lastSeen: seen },
        'lambda#7': { box: 2, due: '2026-03-09', lastSeen: 'yesterday' },
        'lambda#8': { box: 2, due: '2026-03-09' },
        'lambda#9': null,
        'lambda#10': [2, '2026-03-09', seen],
      },
      reviewedNotes: { lambda: seen, ec2: 'soon', under_score: seen, rds: 42 },
      extra: 'ignored',
    };
    expect(parseState(partly, now)).toEqual({
      version: 2,
      cards: { 'lambda#1': valid.cards['lambda#1'] },
      reviewedNotes: { lambda: seen },
    });
  });

  it('treats sections of the wrong type as empty', () => {
    expect(parseState({ version: 2, cards: ['lambda#1'], reviewedNotes: 'lambda' }, now)).toEqual(emptyState());
    expect(parseState({ version: 2 }, now)).toEqual(emptyState());
  });

  it('never lets stored data reach the object prototype', () => {
    const state = deserialize('{"version":2,"cards":{},"reviewedNotes":{"__proto__":"2026-03-09T08:00:00.000Z"}}', now);
    expect(Object.getPrototypeOf(state.reviewedNotes)).toBe(Object.prototype);
    expect(Object.keys(state.reviewedNotes)).toEqual([]);
  });
});

describe('parseState: older and unknown data', () => {
  it('migrates version 1 (known and missed lists) into Leitner boxes due today', () => {
    const v1 = { version: 1, known: ['lambda#1', 'ec2#2', 'not a card'], missed: ['s3#1', 'ec2#2'] };
    expect(parseState(v1, now)).toEqual({
      version: 2,
      cards: {
        'lambda#1': { box: 2, due: '2026-03-10', lastSeen: now.toISOString() },
        // In both lists: missed wins.
        'ec2#2': { box: 1, due: '2026-03-10', lastSeen: now.toISOString() },
        's3#1': { box: 1, due: '2026-03-10', lastSeen: now.toISOString() },
      },
      reviewedNotes: {},
    });
    expect(parseState({ version: 1, known: 'lambda#1' }, now)).toEqual(emptyState());
  });

  it.each([
    ['a future version', { version: 3, cards: valid.cards, reviewedNotes: valid.reviewedNotes }],
    ['no version', { cards: valid.cards, reviewedNotes: valid.reviewedNotes }],
    ['a version as text', { ...valid, version: '2' }],
    ['an array', [valid]],
    ['null', null],
    ['a number', 42],
    ['a string', 'version 2'],
    ['undefined', undefined],
  ])('gives an empty state for %s, without throwing', (_, json) => {
    expect(parseState(json, now)).toEqual(emptyState());
  });
});

describe('deserialize: the stored text', () => {
  it.each([
    ['nothing stored', null],
    ['invalid JSON', '{"version":2,"cards":{'],
    ['an empty string', ''],
    ['not JSON at all', 'undefined'],
    ['JSON of the wrong shape', '"aws-notes"'],
  ])('gives an empty state for %s', (_, text) => {
    expect(deserialize(text, now)).toEqual(emptyState());
  });
});

describe('export and import', () => {
  it('exports readable JSON that imports back to the same state', () => {
    const text = exportText(valid);
    expect(text).toContain('\n  "version": 2');
    expect(importText(text, now)).toEqual(valid);
  });

  it('imports a version 1 file through the migration', () => {
    expect(importText('{"version":1,"known":["lambda#1"],"missed":[]}', now)?.cards['lambda#1']).toMatchObject({ box: 2 });
  });

  it('rejects a file that is not study progress, so the page changes nothing', () => {
    for (const text of ['', 'not json', '[]', '{"version":9}', '{"name":"package"}', 'null']) {
      expect(importText(text, now), text).toBeUndefined();
    }
  });

  it('accepts a recognised file with some damaged entries, dropping them', () => {
    const text = JSON.stringify({ ...valid, cards: { ...valid.cards, 'x#1': { box: 0 } } });
    expect(importText(text, now)).toEqual(valid);
  });
});
