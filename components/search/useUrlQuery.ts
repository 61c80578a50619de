"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";

/**
 * The state of a search form kept in the URL: `navigate` writes changed params (back to page 1),
 * `type` updates the text at once and the URL after a pause, so typing does not flood the server
 * and a reload or shared link shows the same thing.
 */
export function useUrlQuery({
  key = "q",
  delayMs = 300,
  reset = ["page"],
}: {
  key?: string;
  delayMs?: number;
  reset?: string[];
} = {}) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [value, setValue] = useState(searchParams.get(key) ?? "");
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => setValue(searchParams.get(key) ?? ""), [searchParams, key]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  function navigate(changes: Record<string, string>) {
    if (timer.current) clearTimeout(timer.current);
    const next = new URLSearchParams(searchParams.toString());
    for (const r of reset) next.delete(r);
    for (const [name, raw] of Object.entries(changes)) {
      const v = raw.trim();
      if (v) next.set(name, v);
      else next.delete(name);
    }
    startTransition(() => router.replace(`${pathname}${next.size ? `?${next}` : ""}`, { scroll: false }));
  }

  function type(text: string) {
    setValue(text);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => navigate({ [key]: text }), delayMs);
  }

  return { value, type, submit: () => navigate({ [key]: value }), navigate, pending, pathname, searchParams };
}
