import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../src/lib/library';
import { buildNavigation, categoryNotes, previousAndNext } from '../../src/lib/navigation';
import type { NoteData } from '../../src/lib/note-schema';
import { noteEntry, type NoteOverrides } from '../support/notes';

const note = (id: string, title: string, category: NoteData['category'], extra: NoteOverrides = {}) =>
  noteEntry(`ko/${id}`, title, { category, ...extra });

const library = buildLibrary([
  note('s3', 'Amazon S3', 'storage', { tags: ['object-storage'], exams: ['SAA-C03'] }),
  note('lambda', 'AWS Lambda', 'compute', { tags: ['serverless'], exams: ['SAA-C03', 'SAP-C02'], updated: new Date('2026-03-01') }),
  note('ec2', 'Amazon EC2', 'compute', { updated: new Date('2026-02-01') }),
  note('cloud-computing', '클라우드 컴퓨팅', 'fundamentals'),
]);
const nav = buildNavigation(library.byLang.ko, 'ko');

describe('buildNavigation', () => {
  it('groups notes by category in the fixed product-family order, titles sorted within', () => {
    expect(nav.categories.map((c) => c.id)).toEqual(['fundamentals', 'compute', 'storage']);
    expect(categoryNotes(nav, 'compute').map((n) => n.title)).toEqual(['Amazon EC2', 'AWS Lambda']);
    expect(nav.categories[1]).toMatchObject({ label: '컴퓨팅', url: '/ko/categories/compute/' });
  });

  it('leaves out categories without notes', () => {
    expect(nav.categories.some((c) => c.id === 'blockchain')).toBe(false);
  });

  it('reads previous and next in sidebar order across categories', () => {
    expect(previousAndNext(nav, 'lambda')).toEqual({
      prev: { id: 'ec2', title: 'Amazon EC2', url: '/ko/notes/ec2/' },
      next: { id: 's3', title: 'Amazon S3', url: '/ko/notes/s3/' },
    });
    expect(previousAndNext(nav, 'cloud-computing').prev).toBeUndefined();
    expect(previousAndNext(nav, 's3').next).toBeUndefined();
    expect(previousAndNext(nav, 'missing')).toEqual({});
  });

  it('indexes tags and exams', () => {
    expect(nav.tags.get('serverless')?.map((n) => n.id)).toEqual(['lambda']);
    expect(nav.exams.get('SAA-C03')?.map((n) => n.id)).toEqual(['s3', 'lambda']);
    expect(nav.exams.has('CLF-C02')).toBe(false);
  });

  it('lists recently updated notes first', () => {
    expect(nav.recent.map((n) => n.id).slice(0, 2)).toEqual(['lambda', 'ec2']);
  });

  it('labels categories in English on the English site', () => {
    expect(buildNavigation(library.byLang.en, 'en').categories[1]?.label).toBe('Compute');
  });
});
