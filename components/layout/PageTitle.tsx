/** The one h1 of a page, in the atlas's heading style. */
export function PageTitle({ children }: { children: React.ReactNode }) {
  return <h1 className="text-2xl font-bold text-marine-800 sm:text-3xl">{children}</h1>;
}
