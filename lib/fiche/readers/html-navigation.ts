import type { HTMLElement } from "node-html-parser";
import { canonicalLabel } from "../canonical-label";
import { elementChildren, tagOf } from "./html-tags";

/** The site's own navigation in a saved page: breadcrumbs (kept as one line) and menus (dropped). */

const ACCUEIL = canonicalLabel("Accueil");
const LISTS = new Set(["ul", "ol", "menu"]);
const NAVIGATION_ROLES = new Set(["navigation", "menubar", "menu", "contentinfo", "search"]);

/**
 * An <ol>/<ul>/<nav> whose items start with "Accueil" is a breadcrumb: its one line
 * "Accueil > … > …", or null for anything else.
 */
export function breadcrumbLine(el: HTMLElement, tag: string): string | null {
  if (tag !== "ol" && tag !== "ul" && tag !== "nav") return null;
  const parts = el
    .querySelectorAll("li")
    .map((li) => li.text.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  if (parts.length < 2 || canonicalLabel(parts[0]) !== ACCUEIL) return null;
  return parts.join(" > ");
}

/**
 * The site's navigation, never fiche content: <nav> (a breadcrumb was read before), ARIA
 * navigation landmarks, and menus, i.e. lists whose every item is a link and nothing else
 * (header menus, footer links). A fiche's own lists hold text, and its documents sit in a table.
 */
export function isNavigation(el: HTMLElement, tag: string): boolean {
  if (tag === "nav" || NAVIGATION_ROLES.has((el.getAttribute("role") ?? "").toLowerCase())) return true;
  if (!LISTS.has(tag)) return false;
  const items = elementChildren(el).filter((c) => tagOf(c) === "li");
  return items.length > 0 && items.every(isLinkOnly);
}

function isLinkOnly(li: HTMLElement): boolean {
  const squash = (text: string) => text.replace(/\s+/g, "");
  const text = squash(li.text);
  const links = li.querySelectorAll("a");
  return text !== "" && links.length > 0 && squash(links.map((a) => a.text).join("")) === text;
}
