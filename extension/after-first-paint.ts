// Resolves once the page has painted its first content, so that the engine chunk is parsed after it.
// Preact runs effects after a frame or after 35 ms, whichever comes first, and a kept draft's analysis
// starts as soon as storage answers: on a loaded machine either can come before the first frame. Measured
// with `npm run bench popup` (load 3 to 6): first paint / the build without the engine 1.55 and 1.13
// without this wait, 0.85 and 1.03 with it.
const FALLBACK_MS = 1000; // a page that never paints (hidden, or no paint timing) still gets its engine

let painted: Promise<void> | null = null;

export function afterFirstPaint(): Promise<void> {
  painted ??= new Promise<void>((resolve) => {
    // Declared first: done() runs at once when the page has already painted.
    let observer: PerformanceObserver | undefined;
    const done = () => {
      clearTimeout(fallback);
      observer?.disconnect();
      // The paint entry is recorded as the frame is presented; the next task runs after it.
      setTimeout(resolve, 0);
    };
    const fallback = setTimeout(done, FALLBACK_MS);
    if (performance.getEntriesByName('first-contentful-paint').length > 0) return done();
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) done();
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // No paint timing in this browser: the fallback delay decides.
    }
  });
  return painted;
}
