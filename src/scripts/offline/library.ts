/**
 * The offline page (/<lang>/offline/): what is saved in this language, "save all" with its size and
 * progress, and removal. The same page stands in for any page that is neither online nor saved; it
 * then says so. Talks to the service worker (src/service-worker/sw.ts) through a message channel.
 */
import type { OfflineStrings } from '../../i18n/browser';
import { langFromPath } from '../../lib/i18n';
import type { OfflineCatalog } from '../../lib/offline/catalog';
import { fill, plural } from '../../lib/messages';
import type { WorkerReply, WorkerRequest } from '../../lib/offline/messages';

const root = document.querySelector<HTMLElement>('[data-offline-library]');
if (root) void setUp(root);

async function setUp(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as OfflineStrings;
  // Served in place of an unsaved page, the address is still that page's, in its language.
  const lang = langFromPath(location.pathname);
  const find = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const saveButton = find<HTMLButtonElement>('[data-offline-save]');
  const removeButton = find<HTMLButtonElement>('[data-offline-remove]');
  const progress = find<HTMLProgressElement>('progress');
  const status = find('[data-offline-status]');
  const list = find<HTMLUListElement>('[data-offline-list]');
  const summary = find('[data-offline-summary]');
  const usage = find('[data-offline-usage]');

  // Served in place of another page: it was not saved.
  find('[data-offline-fallback]').hidden = location.pathname === root.dataset.path;

  const size = (bytes: number) =>
    new Intl.NumberFormat(lang, { style: 'unit', unit: bytes < 1024 ** 2 ? 'kilobyte' : 'megabyte', maximumFractionDigits: 1 }).format(
      bytes < 1024 ** 2 ? bytes / 1024 : bytes / 1024 ** 2,
    );

  const worker = await workerReady();
  if (!worker) {
    status.textContent = strings.offlineNoWorker;
    return;
  }
  const catalog = (await (await fetch(`/${lang}/offline.json`)).json()) as OfflineCatalog;
  saveButton.textContent = fill(strings.offlineSaveAll, { size: size(catalog.bytes) });
  const titles = new Map(catalog.pages.map((page) => [page.url, page.title]));

  const ask = (request: WorkerRequest, onReply: (reply: WorkerReply) => void) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => onReply(event.data as WorkerReply);
    worker.postMessage(request, [channel.port2]);
  };

  function refresh(): void {
    ask({ type: 'status', lang }, (reply) => {
      if (reply.type !== 'status') return;
      const saved = reply.saved.filter((url) => titles.has(url));
      summary.textContent = saved.length ? plural(lang, strings.offlineSavedCount, saved.length) : strings.offlineNothingSaved;
      list.replaceChildren(
        ...saved
          .filter((url) => url.includes('/notes/'))
          .map((url) => {
            const item = document.createElement('li');
            const link = item.appendChild(document.createElement('a'));
            link.href = url;
            link.textContent = titles.get(url)!.replace(/ [|·] .*$/, '');
            return item;
          }),
      );
      removeButton.hidden = saved.length === 0;
      void navigator.storage
        ?.estimate()
        .then(({ usage: used = 0 }) => (usage.textContent = fill(strings.offlineStorageUsed, { used: size(used) })));
    });
  }

  saveButton.addEventListener('click', () => {
    saveButton.disabled = true;
    progress.hidden = false;
    ask({ type: 'save', lang }, (reply) => {
      if (reply.type === 'progress') {
        progress.max = reply.total;
        progress.value = reply.done;
        status.textContent = fill(strings.offlineSaving, { done: reply.done, total: reply.total });
      } else if (reply.type === 'saved') {
        saveButton.disabled = false;
        progress.hidden = true;
        status.textContent = reply.failed ? strings.offlineSaveFailed : strings.offlineSaved;
        refresh();
      }
    });
  });
  removeButton.addEventListener('click', () =>
    ask({ type: 'remove', lang }, () => {
      status.textContent = strings.offlineRemoved;
      refresh();
    }),
  );
  refresh();
}

/** The active worker, or nothing when the browser has none (or it is still installing for a long time). */
async function workerReady(): Promise<ServiceWorker | undefined> {
  if (!navigator.serviceWorker) return undefined;
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 10_000));
  const registration = await Promise.race([navigator.serviceWorker.ready, timeout]);
  return registration?.active ?? undefined;
}
