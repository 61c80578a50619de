/** Types of entity-tag.mjs (plain JavaScript, loaded by scripts/serve.mjs). */
export const DATA_VERSION_EXPRESSION: string;
export const DATA_CACHE_CONTROL: string;
export function buildId(): string;
export function entityTag(version: string, pathAndQuery: string): string;
export function matchesIfNoneMatch(header: string | null | undefined, tag: string): boolean;
