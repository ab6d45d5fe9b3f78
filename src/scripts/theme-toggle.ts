import { THEME_STORAGE_KEY } from '../lib/theme-init';

/** The theme toggle: the choice is stored only when the reader makes one; until then the system theme applies. */
export function setUpThemeToggle(): void {
  const button = document.getElementById('theme-toggle');
  const media = matchMedia('(prefers-color-scheme: dark)');
  const current = () => document.documentElement.dataset.theme ?? (media.matches ? 'dark' : 'light');
  const label = () => {
    if (!button) return;
    const next = current() === 'dark' ? 'light' : 'dark';
    button.setAttribute('aria-label', button.dataset[next === 'dark' ? 'labelDark' : 'labelLight'] ?? '');
    button.title = button.getAttribute('aria-label') ?? '';
  };
  button?.addEventListener('click', () => {
    const next = current() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Private modes may refuse storage; the theme still applies to this page.
    }
    label();
  });
  media.addEventListener('change', label);
  label();
}
