import type { Messages } from "./catalogue";

/**
 * The messages client components read: the namespaces passed to `useTranslations` in the
 * modules a "use client" file imports. Server components read the whole catalogue on the server;
 * sending all of it to the browser put 44 kB of messages into every page's payload.
 * tests/unit/i18n/client-messages.test.ts fails when a client module reads a namespace missing here.
 */
// biome-ignore format: one namespace a line.
export const CLIENT_NAMESPACES = [
  "charts",
  "contacts.search",
  "embed.code",
  "layout.error",
  "layout.language",
  "layout.skip",
  "map",
  "network.graph",
  "search.box",
  "search.facet",
  "search.panel",
] as const;

/** The part of `messages` that CLIENT_NAMESPACES name, in the same nesting. */
export function clientMessages(messages: Messages): Messages {
  const picked: Messages = {};
  for (const namespace of CLIENT_NAMESPACES) {
    const path = namespace.split(".");
    let source: unknown = messages;
    for (const key of path) source = (source as Messages | undefined)?.[key];
    if (source === undefined) continue;
    let target = picked;
    for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Messages;
    target[path[path.length - 1]] = source;
  }
  return picked;
}
