import { useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { EmbassyPostCard } from "@/components/contacts/EmbassyPostCard";
import type { EmbassyPostEntry } from "@/lib/domain/contacts";

/** The embassy posts in the country with their contacts, and the way to the partners' contacts in the directory. */
export function CountryPosts({
  code,
  posts,
  partnerContactCount,
}: {
  code: string;
  posts: EmbassyPostEntry[];
  partnerContactCount: number;
}) {
  const t = useTranslations("country.posts");
  return (
    <>
      {posts.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {posts.map((post) => (
            <li key={post.id}>
              <EmbassyPostCard post={post} />
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-sm">
        {partnerContactCount > 0 ? (
          <Link href={`/contacts?country=${code}`}>{t("partnerContacts", { count: String(partnerContactCount) })}</Link>
        ) : (
          t("noPartnerContacts")
        )}
      </p>
    </>
  );
}
