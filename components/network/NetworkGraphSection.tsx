import { NetworkGraph } from "@/components/network/NetworkGraph";

/** The graph of /reseau, drawn from the network API with the page's filters. */
export function NetworkGraphSection({ query, countryChosen }: { query: string; countryChosen: boolean }) {
  return (
    <section aria-labelledby="reseau-titre" className="space-y-3">
      <h2 id="reseau-titre" className="text-lg font-semibold">
        Graphe
      </h2>
      {countryChosen && (
        <p className="text-sm">
          Seuls les partenaires étrangers situés dans les pays choisis sont affichés, avec leurs partenaires français.
        </p>
      )}
      <NetworkGraph
        src={`/api/network${query}`}
        label="Graphe des collectivités reliées par leurs projets communs (le tableau des liens suit)"
      />
    </section>
  );
}
