/**
 * `prefers-reduced-motion` for a test: Chromium emulates it over the DevTools protocol. Firefox
 * (WebDriver BiDi) and WebKitGTK (WebDriver) cannot change it in a running page, so a test that
 * needs it is skipped there, with that reason printed.
 */
import { emulateMedia } from '@web/test-runner-commands';
import { engine, skipIn } from './engine.js';

const WHY =
  'emulating prefers-reduced-motion needs the DevTools protocol: Firefox over WebDriver BiDi and WebKitGTK over WebDriver cannot set it in a running page';

/** Makes the page prefer reduced motion, or skips the running test where the engine cannot. */
export async function preferReducedMotion(context: Mocha.Context): Promise<void> {
  skipIn(context, ['firefox', 'webkit'], WHY);
  await emulateMedia({ reducedMotion: 'reduce' });
}

/** Back to no preference (for afterEach); nothing to undo where it could not be set. */
export async function resetMotion(): Promise<void> {
  if (engine === 'chromium') await emulateMedia({ reducedMotion: 'no-preference' });
}
