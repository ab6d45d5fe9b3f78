/**
 * A practice session on a deck page: one card at a time in shuffled order (due cards first), reveal
 * the answer, mark "knew it" or "didn't know", go on. Everything works from the keyboard; answers and
 * marks are announced in a live region, and focus follows the next thing to do.
 */
import { daysBetween, localDay } from '../../lib/study/days';
import { dueCount, isDue, knownCount, newCount, practiceOrder, schedule, type Mark } from '../../lib/study/leitner';
import type { PracticeStrings } from '../../i18n/browser';
import { langFromPath } from '../../lib/i18n';
import { fill, plural } from '../../lib/messages';
import type { CardRecord } from '../../lib/study/state';
import { announceChange, loadState, onStateChange, saveState } from './store';

type Action = 'reveal' | 'knew' | 'missed' | 'next';

/** Keys by physical position (event.code), so the shortcuts work with a Korean keyboard layout too. */
const KEYS: Record<string, Action> = {
  Space: 'reveal',
  Enter: 'reveal',
  NumpadEnter: 'reveal',
  KeyK: 'knew',
  Digit1: 'knew',
  Numpad1: 'knew',
  KeyD: 'missed',
  Digit2: 'missed',
  Numpad2: 'missed',
  KeyN: 'next',
  ArrowRight: 'next',
};

const root = document.querySelector<HTMLElement>('[data-practice]');
const lang = langFromPath(location.pathname);
if (root) practise(root);

