/**
 * Fills in the progress of the page's groups (categories, exams) and the cards due today from the
 * stored state; again whenever the state changes (an import on this page, another tab).
 */
import type { OverviewStrings } from '../../i18n/browser';
import { langFromPath } from '../../lib/i18n';
import { fill, plural } from '../../lib/messages';
import { progressOfGroups, type GroupKey, type Progress, type StudyIndex } from '../../lib/study/progress';
import { loadState, onStateChange } from './store';

export interface OverviewData {
  index: StudyIndex;
  strings: OverviewStrings;
}

const data = readData();

function readData(): OverviewData | undefined {
  try {
    return JSON.parse(document.getElementById('study-data')?.textContent ?? '') as OverviewData;
  } catch {
    return undefined;
  }
}

function fieldText(field: string | undefined, progress: Progress, strings: OverviewStrings): string | undefined {
  switch (field) {
    case 'notes':
      return fill(strings.progressNotes, { done: progress.notes.reviewed, total: progress.notes.total });
    case 'cards':
      return fill(strings.progressCards, { known: progress.cards.known, total: progress.cards.total });
    case 'due':
      return fill(strings.progressDue, { count: progress.cards.due });
    case 'new':
      return fill(strings.progressNew, { count: progress.cards.new });
    default:
      return undefined;
  }
}

function render(): void {
  if (!data) return;
  const elements = [...document.querySelectorAll<HTMLElement>('[data-study-group]')];
  const groups = elements.map((element) => element.dataset.studyGroup as GroupKey);
  const progress = progressOfGroups(loadState(), data.index, ['all', ...groups], new Date());
  elements.forEach((element, at) => {
    for (const field of element.querySelectorAll<HTMLElement>('[data-field]')) {
      field.textContent = fieldText(field.dataset.field, progress.get(groups[at]!)!, data.strings) ?? field.textContent;
    }
  });
  const due = progress.get('all')!.cards.due;
  for (const element of document.querySelectorAll<HTMLElement>('[data-study-due]')) {
    element.textContent = plural(langFromPath(location.pathname), data.strings.dueToday, due);
  }
  // The page shows the stored progress now, not the built defaults (tests wait for this).
  document.documentElement.dataset.progressShown = '';
}

onStateChange(render);
render();
