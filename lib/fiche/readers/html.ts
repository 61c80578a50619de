import { parse, NodeType, type HTMLElement, type Node } from "node-html-parser";
import { type Item, line, row } from "../items";
import { canonicalLabel } from "../canonical-label";
import { matchEmbassyHeading, matchLabel, MAX_LABEL_LENGTH } from "../labels";

/**
 * `html` layout: a page saved from the Atlas site, linearised into lines and table rows in
 * reading order. Block elements and <br> end lines; data tables become rows with one cell per
 * th/td. Structure is read generically (label text decides what a block is, not class names),
 * so label/value divs, h3 + p, dl/dt/dd and th/td label tables all give the same items.
 */

const SKIP = new Set([
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

/** Input types whose `value` is page content (a detail page rendered as a read-only form). */
const VALUE_INPUTS = new Set(["", "text", "date", "number", "email", "url", "tel"]);

const BLOCK = new Set([
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

const ACCUEIL = canonicalLabel("Accueil");

function tagOf(node: Node): string {
  return ((node as HTMLElement).rawTagName ?? "").toLowerCase();
}

function elementChildren(el: HTMLElement): HTMLElement[] {
  return el.childNodes.filter((n) => n.nodeType === NodeType.ELEMENT_NODE) as HTMLElement[];
}

/** Collects lines: inline text accumulates, block boundaries flush. */
class LineSink {
  readonly lines: string[] = [];
  private buf = "";
  text(s: string): void {
    this.buf += s;
  }
  flush(): void {
    if (this.buf.trim() !== "") this.lines.push(this.buf);
    this.buf = "";
  }
}

class Linearizer {
  readonly items: Item[] = [];
  private sink = new LineSink();
  private flushed = 0;

  private flush(): void {
    this.sink.flush();
    for (; this.flushed < this.sink.lines.length; this.flushed++) this.items.push(line(this.sink.lines[this.flushed]));
  }

  private pushLine(text: string): void {
    this.flush();
    this.items.push(line(text));
  }

  walk(node: Node, inPre = false): void {
    if (node.nodeType === NodeType.TEXT_NODE) {
      const text = node.text;
      if (inPre) {
        const parts = text.split(/\r\n|\r|\n/);
        parts.forEach((part, i) => {
          if (i > 0) this.flush();
          this.sink.text(part);
        });
      } else this.sink.text(text.replace(/[\r\n\t]+/g, " "));
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = tagOf(el);
    if (SKIP.has(tag)) return;
    if (tag === "br") {
      this.flush();
      return;
    }
    if (tag === "input") {
      const type = (el.getAttribute("type") ?? "").toLowerCase();
      const value = el.getAttribute("value") ?? "";
      if (VALUE_INPUTS.has(type) && value.trim() !== "") this.pushLine(value);
      return;
    }
    if (tag === "textarea") {
      this.flush();
      for (const part of el.text.split(/\r\n|\r|\n/)) this.pushLine(part);
      this.flush();
      return;
    }
    if (tag === "select") {
      const selected = el.querySelector("option[selected]");
      if (selected) this.pushLine(selected.text);
      return;
    }
    if (tag === "table") {
      this.flush();
      this.table(el);
      return;
    }
    if ((tag === "ol" || tag === "ul" || tag === "nav") && this.breadcrumb(el)) return;
    if (isNavigation(el, tag)) return;
    if (BLOCK.has(tag) || tag === "") {
      this.flush();
      for (const child of el.childNodes) this.walk(child, inPre || tag === "pre");
      this.flush();
      return;
    }
    this.inline(el, inPre);
  }

  private inline(el: HTMLElement, inPre: boolean): void {
    const text = el.text;
    if (tagOf(el) === "a" && text.trim() === "") {
      const href = el.getAttribute("href") ?? "";
      if (/^mailto:/i.test(href)) this.sink.text(safeDecode(href.slice(7).split("?")[0]));
      return;
    }
    // An inline element holding exactly a label ("<span class=libelle>Titre :</span> value")
    // is a line of its own, whatever its class.
    const trimmed = text.trim();
    if (
      trimmed.length > 0 &&
      trimmed.length <= MAX_LABEL_LENGTH &&
      (matchLabel(trimmed) || matchEmbassyHeading(trimmed) !== null)
    ) {
      this.pushLine(trimmed);
      return;
    }
    for (const child of el.childNodes) this.walk(child, inPre);
  }

  /** <ol>/<ul>/<nav> starting with "Accueil": one breadcrumb line "Accueil > … > …". */
  private breadcrumb(el: HTMLElement): boolean {
    const parts = el
      .querySelectorAll("li")
      .map((li) => li.text.replace(/\s+/g, " ").trim())
      .filter(Boolean);
    if (parts.length < 2 || canonicalLabel(parts[0]) !== ACCUEIL) return false;
    this.pushLine(parts.join(" > "));
    return true;
  }

  private table(table: HTMLElement): void {
    const rows: HTMLElement[] = [];
    const headRows = new Set<HTMLElement>();
    const captions: HTMLElement[] = [];
    const collect = (el: HTMLElement, inHead: boolean): void => {
      for (const child of elementChildren(el)) {
        const tag = tagOf(child);
        if (tag === "tr") {
          if (inHead) headRows.add(child);
          rows.push(child);
        } else if (tag === "thead") collect(child, true);
        else if (tag === "tbody" || tag === "tfoot") collect(child, false);
        else if (tag === "caption") captions.push(child);
      }
    };
    collect(table, false);
    for (const caption of captions) this.pushLine(caption.text);

    // Layout tables (a whole page inside a table, or cells holding tables) are read as blocks.
    const layout = hasDescendant(table, "table");
    for (const tr of rows) {
      const cells = elementChildren(tr).filter((c) => tagOf(c) === "td" || tagOf(c) === "th");
      if (layout) {
        for (const cell of cells) this.walk(cell);
        continue;
      }
      const header = headRows.has(tr) || (cells.length > 0 && cells.every((c) => tagOf(c) === "th"));
      this.items.push(row(cells.map(cellText), header));
    }
  }

  finish(): Item[] {
    this.flush();
    return this.items;
  }
}

/** decodeURIComponent that keeps a malformed escape as written instead of throwing. */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const LISTS = new Set(["ul", "ol", "menu"]);
const NAVIGATION_ROLES = new Set(["navigation", "menubar", "menu", "contentinfo", "search"]);

/**
 * The site's navigation, never fiche content: <nav> (a breadcrumb was read before), ARIA
 * navigation landmarks, and menus, i.e. lists whose every item is a link and nothing else
 * (header menus, footer links). A fiche's own lists hold text, and its documents sit in a table.
 */
function isNavigation(el: HTMLElement, tag: string): boolean {
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

function hasDescendant(el: HTMLElement, tag: string): boolean {
  for (const child of elementChildren(el)) if (tagOf(child) === tag || hasDescendant(child, tag)) return true;
  return false;
}

/** A cell's text with its paragraphs/<br> kept as "\n" (label/value tables need them). */
function cellText(cell: HTMLElement): string {
  const sub = new Linearizer();
  for (const child of cell.childNodes) sub.walk(child);
  return sub
    .finish()
    .map((item) => (item.kind === "line" ? item.text : item.cells.join(" ")))
    .map((t) => t.trim())
    .filter(Boolean)
    .join("\n");
}

export function readHtml(html: string): Item[] {
  const root = parse(html, {
    comment: false,
    blockTextElements: { script: false, style: false, noscript: false, template: false, pre: true, textarea: true },
  });
  const linearizer = new Linearizer();
  linearizer.walk(root);
  return linearizer.finish();
}
