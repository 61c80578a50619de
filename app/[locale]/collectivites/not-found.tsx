import { Link } from "@/components/navigation/Link";

export default function CollectiviteNotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-marianne">Erreur 404</p>
      <h1 className="mt-2 text-2xl font-bold">Collectivité introuvable</h1>
      <p className="mt-3 text-slate-700">
        Aucune collectivité de l&apos;atlas ne porte cette adresse. Cherchez-la par son nom parmi les projets.
      </p>
      <p className="mt-6">
        <Link href="/projets" className="rounded bg-marine-700 px-4 py-2 text-white no-underline hover:bg-marine-800">
          Rechercher un projet
        </Link>
      </p>
    </div>
  );
}
