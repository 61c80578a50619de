"use client";

// A failure while rendering a page: say so in French and offer a way on, rather than a blank screen.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold">Un problème est survenu</h1>
      <p className="mt-3 text-slate-700">La page n&apos;a pas pu être affichée. Réessayez dans un instant.</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-marine-700 px-4 py-2 text-white hover:bg-marine-800"
      >
        Réessayer
      </button>
    </div>
  );
}
