import { notFound } from "next/navigation";
import { collectiviteOf } from "./collectivite-of";

// Checked here, outside the page's loading boundary, so that an unknown slug answers with a
// real 404 status (inside the boundary the 200 header is already sent).
export default async function CollectiviteLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ slug: string }>;
}) {
  if (!(await collectiviteOf(params))) notFound();
  return children;
}
