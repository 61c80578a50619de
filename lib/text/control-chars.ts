/**
 * Control characters (C0, DEL and C1) have no place in anything a visitor types or a URL names:
 * PostgreSQL refuses NUL in text (error 22021) and the others only hide text. Every value read
 * from a URL goes through here once, at the parsing boundary (lib/search/params.ts for the
 * search parameters, lib/http/route-params.ts for path segments). Shared leaf module: imports
 * nothing from the project.
 */
const LINE_CONTROLS = /[\t\n\v\f\r\u0085]/g;
const CONTROL_CHARS = /[\u0000-\u001F\u007F-\u009F]/g;
const ANY_CONTROL_CHAR = /[\u0000-\u001F\u007F-\u009F]/;

/** Tabs and line breaks become spaces (they separated words); every other control character is removed. */
export function stripControlChars(value: string): string {
  return value.replace(LINE_CONTROLS, " ").replace(CONTROL_CHARS, "");
}

export function hasControlChars(value: string): boolean {
  return ANY_CONTROL_CHAR.test(value);
}
