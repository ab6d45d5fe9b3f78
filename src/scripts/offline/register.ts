/**
 * Registers the service worker (dist/sw.js) once the page has loaded, keeps the page the reader arrived
 * on, and when a new build's worker is installed shows "a new version is ready": reloading hands over to
 * it, so a page never runs with another build's assets.
 */
export function setUpOffline(): void {
  const workers = navigator.serviceWorker;
  if (!import.meta.env.PROD || !workers) return;
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  let reloading = false;

  function offer(worker: ServiceWorker): void {
    // The very first worker has nothing to replace; only an update is announced.
    if (!notice || !workers.controller) return;
    notice.hidden = false;
    notice.querySelector('button')?.addEventListener('click', () => {
      reloading = true;
      worker.postMessage({ type: 'skip-waiting' });
    });
  }

  workers.addEventListener('controllerchange', () => reloading && location.reload());
  addEventListener('load', async () => {
    const registration = await workers.register('/sw.js').catch(() => undefined);
    if (!registration) return;
    if (registration.waiting) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => worker.state === 'installed' && offer(worker));
    });
    // The page that brought the worker in was fetched before it ran: keep it too.
    (await workers.ready).active?.postMessage({ type: 'keep', path: location.pathname });
  });
}
