/** Types of static-headers.mjs (plain JavaScript, loaded by next.config.mjs). */
export function serialize(directives: Record<string, string[]>): string;
export const RESOURCE_POLICY: string;
export const SECURITY_HEADERS: { key: string; value: string }[];
export const ALLOW_READ_ONLY: string;
