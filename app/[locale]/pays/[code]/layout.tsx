import { notFound, permanentRedirect } from "next/navigation";
import { countryCodeSegment, readSegment } from "@/lib/http/route-params";
import { getCountry } from "@/lib/page-data/country";

// The country is checked here, outside the page's loading boundary, so that an unknown code
// answers with a real 404 status (inside the boundary the 200 header is already sent) and a
// lower-case code with a real redirect.
export default async function CountryLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ code: string }>;
}) {
  const raw = (await params).code;
  const code = readSegment(countryCodeSegment, raw);
  if (!code) notFound();
  if (raw !== code) permanentRedirect(`/pays/${code}`);
  if (!(await getCountry(code))) notFound();
  return children;
}
