import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-marianne">Erreur 404</p>
      <h1 className="mt-2 text-2xl font-bold">Page introuvable</h1>
      <p className="mt-3 text-slate-700">
        Ce projet ou cette page n&apos;existe pas, ou plus. Le lien a peut-être été mal copié.
      </p>
      <p className="mt-6">
        <Link href="/projets" className="rounded bg-marine-700 px-4 py-2 text-white no-underline hover:bg-marine-800">
          Rechercher un projet
        </Link>
      </p>
    </div>
  );
}
