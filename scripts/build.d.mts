/** Types for scripts/build.mjs, imported by the tests' globalSetup and by the process tests. */
export declare const root: string;
export declare const ENTRY_POINTS: readonly string[];
export declare const BUILD_INPUTS: readonly string[];
export declare const STAMP_FILE: string;
export declare function build(): Promise<{ ms: number }>;
export declare function isStale(dir: string): boolean;
