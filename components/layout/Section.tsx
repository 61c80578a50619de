export function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="scroll-mt-4">
      <h2 id={id} className="mb-3 border-b border-slate-200 pb-1 text-xl font-semibold text-marine-800">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Free text of a fiche: its paragraphs as paragraphs (FicheText says when there is none). */
export function Paragraphs({ text }: { text: string }) {
  return (
    <div className="max-w-prose space-y-2 leading-relaxed">
      {text.split("\n").map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </div>
  );
}
