/** Types for scripts/check-asar.mjs, for its tests. */
export declare const REQUIRED: string[];
export declare function devOnlyPackages(productionDirs: string[]): string[];
export declare function forbiddenReason(entry: string, devOnly?: string[]): string | null;
export declare function listingProblems(entries: string[], devOnly?: string[]): string[];
export declare function externalsOf(code: string): string[];

export declare function checkAsar(options?: { keep?: string }): Promise<{
  problems: string[];
  entries: number;
  externals: string[];
  size: number;
}>;
