// Types for scripts/find-chrome.mjs, for the TypeScript end-to-end tests that import it.
export declare const CANDIDATE_PATHS: string[];
export declare const CHROME_ARGS: string[];
export declare function findChrome(): string | null;
export declare const NOT_FOUND_HELP: string;
