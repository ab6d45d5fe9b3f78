/**
 * End to end: a folder of each dialect (plain Markdown, Jekyll, Obsidian, a Q&A list), bad input,
 * and an English import go through `npm run import` into one temporary NOTES_DIR, and the site is
 * built from the result with no manual edit. The build checks ids, twins, related notes and
 * duplicate practice questions; the pages must hold the converted constructs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const FIXTURES = path.resolve('tests/fixtures/import');
const work = mkdtempSync(path.join(tmpdir(), 'import-build-'));
const notes = path.join(work, 'notes');
const dist = path.join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const reports: Record<string, string> = {};
let build: { status: number | null; output: string };

/** `npm run import` as a user types it (through tsx, the script's runner). */
function importFolder(source: string, ...args: string[]): string {
  const result = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/import.ts', source, '--out', notes, ...args], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`import ${source} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

beforeAll(() => {
  const bad = path.join(work, 'bad');
  mkdirSync(bad);
  writeFileSync(
    path.join(bad, 'windows-memo.md'),
    iconv.encode('# 윈도우 메모\n\n메모장에서 ANSI로 저장한 한글 노트다. S3 버킷 정책을 적었다.\n', 'cp949'),
  );
  writeFileSync(path.join(bad, 'empty.md'), '');
  writeFileSync(path.join(bad, 'same-a.md'), '# 정리\n\n첫 번째 정리.\n');
  writeFileSync(path.join(bad, 'same-b.md'), '# 정리\n\n두 번째 정리 {중괄호} <- 화살표.\n');
  for (const dialect of ['plain', 'jekyll', 'obsidian', 'qa']) reports[dialect] = importFolder(path.join(FIXTURES, dialect));
  reports.bad = importFolder(bad);
  reports.en = importFolder(path.join(FIXTURES, 'jekyll'), '--lang', 'en');
  const result = spawnSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', dist], {
    env: { ...process.env, NOTES_DIR: notes, ASTRO_CACHE_DIR: path.join(work, '.cache') },
    encoding: 'utf8',
  });
  build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}, 240_000);

const page = (url: string): HTMLElement => {
  const file = path.join(dist, url, 'index.html');
  expect(existsSync(file), `${url} was built`).toBe(true);
  return parse(readFileSync(file, 'utf8'));
};

describe('a site built from imported notes', () => {
  it('imports every dialect with full coverage and builds without an error', () => {
    for (const [name, report] of Object.entries(reports)) expect(report, name).toMatch(/coverage (\d+)\/\1 lines/);
    expect(build.output).not.toMatch(/\berror\b/i);
    expect(build.status).toBe(0);
  });

  it('has a page per note, in Korean, with its title and summary', () => {
    const ids = readdirSync(path.join(notes, 'ko')).map((f) => f.replace(/\.mdx$/, ''));
    expect(ids.length).toBe(18); // 3 plain, 3 Jekyll, 4 Obsidian, 2 Q&A, 3 bad input (one empty), 3 Korean twins of the English import
    for (const id of ids) expect(page(`ko/notes/${id}`).querySelector('h1')?.text.trim(), id).toBeTruthy();
    expect(page('ko/notes/vpc-basics').querySelector('h1')!.text).toContain('VPC 기초 정리');
  });

  it('shows images, highlights, callouts and links between imported notes', () => {
    const lambda = page('ko/notes/lambda-jeongni');
    expect(lambda.querySelectorAll('article img').length).toBe(2);
    expect(lambda.querySelectorAll('mark').map((m) => m.text)).toEqual(['동시성 한도는 리전당 기본 1,000', '예약 동시성']);
    expect(lambda.querySelectorAll('.callout').length).toBe(3);
    expect(lambda.querySelector('a[href="/ko/notes/dynamodb/"]')).not.toBeNull();
    const vpc = page('ko/notes/vpc-basics');
    expect(vpc.querySelectorAll('article img').length).toBe(3);
    expect(vpc.text).toContain('퍼블릭 서브넷 <-> 인터넷 게이트웨이');
    expect(vpc.text).toContain('{목적지: 0.0.0.0/0, 대상: igw-1234}');
  });

  it('makes the Q&A list practice cards, each question once', () => {
    const cards = page('ko/notes/saa-questions').querySelectorAll('.exam-scenario');
    const more = page('ko/notes/more-questions').querySelectorAll('.exam-scenario');
    expect(cards.length + more.length).toBe(4);
    expect(page('ko/notes/saa-questions').text).toContain('“한 번만”');
  });

  it('gives an English import its page and a Korean twin asking for a translation', () => {
    expect(page('en/notes/s3-2').querySelector('h1')!.text).toContain('Amazon S3');
    expect(page('ko/notes/s3-2').text).toContain('번역 필요');
  });
});
