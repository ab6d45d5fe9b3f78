/**
 * A broken note stops the build with a message naming the file and the field. Each case writes a
 * small notes folder and runs Astro's content sync on it (the same loading a build starts with).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

/** Writes a notes folder ({ 'ko/lambda.mdx': text }) and runs `astro sync` against it. */
function syncWith(files: Record<string, string>): { ok: boolean; output: string } {
  const dir = mkdtempSync(path.join(work, 'notes-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  const result = spawnSync(path.resolve('node_modules/.bin/astro'), ['sync'], {
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

  it('a missing field', () => {
    const result = syncWith({ 'ko/lambda.mdx': GOOD.replace(/^summary: .*\n/m, ''), 'ko/sqs.mdx': SQS });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/ko\/lambda/);
    expect(result.output).toMatch(/summary/);
  });

  it('a mistyped field name (unknown keys are rejected)', () => {
    const result = syncWith({ 'ko/lambda.mdx': GOOD.replace('aliases:', 'alias:'), 'ko/sqs.mdx': SQS });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/ko\/lambda/);
    expect(result.output).toMatch(/alias/);
  });

  it('a field of the wrong type', () => {
    const result = syncWith({ 'ko/lambda.mdx': GOOD.replace('updated: 2026-11-22', 'updated: yesterday'), 'ko/sqs.mdx': SQS });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/ko\/lambda/);
    expect(result.output).toMatch(/updated/);
  });

  it('an unknown category', () => {
    const result = syncWith({ 'ko/lambda.mdx': GOOD.replace('category: compute', 'category: computing'), 'ko/sqs.mdx': SQS });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/ko\/lambda/);
    expect(result.output).toMatch(/category/);
  });

  it('an unknown exam', () => {
    const result = syncWith({ 'ko/lambda.mdx': GOOD.replace('[SAA-C03]', '[SAA-C02]'), 'ko/sqs.mdx': SQS });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/ko\/lambda/);
    expect(result.output).toMatch(/exams/);
  });

  it('a related id that does not exist', () => {
    const result = syncWith({ 'ko/lambda.mdx': GOOD.replace('[sqs]', '[sqs, kinesis]'), 'ko/sqs.mdx': SQS });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/ko\/lambda\.mdx: related\[1\]: no note with id "kinesis"/);
  });

  it('a duplicate id (two files that name the same note)', () => {
    const result = syncWith({ 'ko/lambda.mdx': GOOD, 'ko/Lambda.mdx': GOOD, 'ko/sqs.mdx': SQS });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/ko\/Lambda\.mdx: id: /);
  });

  it('an English note without its Korean twin', () => {
    const result = syncWith({ 'ko/sqs.mdx': SQS, 'en/lambda.mdx': GOOD.replace('[sqs]', '[]') });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/en\/lambda\.mdx: id: English note without its Korean twin/);
  });
});
