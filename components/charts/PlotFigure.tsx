import type * as Plot from "@observablehq/plot";
import { ScrollArea } from "@/components/layout/ScrollArea";
import { requestNonce } from "@/lib/http/nonce";
import { plotMarkup } from "./plot-svg";

/**
 * A Plot chart drawn on the server into static SVG, shown as one named image in a focusable
 * region that scrolls sideways on narrow screens. `className` sizes it (its minimum width, and
 * which SVG scales to the box: a legend's swatches must not).
 */
export async function PlotFigure({
  options,
  title,
  className,
}: {
  options: Plot.PlotOptions;
  title: string;
  className: string;
}) {
  const markup = plotMarkup(options, await requestNonce());
  return (
    <ScrollArea label={title}>
      <figure>
        <div
          role="img"
          aria-label={title}
          className={className}
          // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG rendered on the server by Observable Plot from the atlas's own figures, never from raw input.
          dangerouslySetInnerHTML={{ __html: markup }}
        />
        <figcaption className="sr-only">{title}</figcaption>
      </figure>
    </ScrollArea>
  );
}
