import { notFound, permanentRedirect } from "next/navigation";
import { countryCodeSegment, readSegment } from "@/lib/http/route-params";
import { getCountry } from "@/lib/page-data/country";
import { localizeHref } from "@/lib/i18n/paths";
import { isLocale, routing } from "@/lib/i18n/routing";

// The country is checked here, outside the page's loading boundary, so that an unknown code
// answers with a real 404 status (inside the boundary the 200 header is already sent) and a
// lower-case code with a real redirect.
export default async function CountryLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ code: string; locale: string }>;
}) {
  const { code: raw, locale } = await params;
  const code = readSegment(countryCodeSegment, raw);
  if (!code) notFound();
  if (raw !== code) permanentRedirect(localizeHref(`/pays/${code}`, isLocale(locale) ? locale : routing.defaultLocale));
  if (!(await getCountry(code))) notFound();
  return children;
}
