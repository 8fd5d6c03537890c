/**
 * Which engine runs the tests, and skipping a test there with its reason said out loud.
 *
 *   it('reads the heap', async function () {
 *     skipIn(this, ['firefox', 'webkit'], 'needs the DevTools protocol (Chromium only)');
 *     …
 *   });
 *
 * The reason goes into the test's title (the run lists every skipped test by title) and into
 * the browser log.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine this page runs in, from its user agent. */
export function currentEngine(ua = navigator.userAgent): Engine {
  if (/Firefox\//.test(ua)) return 'firefox';
  if (/AppleWebKit\//.test(ua) && !/Chrome\/|Chromium\//.test(ua)) return 'webkit';
  return 'chromium';
}

export const engine = currentEngine();

/** Skips the running test when this is one of `engines`, saying why. */
export function skipIn(context: Mocha.Context, engines: readonly Engine[], reason: string): void {
  if (!engines.includes(engine)) return;
  const test = context.test;
  const text = `skipped in ${engine}: ${reason}`;
  if (test) test.title = `${test.title} (${text})`;
  console.log(`${test?.fullTitle() ?? 'a test'}: ${text}`);
  context.skip();
}
