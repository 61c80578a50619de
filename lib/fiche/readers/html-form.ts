import type { HTMLElement } from "node-html-parser";

/** Form controls in a saved page: a detail page rendered as a read-only form shows its values in them. */

/** Input types whose `value` is page content. */
const VALUE_INPUTS = new Set(["", "text", "date", "number", "email", "url", "tel"]);

/** The lines a form control shows (each its own line), or null when `tag` is not a form control. */
export function formControlLines(el: HTMLElement, tag: string): string[] | null {
  if (tag === "input") {
    const type = (el.getAttribute("type") ?? "").toLowerCase();
    const value = el.getAttribute("value") ?? "";
    return VALUE_INPUTS.has(type) && value.trim() !== "" ? [value] : [];
  }
  if (tag === "textarea") return el.text.split(/\r\n|\r|\n/);
  if (tag === "select") {
    const selected = el.querySelector("option[selected]");
    return selected ? [selected.text] : [];
  }
  return null;
}