function practise(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as PracticeStrings;
  const cards = new Map([...root.querySelectorAll<HTMLLIElement>('[data-card-id]')].map((card) => [card.dataset.cardId ?? '', card]));
  const ids = [...cards.keys()];
  if (!ids.length) return;
  const find = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const button = (action: string) => find<HTMLButtonElement>(`[data-action="${action}"]`);
  const buttons = { reveal: button('reveal'), knew: button('knew'), missed: button('missed'), next: button('next') };
  const position = find('[data-practice-position]');
  const badge = find('[data-practice-badge]');
  const announcer = find('[data-practice-announcer]');
  const warning = find('[data-practice-warning]');
  const summary = find('[data-practice-summary]');

  let order: string[] = [];
  let at = 0;
  let revealed = false;
  /** This session's marks, with each card's record from before its first mark, so a mark can be changed. */
  const marks = new Map<string, { mark: Mark; before: CardRecord | undefined }>();

  const currentId = () => order[at] ?? '';
  const current = () => cards.get(currentId());
  const details = () => current()?.querySelector('details');

  let announcement: number | undefined;
  function announce(text: string): void {
    // Emptied first so the same words twice in a row are still spoken.
    announcer.textContent = '';
    clearTimeout(announcement);
    announcement = window.setTimeout(() => (announcer.textContent = text), 50);
  }

  function renderStats(): void {
    const state = loadState();
    const now = new Date();
    const values = {
      due: fill(strings.progressDue, { count: dueCount(state, ids, now) }),
      new: fill(strings.progressNew, { count: newCount(state, ids) }),
      cards: fill(strings.progressCards, { known: knownCount(state, ids), total: ids.length }),
    };
    for (const stat of root.querySelectorAll<HTMLElement>('[data-stat]')) {
      stat.textContent = values[stat.dataset.stat as keyof typeof values] ?? stat.textContent;
    }
  }

  function showSession(visible: boolean): void {
    root.querySelectorAll<HTMLElement>('[data-practice-session]').forEach((element) => (element.hidden = !visible));
    summary.hidden = visible;
  }

  function show(index: number): void {
    at = index;
    revealed = false;
    for (const [id, card] of cards) card.toggleAttribute('data-current', id === currentId());
    const open = details();
    if (open) open.open = false;
    const record = loadState().cards[currentId()];
    position.textContent = fill(strings.cardPosition, { position: at + 1, total: order.length });
    badge.textContent = isDue(record, new Date()) ? strings.cardDue : record ? strings.cardAhead : strings.cardNew;
    buttons.reveal.disabled = false;
    buttons.reveal.setAttribute('aria-describedby', current()?.querySelector('.practice-card-question')?.id ?? '');
    for (const mark of [buttons.knew, buttons.missed]) {
      mark.disabled = true;
      mark.setAttribute('aria-pressed', 'false');
    }
  }

  function begin(): void {
    order = practiceOrder(ids, loadState(), new Date());
    marks.clear();
    root.dataset.mode = 'session';
    showSession(true);
    show(0);
  }

  function onRevealed(): void {
    if (revealed) return;
    revealed = true;
    const answer = current()?.querySelector('.practice-card-answer')?.textContent ?? '';
    buttons.knew.disabled = false;
    buttons.missed.disabled = false;
    // Focus moves on to marking, before the reveal button is disabled, so it is never lost to the
    // page; a reader busy in a dialog (search) keeps their place.
    if (!document.activeElement?.closest('dialog')) buttons.knew.focus();
    buttons.reveal.disabled = true;
    announce(fill(strings.announceAnswer, { answer: answer.replace(/\s+/g, ' ').trim() }));
  }

  function reveal(): void {
    const open = details();
    if (!open || revealed) return;
    open.open = true;
    onRevealed();
  }

  function mark(kind: Mark): void {
    if (!revealed) return;
    const id = currentId();
    const state = loadState();
    const before = marks.has(id) ? marks.get(id)!.before : state.cards[id];
    const now = new Date();
    const record = schedule(before, kind, now);
    state.cards[id] = record;
    const saved = saveState(state);
    marks.set(id, { mark: kind, before });
    buttons.knew.setAttribute('aria-pressed', String(kind === 'knew'));
    buttons.missed.setAttribute('aria-pressed', String(kind === 'missed'));
    warning.textContent = saved ? '' : strings.storageUnavailable;
    buttons.next.focus();
    const said = kind === 'knew' ? plural(lang, strings.announceKnew, daysBetween(localDay(now), record.due)) : strings.announceMissed;
    announce(saved ? said : `${said} ${strings.storageUnavailable}`);
    renderStats();
    announceChange();
  }

  function next(): void {
    if (at + 1 < order.length) {
      show(at + 1);
      // After a long answer the page is scrolled down: bring the new question back into view.
      current()?.scrollIntoView({ block: 'nearest' });
      buttons.reveal.focus();
      announce(position.textContent ?? '');
      return;
    }
    finish();
  }

  function finish(): void {
    const tally = { knew: 0, missed: 0 };
    for (const { mark } of marks.values()) tally[mark]++;
    for (const card of cards.values()) card.removeAttribute('data-current');
    showSession(false);
    root.dataset.mode = 'done';
    find('[data-practice-result]').textContent = fill(strings.sessionSummary, { ...tally, skipped: order.length - marks.size });
    find<HTMLElement>('#practice-summary-title').focus();
  }

  const run: Record<Action, () => void> = {
    reveal,
    knew: () => mark('knew'),
    missed: () => mark('missed'),
    next,
  };

  for (const [action, element] of Object.entries(buttons)) element.addEventListener('click', run[action as Action]);
  button('restart').addEventListener('click', () => {
    begin();
    buttons.reveal.focus();
    announce(position.textContent ?? '');
  });
  // Opening the answer some other way (the disclosure itself) counts as revealing it.
  for (const card of cards.values()) {
    card.querySelector('details')?.addEventListener('toggle', (event) => {
      if (card === current() && (event.target as HTMLDetailsElement).open) onRevealed();
    });
  }

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || summary.hidden === false) return;
    const target = event.target instanceof HTMLElement ? event.target : document.body;
    // Typing somewhere, or inside another dialog (search): the keys are not ours.
    if (target.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
    const action = KEYS[event.code];
    if (!action) return;
    // Space and Enter on a focused link or button keep their own meaning.
    if (action === 'reveal' && target.closest('a, button, summary')) return;
    event.preventDefault();
    run[action]();
  });

  onStateChange(renderStats);
  renderStats();
  begin();
}
