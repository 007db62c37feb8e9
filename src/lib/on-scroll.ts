/** Runs `fn` once per animation frame while the page scrolls (scroll events come far more often). */
export function onScrollFrame(fn: () => void): void {
  let queued = false;
  addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        fn();
      });
    },
    { passive: true },
  );
}
