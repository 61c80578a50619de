"use client";

import { useRouter } from "next/navigation";
import type { MouseEvent, ReactNode } from "react";

/**
 * Follows the plain links inside it client-side, as Next's <Link> would: no page reload, and
 * optionally the scroll position kept. One handler for a whole list rather than a <Link> per
 * item: on the search page a hundred Links cost the server time on every request, and each
 * prefetched its target as soon as it was on screen. The links stay ordinary <a> elements, so
 * they work without JavaScript, open in a new tab with a modifier key, and read as links.
 */
export function InPlaceLinks({
  children,
  keepScroll = false,
  id,
  className,
}: {
  children: ReactNode;
  keepScroll?: boolean;
  id?: string;
  className?: string;
}) {
  const router = useRouter();
  const follow = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest("a");
    if (
      !link ||
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    if (link.target || link.hasAttribute("download") || link.origin !== window.location.origin) return;
    event.preventDefault();
    router.push(link.pathname + link.search + link.hash, { scroll: !keepScroll });
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: delegation only: the clicks it follows are on the links inside, which keep their own keyboard behaviour.
    // biome-ignore lint/a11y/useKeyWithClickEvents: same: Enter on a link fires a click, which lands here.
    <div id={id} className={className} onClick={follow}>
      {children}
    </div>
  );
}
