import { parse, NodeType, type HTMLElement, type Node } from "node-html-parser";
import { type Item, line, row } from "../items";
import { matchEmbassyHeading, matchLabel, MAX_LABEL_LENGTH } from "../labels";
import { breadcrumbLine, isNavigation } from "./html-navigation";
import { formControlLines } from "./html-form";
import { BLOCK, elementChildren, hasDescendant, SKIP, tagOf } from "./html-tags";

/**
 * `html` layout: a page saved from the Atlas site, linearised into lines and table rows in
 * reading order. Block elements and <br> end lines; data tables become rows with one cell per
 * th/td. Structure is read generically (label text decides what a block is, not class names),
 * so label/value divs, h3 + p, dl/dt/dd and th/td label tables all give the same items.
 */

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
      this.text(node.text, inPre);
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
    const controlLines = formControlLines(el, tag);
    if (controlLines !== null) {
      for (const text of controlLines) this.pushLine(text);
      return;
    }
    if (tag === "table") {
      this.flush();
      this.table(el);
      return;
    }
    const breadcrumb = breadcrumbLine(el, tag);
    if (breadcrumb !== null) {
      this.pushLine(breadcrumb);
      return;
    }
    if (isNavigation(el, tag)) return;
    if (BLOCK.has(tag) || tag === "") {
      this.flush();
      for (const child of el.childNodes) this.walk(child, inPre || tag === "pre");
      this.flush();
      return;
    }
    this.inline(el, inPre);
  }

  /** Text runs join the current line; inside <pre> its own line breaks end lines. */
  private text(text: string, inPre: boolean): void {
    if (!inPre) {
      this.sink.text(text.replace(/[\r\n\t]+/g, " "));
      return;
    }
    text.split(/\r\n|\r|\n/).forEach((part, i) => {
      if (i > 0) this.flush();
      this.sink.text(part);
    });
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
