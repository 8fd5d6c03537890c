// Types for scripts/webkit-driver.mjs, for the TypeScript end-to-end tests that import it.
export declare function webkitCapabilities(
  binary: string,
  size?: { width?: number; height?: number },
): Record<string, unknown>;
export declare function startWebKitDriver(size?: { width?: number; height?: number }): Promise<{
  port: number;
  capabilities: Record<string, unknown>;
  stop(): void;
}>;
export declare function freePort(): Promise<number>;
