import { describe, expect, it } from 'vitest';
import { buildLibrary, type NoteEntryInput } from '../../src/lib/library';
import { noteEntry, type NoteOverrides } from '../support/notes';

const entry = (id: string, overrides: NoteOverrides = {}): NoteEntryInput =>
  noteEntry(id, 'AWS Lambda', { aliases: ['람다'], exams: ['SAA-C03'], tags: ['serverless'], ...overrides });

describe('buildLibrary', () => {
  it('arranges notes by language and finds them by id', () => {
    const library = buildLibrary([entry('ko/lambda'), entry('en/lambda'), entry('ko/sqs', { title: 'Amazon SQS' })]);
    expect(library.byLang.ko.map((n) => n.id)).toEqual(['lambda', 'sqs']);
    expect(library.get('en', 'lambda')?.contentLang).toBe('en');
  });

  it('gives an untranslated Korean note an English page that shows the Korean content', () => {
    const library = buildLibrary([entry('ko/lambda'), entry('ko/sqs'), entry('en/lambda')]);
    const fallback = library.get('en', 'sqs');
    expect(fallback).toMatchObject({ lang: 'en', contentLang: 'ko', entryId: 'ko/sqs' });
    expect(library.untranslated).toEqual(['sqs']);
  });

  it('rejects an English note without its Korean twin, naming the file', () => {
    expect(() => buildLibrary([entry('en/lambda')])).toThrow(
      'content/notes/en/lambda.mdx: id: English note without its Korean twin content/notes/ko/lambda.mdx',
    );
  });

  it('rejects a related id that does not exist, naming the file and the field', () => {
    expect(() => buildLibrary([entry('ko/lambda', { related: ['sqs', 'nope'] }), entry('ko/sqs')])).toThrow(
      'content/notes/ko/lambda.mdx: related[1]: no note with id "nope"',
    );
  });

  it('rejects a note that relates to itself', () => {
    expect(() => buildLibrary([entry('ko/lambda', { related: ['lambda'] })])).toThrow('related[0]: a note cannot relate to itself');
  });

  it('rejects a duplicate id within a language', () => {
    const twin = { ...entry('ko/lambda'), filePath: 'content/notes/ko/lambda.mdx' };
    expect(() => buildLibrary([entry('ko/lambda'), twin])).toThrow('id: duplicate id "lambda"');
  });

  it('rejects a file name that is not a kebab-case id', () => {
    expect(() => buildLibrary([{ ...entry('ko/lambda'), filePath: 'content/notes/ko/Lambda.mdx' }])).toThrow(
      'content/notes/ko/Lambda.mdx: id: the file name is the note id',
    );
  });

  it('rejects a note outside a language folder', () => {
    expect(() => buildLibrary([entry('lambda')])).toThrow('id: the file name is the note id: notes live in content/notes/<ko|en>/<id>.mdx');
  });
});

describe('related notes, both ways', () => {
  it('lists the notes a note names, then the notes that name it', () => {
    const library = buildLibrary([
      entry('ko/lambda', { related: ['sqs'] }),
      entry('ko/sqs'),
      entry('ko/eventbridge', { related: ['lambda', 'sqs'] }),
    ]);
    expect(library.related('ko', 'lambda').map((n) => n.id)).toEqual(['sqs', 'eventbridge']);
    expect(library.related('ko', 'sqs').map((n) => n.id)).toEqual(['lambda', 'eventbridge']);
    expect(library.related('en', 'sqs').map((n) => n.id)).toEqual(['lambda', 'eventbridge']);
  });
});
