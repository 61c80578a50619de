import type { Locator } from "@playwright/test";

/** WCAG contrast ratio of an element's text against the first opaque background behind it. */
export async function contrastOf(element: Locator): Promise<number> {
  return element.evaluate((el) => {
    // Computed colours may be oklch() (Tailwind 4): a canvas turns any CSS colour into RGBA bytes.
    const context = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
    const rgba = (css: string) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = css;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data];
    };
    const luminance = ([r, g, b]: number[]) => {
      const [R, G, B] = [r, g, b].map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * R + 0.7152 * G + 0.0722 * B;
    };
    let background = [255, 255, 255, 255];
    for (let back: Element | null = el; back; back = back.parentElement) {
      const color = rgba(getComputedStyle(back).backgroundColor);
      if (color[3] === 255) {
        background = color;
        break;
      }
    }
    const [fg, bg] = [luminance(rgba(getComputedStyle(el).color)), luminance(background)];
    return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
  });
}
