// Types of scripts/buildKit.mjs for the TypeScript that imports it (test/bundle/globalSetup.ts, tests).
export const ROOT: string;
export const ADDON_INPUTS: readonly string[];
export const ADDON_OUTPUTS: readonly string[];
export class BuildError extends Error {}
export function writeAtomic(file: string, contents: string | Uint8Array): Promise<void>;
export function copyAtomic(from: string, to: string): Promise<void>;
export function esbuildMessages(error: unknown): string[];
export function bundleOrFail<T>(what: string, run: () => Promise<T>): Promise<T>;
export function newest(target: string): number;
export function isDistStale(options?: {
  root?: string;
  inputs?: readonly string[];
  outputs?: readonly string[];
}): boolean;
export function runAddonBuild(): { status: number | null; stdout: string; stderr: string };
