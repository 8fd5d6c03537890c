// Types for scripts/fonts.mjs, for the TypeScript end-to-end tests that import it.
export declare const FONTS_CONF: string;
export declare function withPinnedFonts(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export declare const FONT_DIR: string;
export declare function firefoxFontPrefs(env?: NodeJS.ProcessEnv): Record<string, string>;
