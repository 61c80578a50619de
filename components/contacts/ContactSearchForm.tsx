"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";

/**
 * Search box and country filter of the directory. Both write into the URL (the text debounced),
 * so the URL is the state; without JavaScript the form still submits as a plain GET.
 */
export function ContactSearchForm({ countries }: { countries: { code: string; name: string }[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [value, setValue] = useState(searchParams.get("q") ?? "");
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const country = (searchParams.get("country") ?? "").toUpperCase();

  useEffect(() => setValue(searchParams.get("q") ?? ""), [searchParams]);
  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);

  function navigate(changes: { q?: string; country?: string }) {
    const next = new URLSearchParams(searchParams.toString());
    next.delete("page"); // a new query starts again at its first page
    for (const [key, raw] of Object.entries(changes)) {
      const v = raw.trim();
      if (v) next.set(key, v);
      else next.delete(key);
    }
    startTransition(() => router.replace(`${pathname}${next.size ? `?${next}` : ""}`, { scroll: false }));
  }

  return (
    <form
      role="search"
      action={pathname}
      method="get"
      onSubmit={(e) => {
        e.preventDefault();
        if (timer.current) clearTimeout(timer.current);
        navigate({ q: value });
      }}
      className="grid gap-3 sm:grid-cols-[1fr_14rem_auto] sm:items-end"
    >
      <div>
        <label htmlFor="contacts-q" className="mb-1 block text-sm font-medium">
          Nom, courriel, fonction, poste, pays ou collectivité
        </label>
        <input
          id="contacts-q"
          type="search"
          name="q"
          value={value}
          autoComplete="off"
          placeholder="ex. Vaillant, Ottawa, Italie, Cuneo…"
          onChange={(e) => {
            const q = e.target.value;
            setValue(q);
            if (timer.current) clearTimeout(timer.current);
            timer.current = setTimeout(() => navigate({ q }), 300);
          }}
          className="w-full rounded-lg border border-slate-400 bg-white px-4 py-2.5 text-base shadow-sm focus:border-marine-600"
        />
      </div>
      <div>
        <label htmlFor="contacts-country" className="mb-1 block text-sm font-medium">Pays</label>
        <select
          id="contacts-country"
          name="country"
          value={countries.some((c) => c.code === country) ? country : ""}
          onChange={(e) => navigate({ country: e.target.value })}
          className="w-full rounded-lg border border-slate-400 bg-white px-3 py-2.5 text-base"
        >
          <option value="">Tous les pays</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>{c.name}</option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" className="rounded-md bg-marine-700 px-4 py-2.5 text-sm font-medium text-white hover:bg-marine-800">
          Chercher
        </button>
        <span aria-live="polite" className="text-sm text-slate-600">{pending ? "Recherche…" : ""}</span>
      </div>
    </form>
  );
}
