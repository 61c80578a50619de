import { Link } from "@/components/navigation/Link";

export default function CountryNotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-marianne">Erreur 404</p>
      <h1 className="mt-2 text-2xl font-bold">Pays introuvable</h1>
      <p className="mt-3 text-slate-700">
        L&apos;atlas ne connaît aucun projet ni poste diplomatique pour ce code de pays. Les pays s&apos;écrivent avec
        leur code ISO à deux lettres, par exemple <Link href="/pays/IT">/pays/IT</Link> pour l&apos;Italie.
      </p>
      <p className="mt-6">
        <Link
          href="/statistiques#pays"
          className="rounded bg-marine-700 px-4 py-2 text-white no-underline hover:bg-marine-800"
        >
          Voir tous les pays
        </Link>
      </p>
    </div>
  );
}
