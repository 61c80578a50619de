"use client";

import { useEffect, useState } from "react";

/**
 * "Intégrer sur votre site": the <iframe> code of a widget (app/integrer), with a copy button.
 * The address is made absolute in the browser, where the visitor's origin is known.
 */
export function EmbedCode({ path, title }: { path: string; title: string }) {
  const [origin, setOrigin] = useState("");
  const [copied, setCopied] = useState(false);
  useEffect(() => setOrigin(window.location.origin), []);
  const code = `<iframe src="${origin}${path}" title="${title.replaceAll('"', "&quot;")}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;
  const copy = async () => {
    await navigator.clipboard.writeText(code);
    setCopied(true);
  };
  return (
    <section aria-labelledby="integrer" className="space-y-2">
      <h2 id="integrer" className="text-xl font-semibold text-marine-800">
        Intégrer sur votre site
      </h2>
      <p className="text-sm text-slate-700">
        Copiez ce code dans une page de votre site pour y afficher ces projets et la carte des partenaires.
      </p>
      <textarea
        readOnly
        value={code}
        rows={3}
        aria-label="Code d'intégration"
        className="w-full rounded border border-slate-300 p-2 font-mono text-xs"
      />
      <button type="button" onClick={copy} className="rounded bg-marine-800 px-3 py-1 text-sm text-white">
        {copied ? "Code copié" : "Copier le code"}
      </button>
    </section>
  );
}
