import type { ReactNode } from "react";
import { Link } from "@/components/navigation/Link";

/** The body of every 404 page: the error code, what is missing, why, and the one way on. */
export function NotFoundNotice({
  code,
  title,
  body,
  action,
}: {
  code: string;
  title: string;
  body: ReactNode;
  action: { href: string; label: string };
}) {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-marianne">{code}</p>
      <h1 className="mt-2 text-2xl font-bold">{title}</h1>
      <p className="mt-3 text-slate-700">{body}</p>
      <p className="mt-6">
        <Link
          href={action.href}
          className="rounded bg-marine-700 px-4 py-2 text-white no-underline hover:bg-marine-800"
        >
          {action.label}
        </Link>
      </p>
    </div>
  );
}
