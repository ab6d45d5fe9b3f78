/**
 * Study mode in the browser: practising cards by keyboard, the review queue and progress surviving a
 * reload, reviewed notes, export / reset / import, damaged stored data, no-JavaScript reading and axe.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, deployedCsp, pageUnderDeployedCsp, useSite } from './support';

const site = useSite('fixture');
const KEY = 'aws-notes:study';
const DECK = '/ko/practice/exams/saa-c03/';

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const storedState = async (page: Page) => JSON.parse((await stored(page)) ?? 'null');
/** A deck page, once the practice code (loaded by the page script after it runs) has started the session. */
async function openDeck(page: Page, url: string): Promise<void> {
  await page.goto(site.url(url));
  await page.locator('.practice[data-mode="session"]').waitFor();
}
/** A page with study progress, once its code (loaded by the page script) has filled in the stored progress. */
async function openProgress(page: Page, url: string): Promise<void> {
  await page.goto(site.url(url));
  await page.locator('html[data-progress-shown]').waitFor({ state: 'attached' });
}
const currentCard = (page: Page) => page.locator('.practice-card[data-current]');
const currentId = (page: Page) => currentCard(page).getAttribute('data-card-id');
const focusedAction = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action);

/** The live region's next announcement (it is emptied, then filled a moment later). */
async function announcement(page: Page, startsWith: string): Promise<string> {
  const region = await page.waitForFunction((start) => {
    const text = document.querySelector('[data-practice-announcer]')?.textContent ?? '';
    return text.startsWith(start) ? text : false;
  }, startsWith);
  return (await region.jsonValue()) as string;
}

/** Seeds the stored state before any script of the page runs, on the first load only. */
async function seed(page: Page, value: string): Promise<void> {
  await page.addInitScript(
    ([key, text]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key!, text!);
    },
    [KEY, value],
  );
}

