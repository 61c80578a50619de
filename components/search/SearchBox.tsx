"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";

/**
 * The search box writes the query into the URL (debounced), so the URL stays the state: a
 * reload or a shared link gives the same results, and the back button works.
 */
export function SearchBox({ placeholder = "Rechercher : eau Sénégal, Montréal, coopération universitaire…" }: { placeholder?: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [value, setValue] = useState(searchParams.get("q") ?? "");
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => setValue(searchParams.get("q") ?? ""), [searchParams]);

  function push(q: string) {
    const next = new URLSearchParams(searchParams.toString());
    if (q.trim()) next.set("q", q.trim());
    else next.delete("q");
    next.delete("page");
    next.delete("sort");
    startTransition(() => router.replace(`${pathname}${next.size ? `?${next}` : ""}`, { scroll: false }));
  }

  return (
    <form
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        if (timer.current) clearTimeout(timer.current);
        push(value);
      }}
      className="relative"
    >
      <label htmlFor="recherche" className="sr-only">
        Rechercher un projet
      </label>
      <input
        id="recherche"
        type="search"
        name="q"
        value={value}
        autoComplete="off"
        placeholder={placeholder}
        onChange={(e) => {
          setValue(e.target.value);
          if (timer.current) clearTimeout(timer.current);
          const q = e.target.value;
          timer.current = setTimeout(() => push(q), 300);
        }}
        className="w-full rounded-lg border border-slate-400 bg-white px-4 py-3 pr-28 text-base shadow-sm focus:border-marine-600"
      />
      <span aria-live="polite" className="absolute right-24 top-3.5 text-sm text-slate-600">
        {pending ? "Recherche…" : ""}
      </span>
      <button type="submit" className="absolute right-1.5 top-1.5 rounded-md bg-marine-700 px-4 py-2 text-sm font-medium text-white hover:bg-marine-800">
        Chercher
      </button>
    </form>
  );
}
