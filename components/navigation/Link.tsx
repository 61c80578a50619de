import { useLocale } from "next-intl";
import NextLink from "next/link";
import type { ComponentProps } from "react";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

type Props = Omit<ComponentProps<typeof NextLink>, "href"> & { href: string };

/**
 * next/link with the href written as the internal (French) path and shown in the page's language:
 * `<Link href="/pays/SN">` is `/pays/SN` on a French page and `/en/countries/SN` on an English one.
 */
export function Link({ href, ...props }: Props) {
  const locale = useLocale() as Locale;
  return <NextLink href={localizeHref(href, locale)} {...props} />;
}