describe('practising exam scenarios', () => {
  it('practises cards by keyboard only; after a reload the queue, the due count and the progress are as they were', async () => {
    const page = await site.newPage();
    await openDeck(page, DECK);
    await expect(page.locator('.practice-card:visible').count()).resolves.toBe(1);
    await expect(page.locator('[data-practice-position]').textContent()).resolves.toBe('6장 중 1번째 카드');

    const marks: Record<string, 'knew' | 'missed'> = {};
    const plan = [
      { reveal: 'Space', mark: 'k', next: 'n', as: 'knew' },
      { reveal: 'Enter', mark: 'd', next: 'ArrowRight', as: 'missed' },
      { reveal: 'Space', mark: '1', next: 'n', as: 'knew' },
      { reveal: 'Space', mark: '2', next: 'n', as: 'missed' },
    ] as const;
    for (const [at, step] of plan.entries()) {
      const id = (await currentId(page))!;
      const answer = currentCard(page).locator('.practice-card-answer');
      await expect(answer.isVisible()).resolves.toBe(false);
      await page.keyboard.press(step.reveal);
      await expect(answer.isVisible()).resolves.toBe(true);
      // The answer is announced, and focus waits on the first mark button.
      const said = await announcement(page, '정답: ');
      expect(said).toContain(((await answer.textContent()) ?? '').trim().split(/\s+/)[0]);
      await expect(focusedAction(page)).resolves.toBe('knew');
      await page.keyboard.press(step.mark);
      await announcement(page, step.as === 'knew' ? '알았음으로 표시했습니다. 내일' : '몰랐음으로 표시했습니다. 오늘');
      await expect(page.locator(`[data-action="${step.as}"]`).getAttribute('aria-pressed')).resolves.toBe('true');
      await expect(focusedAction(page)).resolves.toBe('next');
      await page.keyboard.press(step.next);
      await announcement(page, `6장 중 ${at + 2}번째 카드`);
      await expect(focusedAction(page)).resolves.toBe('reveal');
      expect(await currentId(page)).not.toBe(id);
      marks[id] = step.as;
    }

    const state = await storedState(page);
    expect(state.version).toBe(2);
    for (const [id, mark] of Object.entries(marks)) expect(state.cards[id].box, id).toBe(mark === 'knew' ? 2 : 1);
    await expect(page.locator('[data-practice-stats]').innerText()).resolves.toBe('오늘 복습 2장 · 새 카드 2장 · 아는 카드 2/6');

    // After a reload the missed cards come first: they are due today.
    await page.reload();
    const missed = Object.keys(marks).filter((id) => marks[id] === 'missed');
    expect(missed).toContain(await currentId(page));
    await expect(page.locator('[data-practice-badge]').textContent()).resolves.toBe('오늘 복습');
    await expect(page.locator('[data-practice-stats]').innerText()).resolves.toBe('오늘 복습 2장 · 새 카드 2장 · 아는 카드 2/6');

    await openProgress(page, '/ko/');
    await expect(page.locator('[data-study-due]').textContent()).resolves.toBe('오늘 복습할 카드가 2장 있습니다.');
    await expect(page.locator('[data-study-group="exam:SAA-C03"] [data-field="cards"]').textContent()).resolves.toBe('아는 카드 2/6');

    // Card ids are shared by both languages.
    await openProgress(page, '/en/');
    await expect(page.locator('[data-study-due]').textContent()).resolves.toBe('2 cards are due today.');
    await openProgress(page, '/en/practice/');
    await expect(page.locator('[data-study-group="exam:SAA-C03"]').innerText()).resolves.toBe('Due today: 2 · New: 2 · Cards known: 2/6');
    await page.close();
  });

  it('changes a mark on the same card without counting it twice', async () => {
    const page = await site.newPage();
    await openDeck(page, DECK);
    const id = (await currentId(page))!;
    await page.keyboard.press('Space');
    await page.keyboard.press('k');
    await page.keyboard.press('d');
    await page.keyboard.press('k');
    // Still one step up from a new card, not three.
    expect((await storedState(page)).cards[id].box).toBe(2);
    await expect(page.locator('[data-action="knew"]').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.locator('[data-action="missed"]').getAttribute('aria-pressed')).resolves.toBe('false');
    await page.close();
  });

  it('ignores marks before the answer is revealed', async () => {
    const page = await site.newPage();
    await openDeck(page, DECK);
    await page.keyboard.press('k');
    await page.keyboard.press('d');
    await expect(page.locator('[data-action="knew"]').isDisabled()).resolves.toBe(true);
    expect(await stored(page)).toBeNull();
    await page.close();
  });

  it('reads the shortcuts by key position, so they work with a Korean keyboard layout', async () => {
    const page = await site.newPage();
    await openDeck(page, DECK);
    const id = (await currentId(page))!;
    await page.keyboard.press('Space');
    // With the Korean layout, the K key types ㅏ.
    await page.evaluate(() => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ㅏ', code: 'KeyK', bubbles: true })));
    expect((await storedState(page)).cards[id].box).toBe(2);
    await page.close();
  });

  it('finishes a deck with a summary and starts again', async () => {
    const page = await site.newPage();
    await openDeck(page, '/ko/practice/categories/containers/');
    await expect(page.locator('.practice-card').count()).resolves.toBe(1);
    await page.keyboard.press('Space');
    await page.keyboard.press('k');
    await page.keyboard.press('n');
    const summary = page.locator('[data-practice-summary]');
    await expect(summary.isVisible()).resolves.toBe(true);
    await expect(page.locator('.practice-card:visible').count()).resolves.toBe(0);
    await expect(page.locator('[data-practice-result]').textContent()).resolves.toBe('알았음 1장 · 몰랐음 0장 · 건너뜀 0장');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('practice-summary-title');
    // The summary takes no shortcuts; its button starts again.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(summary.isVisible()).resolves.toBe(false);
    await expect(page.locator('.practice-card:visible').count()).resolves.toBe(1);
    await expect(focusedAction(page)).resolves.toBe('reveal');
    await expect(page.locator('[data-practice-badge]').textContent()).resolves.toBe('미리 복습');
    await page.close();
  });

  it('leaves the keys alone while the reader types in the search', async () => {
    const page = await site.newPage();
    await openDeck(page, DECK);
    await page.keyboard.press('/');
    await page.getByRole('searchbox').pressSequentially('kd n');
    await expect(page.getByRole('searchbox').inputValue()).resolves.toBe('kd n');
    await page.keyboard.press('Escape');
    await expect(currentCard(page).locator('.practice-card-answer').isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('is reachable from the sidebar, and its language twin from the switcher', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/ko/notes/lambda/'));
    await page.locator('#sidebar').getByRole('link', { name: '연습' }).click();
    await page.waitForURL('**/ko/practice/');
    await page.getByRole('link', { name: /^Solutions Architect – Associate \(SAA-C03\)/ }).click();
    await page.waitForURL(`**${DECK}`);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL('**/en/practice/exams/saa-c03/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Practice: Solutions Architect – Associate (SAA-C03)',
    );
    await page.locator('.practice[data-mode="session"]').waitFor();
    await page.keyboard.press('Space');
    await announcement(page, 'Answer: ');
    await page.close();
  });
});

describe('reviewed notes', () => {
  it('marks a note as reviewed; the sidebar and the progress show it after a reload, and it can be undone', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/ko/notes/lambda/'));
    const toggle = page.getByRole('button', { name: '이 노트 복습 완료' });
    const sidebarLink = page.locator('#sidebar a[href="/ko/notes/lambda/"]');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(sidebarLink.locator('[data-reviewed-mark]').isVisible()).resolves.toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    // Stored before the click returns: leaving the page at once keeps the mark.
    expect(Object.keys((await storedState(page)).reviewedNotes)).toEqual(['lambda']);
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(sidebarLink.locator('[data-reviewed-mark]').isVisible()).resolves.toBe(true);

    await page.reload();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    // The check mark is named for screen readers.
    await expect(page.locator('#sidebar').getByRole('link', { name: 'AWS Lambda (복습 완료)' }).count()).resolves.toBe(1);

    await openProgress(page, '/ko/categories/compute/');
    await expect(page.locator('main [data-study-group="category:compute"]').innerText()).resolves.toBe('복습한 노트 1/2 · 아는 카드 0/3');
    await expect(page.locator('#sidebar a[href="/ko/notes/lambda/"] [data-reviewed-mark]').isVisible()).resolves.toBe(true);
    await openProgress(page, '/ko/');
    await expect(page.locator('[data-study-group="category:compute"] [data-field="notes"]').textContent()).resolves.toBe('복습한 노트 1/2');
    await expect(page.locator('[data-study-group="exam:SAA-C03"] [data-field="notes"]').textContent()).resolves.toBe('복습한 노트 1/5');

    await page.goto(site.url('/en/notes/lambda/'));
    const english = page.getByRole('button', { name: 'Mark as reviewed' });
    await expect(english.getAttribute('aria-pressed')).resolves.toBe('true');
    await english.click();
    await expect(english.getAttribute('aria-pressed')).resolves.toBe('false');
    expect((await storedState(page)).reviewedNotes).toEqual({});
    await page.close();
  });
});

describe('stored data', () => {
  it.each([
    ['invalid JSON', '{"version":2,"cards":{"lambda#1":'],
    ['wrong types', '{"version":2,"cards":[1,2],"reviewedNotes":"lambda"}'],
    ['a future version', '{"version":99,"cards":{},"reviewedNotes":{}}'],
    ['a damaged entry', '{"version":2,"cards":{"lambda#1":{"box":"x"}},"reviewedNotes":{"lambda":42}}'],
    ['null', 'null'],
  ])('a stored state with %s does not break any page, and practising replaces it', async (_, value) => {
    const page = await site.newPage();
    await seed(page, value);
    await openProgress(page, '/ko/');
    await expect(page.locator('[data-study-due]').textContent()).resolves.toBe('오늘 복습할 카드가 없습니다.');
    await page.goto(site.url('/ko/notes/lambda/'));
    await expect(page.getByRole('button', { name: '이 노트 복습 완료' }).getAttribute('aria-pressed')).resolves.toBe('false');
    await openProgress(page, '/ko/practice/');
    await expect(page.locator('[data-study-group="exam:SAA-C03"]').innerText()).resolves.toBe(
      '오늘 복습 0장 · 새 카드 6장 · 아는 카드 0/6',
    );
    await openDeck(page, DECK);
    const id = (await currentId(page))!;
    await page.keyboard.press('Space');
    await page.keyboard.press('d');
    const state = await storedState(page);
    expect(Object.keys(state.cards)).toEqual([id]);
    expect(state.reviewedNotes).toEqual({});
    // Closing the page throws if any page error happened.
    await page.close();
  });

  it('migrates a version 1 state on first read', async () => {
    const page = await site.newPage();
    await seed(page, JSON.stringify({ version: 1, known: ['lambda#1'], missed: ['lambda#2', 'ec2#1'] }));
    await openProgress(page, '/ko/');
    await expect(page.locator('[data-study-due]').textContent()).resolves.toBe('오늘 복습할 카드가 3장 있습니다.');
    await page.close();
  });

  it('marks a note on a version 1 state through the validating store, keeping the migrated cards', async () => {
    const page = await site.newPage();
    await seed(page, JSON.stringify({ version: 1, known: ['lambda#1'], missed: ['ec2#1'] }));
    await page.goto(site.url('/ko/notes/lambda/'));
    await page.getByRole('button', { name: '이 노트 복습 완료' }).click();
    await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? '{}').version === 2, KEY);
    const state = await storedState(page);
    expect(Object.keys(state.reviewedNotes)).toEqual(['lambda']);
    expect(Object.keys(state.cards).sort()).toEqual(['ec2#1', 'lambda#1']);
    await page.close();
  });

  it('exports the progress, resets it after confirmation, and imports it back', async () => {
    const page = await site.newPage();
    const state = {
      version: 2,
      cards: {
        'lambda#1': { box: 3, due: '2020-01-01', lastSeen: '2019-12-29T09:00:00.000Z' },
        'ec2#1': { box: 4, due: '2999-01-01', lastSeen: '2019-12-29T09:00:00.000Z' },
      },
      reviewedNotes: { lambda: '2019-12-29T09:00:00.000Z' },
    };
    await seed(page, JSON.stringify(state));
    await openProgress(page, '/ko/practice/');
    const due = page.locator('[data-study-due]');
    const compute = page.locator('[data-study-group="category:compute"]');
    await expect(due.textContent()).resolves.toBe('오늘 복습할 카드가 1장 있습니다.');
    await expect(compute.innerText()).resolves.toBe('오늘 복습 1장 · 새 카드 1장 · 아는 카드 2/3');
    // Reset and import finish after the click (the dialog's close event, reading the file).
    const status = (text: string) =>
      page.waitForFunction((expected) => document.querySelector('[data-transfer-status]')?.textContent === expected, text);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '내보내기 (JSON)' }).click()]);
    expect(download.suggestedFilename()).toBe('aws-study-progress.json');
    const file = await download.path();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
    await status('aws-study-progress.json 파일로 내보냈습니다.');

    // Reset asks first: Escape (or Cancel) keeps everything.
    const reset = page.getByRole('button', { name: '초기화', exact: true });
    await reset.click();
    const dialog = page.getByRole('dialog', { name: '학습 기록을 초기화할까요?' });
    await expect(dialog.isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('취소');
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    expect(await storedState(page)).toEqual(state);
    await reset.click();
    await dialog.getByRole('button', { name: '초기화' }).click();
    await status('학습 기록을 초기화했습니다.');
    expect((await storedState(page)).cards).toEqual({});
    await expect(due.textContent()).resolves.toBe('오늘 복습할 카드가 없습니다.');
    await expect(compute.innerText()).resolves.toBe('오늘 복습 0장 · 새 카드 3장 · 아는 카드 0/3');

    // A file that is not study progress changes nothing.
    const notProgress = { name: 'package.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"x"}') };
    let chooser = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '가져오기' }).click()]);
    await chooser[0].setFiles(notProgress);
    await status('학습 기록 파일이 아니어서 가져오지 못했습니다. 기존 기록은 그대로입니다.');
    expect((await storedState(page)).cards).toEqual({});

    chooser = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '가져오기' }).click()]);
    await chooser[0].setFiles(file);
    await status('가져왔습니다: 복습한 노트 1개, 카드 기록 2장.');
    expect(await storedState(page)).toEqual(state);
    await expect(due.textContent()).resolves.toBe('오늘 복습할 카드가 1장 있습니다.');
    await expect(compute.innerText()).resolves.toBe('오늘 복습 1장 · 새 카드 1장 · 아는 카드 2/3');
    await page.reload();
    await expect(compute.innerText()).resolves.toBe('오늘 복습 1장 · 새 카드 1장 · 아는 카드 2/3');
    await page.close();
  });

  it('keeps working when the browser refuses storage, and says progress is not saved', async () => {
    const page = await site.newPage();
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
    });
    await openDeck(page, DECK);
    await page.keyboard.press('Space');
    await page.keyboard.press('k');
    await expect(page.locator('[data-practice-warning]').textContent()).resolves.toContain('저장할 수 없습니다');
    await page.keyboard.press('n');
    await expect(currentCard(page).count()).resolves.toBe(1);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('lists every card with its answer in a disclosure, and no controls', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await site.newPage({ context });
    await page.goto(site.url(DECK));
    const cards = page.locator('.practice-card');
    await expect(cards.count()).resolves.toBe(6);
    await expect(page.locator('.practice-card:visible').count()).resolves.toBe(6);
    await expect(page.locator('.practice-controls').isVisible()).resolves.toBe(false);
    await expect(page.getByText('자바스크립트를 켜면').isVisible()).resolves.toBe(true);
    const last = cards.last();
    await expect(last.getByRole('link').getAttribute('href')).resolves.toMatch(/^\/ko\/notes\/[a-z0-9-]+\/$/);
    await expect(last.locator('.practice-card-answer').isVisible()).resolves.toBe(false);
    await last.getByText('정답과 해설 보기').click();
    await expect(last.locator('.practice-card-answer').isVisible()).resolves.toBe(true);

    await page.goto(site.url('/ko/'));
    await expect(page.locator('[data-study-due]').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('link', { name: '시험 시나리오 연습하러 가기' }).isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('accessibility of study mode (axe-core)', () => {
  for (const lang of ['ko', 'en'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`a practice card with its answer revealed and marked, in ${lang}, ${colorScheme} theme, has no violations`, async () => {
        const page = await site.newPage({ colorScheme });
        await openDeck(page, `/${lang}/practice/exams/saa-c03/`);
        await page.keyboard.press('Space');
        await announcement(page, lang === 'ko' ? '정답: ' : 'Answer: ');
        await page.keyboard.press('d');
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });
    }

    it(`the practice overview with the reset question open, in ${lang}, has no violations`, async () => {
      const page = await site.newPage();
      await page.goto(site.url(`/${lang}/practice/`));
      await page.locator('[data-transfer="reset"]').click();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it(`a note marked as reviewed, in ${lang}, has no violations`, async () => {
      const page = await site.newPage({ colorScheme: 'dark' });
      await page.goto(site.url(`/${lang}/notes/lambda/`));
      await page.locator('[data-review-toggle]').click();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }
});

describe('under the deployed Content-Security-Policy', () => {
  it('practises, marks a note, exports and resets without a violation', async () => {
    expect(deployedCsp()).toContain("script-src 'self'");
    const { page, context, violations } = await pageUnderDeployedCsp(site);

    await openDeck(page, DECK);
    await page.keyboard.press('Space');
    await page.keyboard.press('d');
    await page.goto(site.url('/ko/notes/lambda/'));
    await page.locator('[data-review-toggle]').click();
    await openProgress(page, '/ko/');
    await expect(page.locator('[data-study-due]').textContent()).resolves.toBe('오늘 복습할 카드가 1장 있습니다.');
    await page.goto(site.url('/ko/practice/'));
    await Promise.all([page.waitForEvent('download'), page.locator('[data-transfer="export"]').click()]);
    await page.locator('[data-transfer="reset"]').click();
    await page.getByRole('dialog').getByRole('button', { name: '초기화' }).click();
    await page.waitForFunction(() => document.querySelector('[data-study-due]')?.textContent === '오늘 복습할 카드가 없습니다.');
    expect(violations).toEqual([]);
    await context.close();
  });
});
