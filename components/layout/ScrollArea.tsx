"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

/**
 * A box that scrolls sideways when its content (a wide chart or table) is wider than the screen.
 * It says so (« Faites défiler → », in the page's language) only when it does overflow, and takes the keyboard focus so
 * arrow keys scroll it (axe: scrollable-region-focusable). `label` names the region.
 */
export function ScrollArea({
  label,
  children,
  className = "",
}: {
  label: string;
  children: React.ReactNode;
  className?: string;
}) {
  const t = useTranslations("charts");
  const box = useRef<HTMLDivElement>(null);
  const [overflowing, setOverflowing] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setOverflowing(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <div>
      <p className={`mb-1 text-right text-xs text-slate-700 ${overflowing ? "" : "hidden"}`} aria-hidden="true">
        {t("scrollHint")}
      </p>
      <div ref={box} className={`overflow-x-auto ${className}`} tabIndex={0} role="region" aria-label={label}>
        {children}
      </div>
    </div>
  );
}
