/**
 * A broken note stops the build with a message naming the file and the field. Each case writes a
 * small notes folder and runs Astro's content sync on it (the same loading a build starts with).
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
status: reviewed
sources:
  - file: 004_8c678ec1fd0149ba.txt
    section: Lambda
---

## 개요

본문.
`;
const SQS = GOOD.replace(/AWS Lambda/g, 'Amazon SQS').replace('related: [sqs]', 'related: []');

/** Writes a notes folder ({ 'ko/lambda.mdx': text }) and runs `astro sync` (or another astro command) on it. */
function syncWith(files: Record<string, string>, command = ['sync']): { ok: boolean; output: string } {
  const dir = mkdtempSync(path.join(work, 'notes-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  const result = spawnSync(path.resolve('node_modules/.bin/astro'), command, {
    env: { ...process.env, NOTES_DIR: dir, ASTRO_CACHE_DIR: path.join(dir, '.cache') },
    encoding: 'utf8',
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

describe('a broken note fails the build, naming the file and the field', () => {
  it('accepts a good pair of notes (the fixture itself is valid)', () => {
    const result = syncWith({ 'ko/lambda.mdx': GOOD, 'ko/sqs.mdx': SQS, 'en/lambda.mdx': GOOD });
    expect(result.output).not.toMatch(/error/i);
    expect(result.ok).toBe(true);
  });

  const broken: { name: string; files: Record<string, string>; message: RegExp[] }[] = [
    {
      name: 'a missing field',
      files: { 'ko/lambda.mdx': GOOD.replace(/^summary: .*\n/m, ''), 'ko/sqs.mdx': SQS },
      message: [/ko\/lambda/, /summary/],
    },
    {
      name: 'a mistyped field name (unknown keys are rejected)',
      files: { 'ko/lambda.mdx': GOOD.replace('aliases:', 'alias:'), 'ko/sqs.mdx': SQS },
      message: [/ko\/lambda/, /alias/],
    },
    {
      name: 'a field of the wrong type',
      files: { 'ko/lambda.mdx': GOOD.replace('updated: 2026-11-22', 'updated: yesterday'), 'ko/sqs.mdx': SQS },
      message: [/ko\/lambda/, /updated/],
    },
    {
      name: 'an unknown category',
      files: { 'ko/lambda.mdx': GOOD.replace('category: compute', 'category: computing'), 'ko/sqs.mdx': SQS },
      message: [/ko\/lambda/, /category/],
    },
    {
      name: 'an unknown exam',
      files: { 'ko/lambda.mdx': GOOD.replace('[SAA-C03]', '[SAA-C02]'), 'ko/sqs.mdx': SQS },
      message: [/ko\/lambda/, /exams/],
    },
    {
      name: 'a related id that does not exist',
      files: { 'ko/lambda.mdx': GOOD.replace('[sqs]', '[sqs, kinesis]'), 'ko/sqs.mdx': SQS },
      message: [/ko\/lambda\.mdx: related\[1\]: no note with id "kinesis"/],
    },
    {
      name: 'a duplicate id (two files that name the same note)',
      files: { 'ko/lambda.mdx': GOOD, 'ko/Lambda.mdx': GOOD, 'ko/sqs.mdx': SQS },
      message: [/ko\/Lambda\.mdx: id: /],
    },
    {
      name: 'an English note without its Korean twin',
      files: { 'ko/sqs.mdx': SQS, 'en/lambda.mdx': GOOD.replace('[sqs]', '[]') },
      message: [/en\/lambda\.mdx: id: English note without its Korean twin/],
    },
  ];

  it('stops `astro build` itself, before any page is written', () => {
    const outDir = mkdtempSync(path.join(work, 'dist-'));
    const result = syncWith({ 'ko/lambda.mdx': GOOD.replace('category: compute', 'category: computing'), 'ko/sqs.mdx': SQS }, [
      'build',
      '--outDir',
      outDir,
    ]);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/ko\/lambda[\s\S]*category/);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
  });

  it.each(broken)('$name', ({ files, message }) => {
    const result = syncWith(files);
    expect(result.ok).toBe(false);
    for (const pattern of message) expect(result.output).toMatch(pattern);
  });
});
