import type { Metadata } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import { EMBED_HEADER } from "@/lib/http/csp";
import "@fontsource-variable/inter";
import "./globals.css";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { SiteFooter } from "@/components/layout/SiteFooter";

export const metadata: Metadata = {
  title: { default: "Atlas de la coopération décentralisée", template: "%s · Atlas de la coopération décentralisée" },
  description:
    "Les partenariats des collectivités françaises avec les collectivités du monde : projets, partenaires, contacts et financements.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, even one with no data (the 404 page): its inline
  // scripts must carry the nonce of the Content-Security-Policy set by proxy.ts.
  await connection();
  // A widget (app/integrer) is framed by other sites: no header, footer or page margins.
  if ((await headers()).get(EMBED_HEADER) === "1") {
    return (
      <html lang="fr">
        <body className="font-sans">{children}</body>
      </html>
    );
  }
  return (
    <html lang="fr">
      <body className="flex min-h-screen flex-col font-sans">
        <SiteHeader />
        <main id="contenu" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
