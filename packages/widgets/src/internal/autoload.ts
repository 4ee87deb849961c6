/**
 * Loads an element's code the first time the element appears in the document, and not before:
 * the CDN bundle keeps the city map out of the file every page downloads, and a page with a map
 * fetches it (and then its geometry) from beside the bundle.
 */
export function loadWhenUsed(tag: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || customElements.get(tag)) return;
  let started = false;
  const observer = new MutationObserver(() => {
    if (document.querySelector(tag)) start();
  });
  function start() {
    if (started) return;
    started = true;
    observer.disconnect();
    load().catch((error: unknown) => console.warn(`@nzc/widgets: could not load <${tag}>`, error));
  }
  if (document.querySelector(tag)) start();
  else observer.observe(document, { childList: true, subtree: true });
}
