/**
 * The importer on folders on disk: what it writes, its report, safe re-runs, --dry-run, --lang en,
 * and bad input (encodings, empty and huge files, duplicate titles, broken front matter).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noteSchema } from '../../src/lib/note-schema';
import { importNotes, MAX_BYTES, type ImportOptions } from '../../scripts/import/importer';
import { MANIFEST_FILE } from '../../scripts/import/manifest';
import { formatReport } from '../../scripts/import/report';

const FIXTURES = path.resolve('tests/fixtures/import');
const work = mkdtempSync(path.join(tmpdir(), 'import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const today = new Date('2026-11-29T12:00:00Z');
let count = 0;
const fresh = (name: string) => {
  const dir = path.join(work, `${name}-${++count}`);
  mkdirSync(dir, { recursive: true });
  return dir;
};
const run = (sourceDir: string, notesDir: string, options: Partial<ImportOptions> = {}) =>
  importNotes({ sourceDir, notesDir, lang: 'ko', dryRun: false, today, ...options });
const frontmatter = (file: string) => parse(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;
const allFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    : [];

describe('importing a folder', () => {
  it('writes one valid draft note per Markdown file, with its images under NOTES_DIR', () => {
    const out = fresh('plain');
    const report = run(path.join(FIXTURES, 'plain'), out);
    expect(report.files.map((f) => [f.source, f.note, f.action])).toEqual([
      ['NAT 게이트웨이.md', 'ko/nat-geiteuwei.mdx', 'create'],
      ['security-groups.md', 'ko/security-groups.mdx', 'create'],
      ['vpc-basics.md', 'ko/vpc-basics.mdx', 'create'],
    ]);
    for (const file of report.files) {
      const data = noteSchema.parse(frontmatter(path.join(out, file.note!)));
      expect(data).toMatchObject({ status: 'draft', kind: 'topic', sources: [{ imported: file.source }] });
    }
    const vpc = frontmatter(path.join(out, 'ko/vpc-basics.mdx'));
    expect(vpc).toMatchObject({
      category: 'networking',
      service: 'Amazon Virtual Private Cloud (Amazon VPC)',
      related: ['security-groups', 'nat-geiteuwei'],
      updated: '2026-11-29',
    });
    expect(allFiles(path.join(out, 'assets')).sort()).toEqual([
      'vpc-basics/route-table.png',
      'vpc-basics/subnet-diagram.png',
      'vpc-basics/vpc-icon.png',
    ]);
    const body = readFileSync(path.join(out, 'ko/vpc-basics.mdx'), 'utf8');
    expect(body).toContain('![서브넷 구성도](../assets/vpc-basics/subnet-diagram.png)'); // images%2F… decoded
    expect(body).toContain('![라우팅 테이블 그림](../assets/vpc-basics/route-table.png)'); // site-absolute
    expect(body).toContain('[NAT 게이트웨이](/ko/notes/nat-geiteuwei/)'); // NAT%20%EA%B2%8C….md
    const vpcReport = report.files[2]!;
    expect(vpcReport.warnings).toEqual(
      expect.arrayContaining(['missing image: images/not-there.png', 'link to ./nacl.md#규칙 (not an imported note): kept as text']),
    );
    expect(vpcReport.coverage.matched).toBe(vpcReport.coverage.total);
  });

  it('resolves Obsidian attachments by name and wikilinks by file name, title or alias', () => {
    const out = fresh('obsidian');
    const report = run(path.join(FIXTURES, 'obsidian'), out);
    expect(report.files.map((f) => f.source)).not.toContain('.obsidian/app.json');
    const lambda = readFileSync(path.join(out, 'ko/lambda-jeongni.mdx'), 'utf8');
    expect(lambda).toContain('(../assets/lambda-jeongni/pasted-image-20240101093000.png)');
    expect(readFileSync(path.join(out, 'ko/dynamodb.mdx'), 'utf8')).toContain('[람다](/ko/notes/lambda-jeongni/)');
    expect(frontmatter(path.join(out, 'ko/lambda-jeongni.mdx'))).toMatchObject({
      aliases: ['람다 노트', 'Lambda notes'],
      tags: ['aws', 'exam-saa', 'serverless'],
      concepts: ['서버리스', '시험대비'],
      service: 'AWS Lambda',
    });
    expect(frontmatter(path.join(out, 'ko/dynamodb.mdx'))).toMatchObject({
      tags: ['aws', 'database', 'nosql'],
      concepts: ['데이터베이스'],
    });
    expect(frontmatter(path.join(out, 'ko/illil-noteu.mdx')).title).toBe('일일 노트'); // not "{{title}}"
    expect(report.files.find((f) => f.source === 'Templates/일일 노트.md')!.warnings).toEqual([
      'front matter date: template variable {{date}} was never filled in',
      'template variables never filled in, kept as text: {{title}}, <% tp.file.creation_date() %>',
    ]);
  });

  it('prints a report per file and a total', () => {
    const out = fresh('report');
    const text = formatReport(run(path.join(FIXTURES, 'qa'), out), false);
    expect(text).toMatch(/^more-questions\.md: wrote → ko\/more-questions\.mdx; coverage 4\/4 lines \(100%\); 2 scenarios$/m);
    expect(text).toMatch(/question asked twice/);
    expect(text.split('\n').at(-1)).toBe(
      '2 files: 2 notes written, 0 unchanged, 0 kept, 0 skipped; 1 warnings; coverage 15/15 lines (100%)',
    );
  });
});

describe('re-running', () => {
  it('--dry-run plans and writes nothing', () => {
    const out = path.join(fresh('dry'), 'notes');
    const report = run(path.join(FIXTURES, 'plain'), out, { dryRun: true });
    expect(report.files.map((f) => f.action)).toEqual(['create', 'create', 'create']);
    expect(existsSync(out)).toBe(false);
    expect(formatReport(report, true)).toMatch(/^dry run, nothing written: 3 files: 3 notes to write/m);
  });

  it('leaves its own unchanged notes alone, updates them when the source changes, never touches an edited or reviewed note', () => {
    const source = fresh('src');
    cpSync(path.join(FIXTURES, 'plain'), source, { recursive: true });
    const out = fresh('notes');
    run(source, out);
    expect(run(source, out).files.map((f) => f.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);

    writeFileSync(path.join(source, 'vpc-basics.md'), `${readFileSync(path.join(source, 'vpc-basics.md'), 'utf8')}\n새로 추가한 줄이다.\n`);
    const sg = path.join(out, 'ko/security-groups.mdx');
    writeFileSync(sg, readFileSync(sg, 'utf8').replace('보안 그룹은', '내가 고친 보안 그룹은'));
    const again = run(source, out);
    expect(again.files.map((f) => f.action)).toEqual(['unchanged', 'kept', 'update']);
    expect(again.files[1]!.warnings).toContain('ko/security-groups.mdx was edited since it was imported: left as it is');
    expect(readFileSync(sg, 'utf8')).toContain('내가 고친');
    expect(readFileSync(path.join(out, 'ko/vpc-basics.mdx'), 'utf8')).toContain('새로 추가한 줄이다.');

    const vpc = path.join(out, 'ko/vpc-basics.mdx');
    writeFileSync(vpc, readFileSync(vpc, 'utf8').replace('status: draft', 'status: reviewed'));
    writeFileSync(path.join(source, 'vpc-basics.md'), '# 덮어쓰면 안 된다\n');
    const third = run(source, out);
    expect(third.files.find((f) => f.source === 'vpc-basics.md')).toMatchObject({
      action: 'kept',
      warnings: ['ko/vpc-basics.mdx is marked reviewed: left as it is'],
    });
    expect(readFileSync(vpc, 'utf8')).toContain('status: reviewed');
  });

  it('never takes the id of a note it did not write, and keeps two imported folders apart', () => {
    const out = fresh('existing');
    mkdirSync(path.join(out, 'ko'), { recursive: true });
    writeFileSync(path.join(out, 'ko/vpc-basics.mdx'), 'a person’s note');
    run(path.join(FIXTURES, 'plain'), out);
    expect(readFileSync(path.join(out, 'ko/vpc-basics.mdx'), 'utf8')).toBe('a person’s note');
    expect(existsSync(path.join(out, 'ko/vpc-basics-2.mdx'))).toBe(true);
    writeFileSync(path.join(out, 'ko/sg.mdx'), '---\ntitle: Security Group Notes\n---\n');
    expect(run(path.join(FIXTURES, 'plain'), out).files[1]!.warnings).toContain(
      'duplicate title "Security Group Notes" (also ko/sg.mdx): titled "Security Group Notes (security-groups)"',
    );
    const other = fresh('other');
    writeFileSync(path.join(other, 'vpc-basics.md'), '# 다른 폴더의 VPC\n\n다른 폴더에서 온 노트다.\n');
    expect(run(other, out).files[0]!.note).toBe('ko/vpc-basics-3.mdx');
    expect(Object.keys(JSON.parse(readFileSync(path.join(out, MANIFEST_FILE), 'utf8')).notes).sort()).toEqual([
      'ko/nat-geiteuwei',
      'ko/security-groups',
      'ko/vpc-basics-2',
      'ko/vpc-basics-3',
    ]);
  });

  it('--lang en writes English notes and a Korean twin that asks for a translation (an English note needs one)', () => {
    const out = fresh('en');
    const report = run(path.join(FIXTURES, 'jekyll'), out, { lang: 'en' });
    expect(report.files.map((f) => f.note)).toEqual(['en/ec2.mdx', 'en/s3.mdx', 'en/aws-gongbu-girok.mdx']);
    expect(frontmatter(path.join(out, 'en/s3.mdx'))).toMatchObject({ title: 'Amazon S3', category: 'storage' });
    expect(readFileSync(path.join(out, 'ko/s3.mdx'), 'utf8')).toContain('<Callout type="warning" title="번역 필요">');
    expect(readFileSync(path.join(out, 'en/aws-gongbu-girok.mdx'), 'utf8')).toContain('[EC2 정리](/en/notes/ec2/)');
  });
});

describe('bad input is converted or reported, never a crash', () => {
  let out = '';
  let report: ReturnType<typeof run>;
  beforeAll(() => {
    const source = fresh('bad');
    writeFileSync(
      path.join(source, 'cp949.md'),
      iconv.encode('# 윈도우 메모\n\n메모장에서 ANSI로 저장한 한글 노트다. S3 버킷 정책을 적었다.\n', 'cp949'),
    );
    writeFileSync(path.join(source, 'empty.md'), '');
    writeFileSync(path.join(source, 'blank.md'), '\n  \n\t\n');
    writeFileSync(path.join(source, 'only-front-matter.md'), '---\ntitle: 빈 노트\n---\n');
    writeFileSync(path.join(source, 'broken-yaml.md'), '---\ntitle: [안 닫힘\n---\n\n본문은 남는다.\n');
    writeFileSync(path.join(source, 'same-title-a.md'), '# 정리\n\n첫 번째 정리 노트.\n');
    writeFileSync(path.join(source, 'same-title-b.md'), '# 정리\n\n두 번째 정리 노트.\n');
    writeFileSync(path.join(source, 'huge.md'), Buffer.alloc(MAX_BYTES + 1, 'a'));
    const line = (n: number) => `- ${n}번째 줄: 큰 파일도 변환된다 <= 한도 {n}\n`;
    writeFileSync(path.join(source, 'large.md'), `# 큰 노트\n\n${Array.from({ length: 20_000 }, (_, n) => line(n)).join('')}`);
    writeFileSync(path.join(source, 'junk.md'), new Uint8Array(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)));
    writeFileSync(path.join(source, 'not-markdown.txt'), 'ignored');
    out = fresh('bad-out');
    report = run(source, out);
  }, 120_000);
  const file = (name: string) => report.files.find((f) => f.source === name)!;

  it('decodes CP949 and says so', () => {
    expect(file('cp949.md')).toMatchObject({ action: 'create', coverage: { matched: 1, total: 1 } });
    expect(file('cp949.md').warnings[0]).toMatch(/decoded as CP949/);
    expect(readFileSync(path.join(out, 'ko/cp949.mdx'), 'utf8')).toContain('메모장에서 ANSI로 저장한 한글 노트다.');
  });

  it('skips empty files and files of nothing but front matter', () => {
    expect(file('empty.md')).toMatchObject({ action: 'skipped', warnings: ['empty file: no note written'] });
    expect(file('blank.md').action).toBe('skipped');
    expect(file('only-front-matter.md')).toMatchObject({ action: 'skipped', warnings: ['no text besides front matter: no note written'] });
  });

  it('keeps the text of a file whose front matter is broken', () => {
    expect(file('broken-yaml.md').action).toBe('create');
    expect(file('broken-yaml.md').warnings[0]).toMatch(/front matter is not valid YAML/);
  });

  it('tells duplicate titles apart', () => {
    expect(frontmatter(path.join(out, 'ko/same-title-b.mdx')).title).toBe('정리 (same-title-b)');
    expect(file('same-title-b.md').warnings[0]).toMatch(/duplicate title "정리"/);
  });

  it('reports a file over the size limit and converts a large one', () => {
    expect(file('huge.md')).toMatchObject({ action: 'skipped' });
    expect(file('huge.md').warnings[0]).toMatch(/too large/);
    expect(file('large.md')).toMatchObject({ action: 'create', coverage: { matched: 20_000, total: 20_000 } });
  });

  it('writes a valid note even from bytes that are no text', () => {
    expect(['create', 'skipped']).toContain(file('junk.md').action);
  });

  it('reads only Markdown files', () => {
    expect(report.files.map((f) => f.source)).not.toContain('not-markdown.txt');
  });

  it('gives every note it writes a frontmatter the schema accepts', () => {
    for (const f of report.files.filter((f) => f.note && f.action === 'create')) {
      const result = noteSchema.safeParse(frontmatter(path.join(out, f.note!)));
      expect(result.success, `${f.note}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });
});

describe('the command line', () => {
  const cli = (...args: string[]) => spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/import.ts', ...args], { encoding: 'utf8' });

  it('refuses a missing folder, an unknown language and unknown options, with the usage', () => {
    for (const args of [
      [],
      [path.join(work, 'nowhere')],
      [path.join(FIXTURES, 'qa'), '--lang', 'ja'],
      [path.join(FIXTURES, 'qa'), '--force'],
    ]) {
      const result = cli(...args);
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr).toMatch(/usage: npm run import -- SOURCE_DIR/);
    }
  }, 90_000);

  it('prints the report of a dry run', () => {
    const out = path.join(fresh('cli'), 'notes');
    const result = cli(path.join(FIXTURES, 'qa'), '--out', out, '--dry-run');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^more-questions\.md: would be created → ko\/more-questions\.mdx/m);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
