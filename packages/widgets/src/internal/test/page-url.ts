// The page's URL and history, as the tests of URL syncing read and drive them.

/** One parameter of the page's URL as written (commas left as they are), or null. */
export const param = (key: string) =>
  location.search
    .slice(1)
    .split('&')
    .find((part) => part.startsWith(`${key}=`))
    ?.slice(key.length + 1) ?? null;

/** history.back(), resolved once the browser has reported the move. */
export function back(): Promise<void> {
  return new Promise((resolve) => {
    window.addEventListener('popstate', () => setTimeout(resolve), { once: true });
    history.back();
  });
}
