import { NodeType, type HTMLElement, type Node } from "node-html-parser";

/** What each HTML tag is to the `html` reader, and the DOM walks it needs. */

/** Elements that never hold fiche content: scripts, media, controls, the page footer. */
export const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "head",
  "svg",
  "math",
  "option",
  "button",
  "iframe",
  "object",
  "canvas",
  "map",
  "footer",
  "img",
  "video",
  "audio",
]);

/** Elements that start and end a line. */
export const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "legend",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "ul",
  "label",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "td",
  "th",
]);

export function tagOf(node: Node): string {
  return ((node as HTMLElement).rawTagName ?? "").toLowerCase();
}

export function elementChildren(el: HTMLElement): HTMLElement[] {
  return el.childNodes.filter((n) => n.nodeType === NodeType.ELEMENT_NODE) as HTMLElement[];
}

export function hasDescendant(el: HTMLElement, tag: string): boolean {
  for (const child of elementChildren(el)) if (tagOf(child) === tag || hasDescendant(child, tag)) return true;
  return false;
}
