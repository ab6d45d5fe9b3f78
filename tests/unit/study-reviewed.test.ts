import { describe, expect, it } from 'vitest';
import { reviewedIds, withReviewed } from '../../src/lib/study/reviewed';
import { deserialize } from '../../src/lib/study/state';

const at = '2026-03-09T08:00:00.000Z';
const stored = JSON.stringify({
  version: 2,
  cards: { 'lambda#1': { box: 3, due: '2026-03-12', lastSeen: at } },
  reviewedNotes: { s3: '2026-03-01T10:00:00+09:00' },
});

describe('reviewedIds', () => {
  it('reads the notes marked with a valid date from a current state', () => {
    expect([...reviewedIds(stored)]).toEqual(['s3']);
    expect([...reviewedIds(JSON.stringify({ version: 2, reviewedNotes: { s3: at, iam: 'yesterday', kms: 3 } }))]).toEqual(['s3']);
  });

  it('reads nothing from no state, an older or newer version, or damaged text', () => {
    for (const text of [
      null,
      '{',
      '[]',
      'null',
      JSON.stringify({ version: 1, known: ['s3#1'] }),
      JSON.stringify({ version: 3, reviewedNotes: { s3: at } }),
    ]) {
      expect(reviewedIds(text).size, String(text)).toBe(0);
    }
  });
});

describe('withReviewed', () => {
  it('marks a note in a current state and keeps every other field as it was', () => {
    const text = withReviewed(stored, 'lambda', at);
    expect(JSON.parse(text ?? '')).toEqual({ ...JSON.parse(stored), reviewedNotes: { s3: '2026-03-01T10:00:00+09:00', lambda: at } });
    expect(deserialize(text ?? null).reviewedNotes).toEqual({ s3: '2026-03-01T10:00:00+09:00', lambda: at });
  });

  it('unmarks a note, and unmarking one never marked changes nothing', () => {
    expect(JSON.parse(withReviewed(stored, 's3', undefined) ?? '').reviewedNotes).toEqual({});
    expect(JSON.parse(withReviewed(stored, 'iam', undefined) ?? '')).toEqual(JSON.parse(stored));
  });

  it('starts a valid current state when nothing is stored', () => {
    const text = withReviewed(null, 'lambda', at);
    expect(deserialize(text ?? null)).toEqual({ version: 2, cards: {}, reviewedNotes: { lambda: at } });
    expect([...reviewedIds(text ?? null)]).toEqual(['lambda']);
  });

  it('replaces a reviewedNotes field that is not an object', () => {
    expect(JSON.parse(withReviewed(JSON.stringify({ version: 2, reviewedNotes: ['s3'] }), 'iam', at) ?? '').reviewedNotes).toEqual({
      iam: at,
    });
  });

  it('leaves older and damaged states to the validating store', () => {
    expect(withReviewed(JSON.stringify({ version: 1, known: ['s3#1'], missed: [] }), 'lambda', at)).toBeUndefined();
    expect(withReviewed('{"version":2', 'lambda', at)).toBeUndefined();
    expect(withReviewed('"text"', 'lambda', at)).toBeUndefined();
  });
});
