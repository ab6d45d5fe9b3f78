/** The importer's readers of raw input: encodings, front matter, ids, service detection, summaries, the schema. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { noteSchema } from '../../src/lib/note-schema';
import { readerText } from '../../scripts/import/coverage';
import { decodeSource } from '../../scripts/import/decode';
import { detectService } from '../../scripts/import/detect-service';
import { readFrontMatter } from '../../scripts/import/front-matter';
import { slugify, uniqueId } from '../../scripts/import/ids';
import { undoLiquid } from '../../scripts/import/liquid';
import { splitTags } from '../../scripts/import/summary';
import { convert } from './support';
import { summarize } from '../../scripts/import/summary';

const KOREAN = '# 람다 정리\n\n서버리스 컴퓨팅 서비스다. 한글 윈도우 메모장에서 저장했다.\n';

describe('decoding source files', () => {
  it('reads UTF-8, dropping a BOM', () => {
    const result = decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(KOREAN)]));
    expect(result).toEqual({ text: KOREAN, encoding: 'UTF-8', warnings: [] });
  });

  it('detects CP949 / EUC-KR and decodes it, with a warning', () => {
    const result = decodeSource(iconv.encode(KOREAN, 'cp949'));
    expect(result.text).toBe(KOREAN);
    expect(result.encoding).toBe('CP949');
    expect(result.warnings[0]).toMatch(/not UTF-8: decoded as CP949/);
  });

  it('reads UTF-16 with a BOM', () => {
    const result = decodeSource(iconv.encode(KOREAN, 'utf16le', { addBOM: true }));
    expect(result.text).toBe(KOREAN);
    expect(result.encoding).toBe('UTF-16LE');
  });

  it('never throws on bytes that are no text at all', () => {
    const junk = new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 7919) % 256));
    expect(() => decodeSource(junk)).not.toThrow();
  });
});

describe('front matter', () => {
  it('reads Jekyll fields', () => {
    const meta = readFrontMatter(
      'layout: default\ntitle: Amazon S3\nparent: Storage\nnav_order: 2\npermalink: /docs/s3/\ndescription: S3 정리',
    );
    expect(meta).toMatchObject({ title: 'Amazon S3', permalink: '/docs/s3/', description: 'S3 정리', warnings: [] });
  });

  it('takes tags as a list or as one string, and aliases as a list or comma-separated', () => {
    expect(readFrontMatter('tags: [aws, "#서버리스"]').tags).toEqual(['aws', '서버리스']);
    expect(readFrontMatter('tags: AWS 요약 CLOUD').tags).toEqual(['AWS', '요약', 'CLOUD']);
    expect(readFrontMatter('tags: aws, cloud').tags).toEqual(['aws', 'cloud']);
    expect(readFrontMatter('aliases: 람다 노트, Lambda').aliases).toEqual(['람다 노트', 'Lambda']);
  });

  it('reports template variables instead of taking them for values', () => {
    const meta = readFrontMatter('title: {{title}}\ndate: {{date}}\ntags:');
    expect(meta.title).toBeUndefined();
    expect(meta.tags).toEqual([]);
    expect(meta.warnings).toEqual([
      'front matter title: template variable {{title}} was never filled in',
      'front matter date: template variable {{date}} was never filled in',
    ]);
  });

  it('warns about front matter that is not YAML and goes on', () => {
    const meta = readFrontMatter('title: [unclosed\n  - : :');
    expect(meta.title).toBeUndefined();
    expect(meta.warnings[0]).toMatch(/not valid YAML/);
  });

  it('ignores a list or a scalar where a mapping belongs', () => {
    expect(readFrontMatter('- a\n- b')).toEqual({ tags: [], aliases: [], warnings: [] });
  });
});

describe('Liquid', () => {
  it('leaves raw blocks alone and removes their markers', () => {
    expect(undoLiquid('{% raw %}{% include x %}{% endraw %}').text).toBe('{% include x %}');
  });
});

describe('ids and tags', () => {
  it('makes kebab-case ASCII ids, romanizing Hangul', () => {
    expect(slugify('Lambda 정리')).toBe('lambda-jeongni');
    expect(slugify('API Gateway')).toBe('api-gateway');
    expect(slugify('클라우드 컴퓨팅')).toBe('keullaudeu-keompyuting');
    expect(slugify('***')).toBe('');
  });

  it('finds a free id', () => {
    const taken = new Set(['vpc', 'vpc-2']);
    expect(uniqueId('vpc', (id) => taken.has(id))).toBe('vpc-3');
    expect(uniqueId('', () => false)).toBe('note');
  });

  it('keeps kebab-case ASCII tags and makes Hangul tags concepts', () => {
    expect(splitTags(['AWS', 'exam/saa', '서버리스', 'Cloud Computing', 'aws'])).toEqual({
      tags: ['aws', 'exam-saa', 'cloud-computing'],
      concepts: ['서버리스'],
    });
  });
});

describe('service detection', () => {
  it('finds the service named in the title, in English or Korean', () => {
    expect(detectService('Lambda 정리', '')).toMatchObject({ service: 'AWS Lambda', category: 'compute' });
    expect(detectService('람다 공부', '')).toMatchObject({ service: 'AWS Lambda' });
    expect(detectService('다이나모DB 설계', '')?.category).toBe('database');
  });

  it('finds the service a text keeps naming, and none when the text names many equally', () => {
    expect(detectService('오늘 공부', 'S3 버킷. S3 버전 관리. S3 수명 주기. EC2 하나.')).toMatchObject({ category: 'storage' });
    expect(detectService('오늘 공부', 'S3, EC2, RDS, VPC 를 봤다.')).toBeUndefined();
    expect(detectService('회고', '오늘은 쉬었다.')).toBeUndefined();
  });
});

describe('summaries', () => {
  it('takes the first sentence of the first paragraph', () => {
    const { tree } = convert('# T\n\nVPC는 격리된 네트워크다. 리전 단위다.\n');
    expect(summarize(tree, 'T', 'ko')).toBe('VPC는 격리된 네트워크다.');
  });

  it('prefers the front matter description, and falls back to the title', () => {
    expect(summarize(convert('짧다').tree, 'T', 'ko', 'S3 버킷과 스토리지 클래스 정리.')).toBe('S3 버킷과 스토리지 클래스 정리.');
    expect(summarize(convert('- 짧다').tree, 'VPC', 'ko')).toBe('VPC에 대해 가져온 학습 노트.');
    expect(summarize(convert('```\ncode only\n```').tree, 'VPC', 'en')).toBe('Imported study notes on VPC.');
  });

  it('does not take an exam answer for a summary', () => {
    const { tree } = convert('# 문제집\n\n* 질문인가?\n    > * 답이 여기 있다고 한다.\n');
    expect(summarize(tree, '문제집', 'ko')).toBe('문제집에 대해 가져온 학습 노트.');
  });

  it('cuts a sentence too long for a summary', () => {
    const summary = summarize(convert('가'.repeat(400)).tree, 'T', 'ko');
    expect(summary.length).toBe(200);
    expect(summary.endsWith('…')).toBe(true);
  });
});

describe('coverage reads what a reader reads', () => {
  it('drops markup from a source line: link targets, tags, Liquid, wikilink targets, callout markers', () => {
    expect(readerText('자세한 건 [문서](https://x.y/a_(b)) 참고 <b>굵게</b> {% link a.md %} [[Note|별칭]] [[Other]]')).toBe(
      '자세한 건 [문서] 참고 굵게 별칭 Other',
    );
    expect(readerText('> [!note]+ 메모')).toBe('메모');
  });
});

describe('the schema accepts imported sources', () => {
  const note = (source: unknown) => ({
    title: 'VPC 기초',
    kind: 'topic',
    summary: 'VPC는 격리된 가상 네트워크다.',
    service: 'Amazon VPC',
    category: 'networking',
    updated: '2026-11-29',
    status: 'draft',
    sources: [source],
  });

  it('takes the path of the imported file inside its folder', () => {
    expect(noteSchema.safeParse(note({ imported: 'aws/VPC 기초.md', section: 'VPC 기초' })).success).toBe(true);
  });

  it('refuses absolute paths, paths leaving the folder, other files and a missing section', () => {
    for (const source of [
      { imported: '/etc/x.md', section: 's' },
      { imported: '../x.md', section: 's' },
      { imported: 'a/../../x.md', section: 's' },
      { imported: 'x.txt', section: 's' },
      { imported: 'x.md' },
    ]) {
      expect(noteSchema.safeParse(note(source)).success, JSON.stringify(source)).toBe(false);
    }
  });

  it('still takes the original sources and web pages', () => {
    expect(noteSchema.safeParse(note({ file: '004_8c678ec1fd0149ba.txt', section: 'Lambda' })).success).toBe(true);
    expect(noteSchema.safeParse(note({ url: 'https://docs.aws.amazon.com/vpc/', title: 'VPC' })).success).toBe(true);
  });
});
