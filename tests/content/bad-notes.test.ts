/**
 * A broken note stops the build with a message naming the file and the field, and
 * `npm run lint:notes` says the same thing, because both run the checks of src/lib/note-checks.ts.
 * Each case writes a small notes folder and runs both on it: Astro's content sync (the loading every
 * build starts with) and the lint script.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(path.join(tmpdir(), 'bad-notes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const GOOD = `---
title: AWS Lambda
summary: 서버를 관리하지 않고 코드를 실행하는 서버리스 컴퓨팅 서비스.
service: AWS Lambda
aliases: [람다]
category: compute
exams: [SAA-C03]
tags: [serverless]
related: [sqs]
updated: 2026-11-22
verified: 2026-11-22
status: reviewed
sources:
  - file: 004_8c678ec1fd0149ba.txt
    section: Lambda
  - url: https://docs.aws.amazon.com/lambda/latest/dg/welcome.html
    title: What is AWS Lambda?
---

## 개요

본문.
`;
const SQS = GOOD.replace(/AWS Lambda/g, 'Amazon SQS').replace('related: [sqs]', 'related: []');
const SCENARIO = '\n<ExamScenario question="언제 쓰는가?">\n\n- 이벤트가 올 때.\n\n</ExamScenario>\n';

/** Writes a notes folder ({ 'ko/lambda.mdx': text }, in the order given) and returns its path. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(work, 'notes-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

interface Run {
  ok: boolean;
  output: string;
}

function run(command: string, args: string[], dir: string): Run {
  const result = spawnSync(path.resolve('node_modules/.bin', command), args, {
    env: { ...process.env, NOTES_DIR: dir, ASTRO_CACHE_DIR: path.join(dir, '..', `${path.basename(dir)}-cache`) },
    encoding: 'utf8',
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

const astro = (dir: string, command = ['sync']) => run('astro', command, dir);
const lint = (dir: string) => run('tsx', ['scripts/lint-notes.ts'], dir);
/** The problem lines a run printed: "<file>: <field>: <message>". */
const problemLines = (output: string) => output.split('\n').filter((line) => /^\S+\.mdx?: [^:]+: /.test(line));
/** Each case starts Astro and tsx: seconds on an idle machine, much longer on a loaded one. */
const SLOW = 180_000;

