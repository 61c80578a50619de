/** An atlas without projects says how to fill it. */
export function EmptyAtlas() {
  return (
    <section aria-labelledby="atlas-vide" className="rounded-lg border border-dashed border-slate-300 p-6">
      <h2 id="atlas-vide" className="text-xl font-semibold text-marine-800">
        L&apos;atlas est vide
      </h2>
      <p className="mt-2 max-w-prose text-slate-700">
        Aucun projet n&apos;a encore été importé. Importez un dossier de fiches projet (fichiers <code>.txt</code>,{" "}
        <code>.md</code> ou <code>.html</code>) avec la commande :
      </p>
      <pre className="mt-3 overflow-x-auto rounded bg-slate-100 p-3 text-sm">
        <code>npm run import -- DOSSIER</code>
      </pre>
    </section>
  );
}
