export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-6">
        <p>
          Données : <em>Atlas français de la coopération décentralisée</em>, Ministère de l&apos;Europe et des Affaires
          étrangères. Lieux : GeoNames (CC BY 4.0) ; fonds de carte : Natural Earth via world-atlas.
        </p>
        <p>
          Atlas ouvert, logiciel libre. Les fiches sources sont consultables depuis chaque projet.{" "}
          <a href="/donnees">Données ouvertes et API</a>.
        </p>
      </div>
    </footer>
  );
}
