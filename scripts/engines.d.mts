// Types for scripts/engines.mjs, for the TypeScript end-to-end tests that import it.
export type EngineName = 'chromium' | 'firefox' | 'webkit';
export declare const ENGINES: EngineName[];
export declare function findEngine(engine: EngineName): {
  paths: Record<string, string | null>;
  packages: string[];
};
export declare function missing(engine: EngineName): string[];
export declare function installHelp(engine: EngineName): string;
export declare function installEngines(engines: EngineName[]): EngineName[];