describe('a broken note fails the build, naming the file and the field, and lint:notes agrees', () => {
  it(
    'accepts a good pair of notes (the fixture itself is valid)',
    () => {
      const dir = folder({ 'ko/lambda.mdx': GOOD, 'ko/sqs.mdx': SQS, 'en/lambda.mdx': GOOD });
      const result = astro(dir);
      expect(result.output).not.toMatch(/error/i);
      expect(result.ok).toBe(true);
      expect(lint(dir)).toMatchObject({ ok: true });
    },
    SLOW,
  );

  const broken: { name: string; files: Record<string, string>; message: RegExp[] }[] = [
    {
      name: 'a missing field',
      files: { 'ko/lambda.mdx': GOOD.replace(/^summary: .*\n/m, ''), 'ko/sqs.mdx': SQS },
      message: [/ko\/lambda\.mdx: summary: /],
    },
    {
      name: 'a mistyped field name (unknown keys are rejected)',
      files: { 'ko/lambda.mdx': GOOD.replace('aliases:', 'alias:'), 'ko/sqs.mdx': SQS },
      message: [/ko\/lambda\.mdx: .*alias/],
    },
    {
      name: 'a field of the wrong type',
      files: { 'ko/lambda.mdx': GOOD.replace('updated: 2026-11-22', 'updated: yesterday'), 'ko/sqs.mdx': SQS },
      message: [/ko\/lambda\.mdx: updated: /],
    },
    {
      name: 'a date that does not exist (YAML parsers would roll 2026-02-30 over to 2 March)',
      files: { 'ko/lambda.mdx': GOOD.replace('updated: 2026-11-22', 'updated: 2026-02-30'), 'ko/sqs.mdx': SQS },
      message: [/ko\/lambda\.mdx: updated: "2026-02-30" is not a calendar date/],
    },
    {
      name: 'a month 13 in another date field',
      files: { 'ko/lambda.mdx': GOOD.replace('verified: 2026-11-22', 'verified: 2026-13-01'), 'ko/sqs.mdx': SQS },
      message: [/ko\/lambda\.mdx: verified: "2026-13-01" is not a calendar date/],
    },
    {
      name: 'an unknown category',
      files: { 'ko/lambda.mdx': GOOD.replace('category: compute', 'category: computing'), 'ko/sqs.mdx': SQS },
      message: [/ko\/lambda\.mdx: category: /],
    },
    {
      name: 'an unknown exam',
      files: { 'ko/lambda.mdx': GOOD.replace('[SAA-C03]', '[SAA-C02]'), 'ko/sqs.mdx': SQS },
      message: [/ko\/lambda\.mdx: exams\.0: /],
    },
    {
      name: 'a related id that does not exist',
      files: { 'ko/lambda.mdx': GOOD.replace('[sqs]', '[sqs, kinesis]'), 'ko/sqs.mdx': SQS },
      message: [/ko\/lambda\.mdx: related\[1\]: no note with id "kinesis"/],
    },
    {
      name: 'a note related to itself',
      files: { 'ko/lambda.mdx': GOOD.replace('[sqs]', '[lambda]'), 'ko/sqs.mdx': SQS },
      message: [/ko\/lambda\.mdx: related\[0\]: a note cannot relate to itself/],
    },
    {
      name: 'a duplicate id (two files that name the same note)',
      files: { 'ko/lambda.mdx': GOOD, 'ko/Lambda.mdx': GOOD, 'ko/sqs.mdx': SQS },
      message: [/ko\/Lambda\.mdx: id: names the same note as .*ko\/lambda\.mdx/],
    },
    {
      name: 'a file the loader would skip',
      files: { 'ko/lambda.mdx': GOOD, 'ko/sqs.md': SQS },
      message: [/ko\/sqs\.md: path: only \.mdx files are notes/],
    },
    {
      name: 'an English note without its Korean twin',
      files: { 'ko/sqs.mdx': SQS, 'en/lambda.mdx': GOOD.replace('[sqs]', '[]') },
      message: [/en\/lambda\.mdx: id: English note without its Korean twin/],
    },
    {
      name: 'a translation that drops an exam scenario',
      files: { 'ko/lambda.mdx': GOOD + SCENARIO, 'en/lambda.mdx': GOOD, 'ko/sqs.mdx': SQS },
      message: [/en\/lambda\.mdx: ExamScenario: 0 exam scenarios, but its Korean twin has 1/],
    },
  ];

  it.each(broken)(
    '$name',
    ({ files, message }) => {
      const dir = folder(files);
      const [build, linted] = [astro(dir), lint(dir)];
      expect(build.ok).toBe(false);
      expect(linted.ok).toBe(false);
      for (const pattern of message) expect(build.output).toMatch(pattern);
      // The same checks, the same verdict: every problem lint reports stops the build too.
      expect(problemLines(linted.output).length).toBeGreaterThan(0);
      for (const line of problemLines(linted.output)) expect(build.output).toContain(line);
    },
    SLOW,
  );

  it(
    'refuses ko/lambda.mdx beside ko/Lambda.mdx on every run, whichever file is written first',
    () => {
      // Astro's glob loader alone kept whichever file it read last: the build passed about 1 run in 6.
      const orders = [
        { 'ko/lambda.mdx': GOOD, 'ko/Lambda.mdx': GOOD, 'ko/sqs.mdx': SQS },
        { 'ko/Lambda.mdx': GOOD, 'ko/lambda.mdx': GOOD, 'ko/sqs.mdx': SQS },
      ];
      const outcomes = Array.from({ length: 6 }, (_, run) => {
        const result = astro(folder(orders[run % 2]!));
        return result.ok ? 'built' : (/ko\/Lambda\.mdx: id: names the same note/.exec(result.output)?.[0] ?? result.output);
      });
      expect(outcomes).toEqual(Array(6).fill('ko/Lambda.mdx: id: names the same note'));
    },
    6 * SLOW,
  );

  it(
    'stops `astro build` itself, before any page is written',
    () => {
      const outDir = mkdtempSync(path.join(work, 'dist-'));
      const dir = folder({ 'ko/lambda.mdx': GOOD.replace('category: compute', 'category: computing'), 'ko/sqs.mdx': SQS });
      const result = astro(dir, ['build', '--outDir', outDir]);
      expect(result.ok).toBe(false);
      expect(result.output).toMatch(/ko\/lambda\.mdx: category: /);
      expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
    },
    SLOW,
  );
});
