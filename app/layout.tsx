import type { Metadata } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { EMBED_HEADER } from "@/lib/http/csp";
import { clientMessages } from "@/lib/i18n/client-messages";
import "@fontsource-variable/inter";
import "./globals.css";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { SiteFooter } from "@/components/layout/SiteFooter";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("layout");
  return { title: { default: t("siteName"), template: `%s · ${t("siteName")}` }, description: t("description") };
}

/**
 * The root layout of both languages. Pages live under app/[locale]; the language comes from
 * proxy.ts (next-intl names it in a request header), so that this layout, the 404 page and the
 * error page, which sit above [locale], speak it too.
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  // Every page is rendered per request, even one with no data (the 404 page): its inline
  // scripts must carry the nonce of the Content-Security-Policy set by proxy.ts.
  await connection();
  // A widget (app/[locale]/integrer) is framed by other sites: no header, footer or page margins.
  const embedded = (await headers()).get(EMBED_HEADER) === "1";
  const messages = clientMessages(await getMessages());
  return (
    <html lang={locale}>
      <body className={embedded ? "font-sans" : "flex min-h-screen flex-col font-sans"}>
        <NextIntlClientProvider messages={messages}>
          {embedded ? (
            children
          ) : (
            <>
              <SiteHeader />
              <main id="contenu" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
                {children}
              </main>
              <SiteFooter />
            </>
          )}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
