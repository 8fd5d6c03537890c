// The fonts every test browser sees: only tests/fonts/fonts.conf's (Inter, from an npm package),
// never the machine's, so screenshots and text widths match on any machine.
//
//   import { withPinnedFonts } from './scripts/fonts.mjs';
//   spawn(browser, args, { env: withPinnedFonts(process.env) });
//
// Chromium, Firefox and WebKitGTK all find fonts through fontconfig, which reads the file that
// FONTCONFIG_FILE names. TEST_SYSTEM_FONTS=1 leaves the machine's fonts in place instead: only to
// show that the pinning is what makes the screenshots match (they then differ on most machines).
import process from 'node:process';
import { fileURLToPath } from 'node:url';

export const FONTS_CONF = fileURLToPath(new URL('../tests/fonts/fonts.conf', import.meta.url));

/** The folder of the font files that fonts.conf names. */
export const FONT_DIR = fileURLToPath(
  new URL('../node_modules/@expo-google-fonts/inter/', import.meta.url),
);

/**
 * Firefox preferences for the pinned fonts: Firefox's content sandbox reads only the system's
 * font folders, so without this its pages draw every glyph as a missing-glyph box.
 */
export function firefoxFontPrefs(env = process.env) {
  if (env.TEST_SYSTEM_FONTS === '1') return {};
  return { 'security.sandbox.content.read_path_whitelist': FONT_DIR };
}

/** `env` with FONTCONFIG_FILE pointing at the repository's fonts (unless TEST_SYSTEM_FONTS=1). */
export function withPinnedFonts(env = process.env) {
  if (env.TEST_SYSTEM_FONTS === '1') return { ...env };
  return { ...env, FONTCONFIG_FILE: FONTS_CONF };
}
