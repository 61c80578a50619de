import Link from "next/link";
import { SkipLinks } from "./SkipLinks";

const NAV = [
  { href: "/projets", label: "Projets" },
  { href: "/carte", label: "Carte" },
  { href: "/reseau", label: "Réseau" },
  { href: "/contacts", label: "Contacts" },
  { href: "/postes", label: "Postes" },
  { href: "/statistiques", label: "Statistiques" },
  { href: "/qualite", label: "Qualité" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <SkipLinks />
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 font-semibold text-marine-800 no-underline">
          <span aria-hidden="true" className="inline-block h-6 w-1.5 rounded bg-marianne" />
          Atlas de la coopération décentralisée
        </Link>
        <nav aria-label="Navigation principale">
          <ul className="flex flex-wrap gap-1 text-sm">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="rounded px-3 py-2 text-slate-700 no-underline hover:bg-marine-50 hover:text-marine-800"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
