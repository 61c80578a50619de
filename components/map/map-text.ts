import { createTranslator } from "next-intl";
import frenchMap from "@/lib/i18n/messages/fr/map.json";

/**
 * The words of the map (namespace `map` of the message catalogues) as the pure helpers of this
 * folder take them: the `t` of `useTranslations("map")` / `getTranslations("map")` in a page, or
 * the French catalogue for callers that have no page language (unit tests, older call sites).
 */
export type MapText = (key: string, values?: Record<string, string | number>) => string;

export const FRENCH_MAP_TEXT: MapText = createTranslator({
  locale: "fr",
  messages: { map: frenchMap },
  namespace: "map",
}) as MapText;
