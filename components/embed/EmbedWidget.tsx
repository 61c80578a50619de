import { PlacesMiniMap } from "@/components/places/PlacesMiniMap";
import type { MapPlace } from "@/lib/domain/map-place";

export interface WidgetProject {
  slug: string;
  title: string;
  detail: string;
}

/** Links of a framed page leave the frame: the atlas opens in a new tab. */
const OUT = { target: "_blank", rel: "noopener" } as const;

/**
 * The compact page another site frames (app/integrer): a heading linking to the atlas, the
 * projects, the partners' map. `<base target="_blank">` also sends the map's popup links out.
 */
export function EmbedWidget({
  title,
  pageHref,
  projects,
  total,
  places,
  listed,
}: {
  title: string;
  pageHref: string;
  projects: WidgetProject[];
  total: number;
  places: MapPlace[];
  listed: number;
}) {
  return (
    <div className="space-y-3 p-3 text-sm [&_a]:underline">
      <base target="_blank" />
      <h1 className="text-base font-bold text-marine-800">
        <a href={pageHref} {...OUT}>
          {title}
        </a>{" "}
        — coopération décentralisée
      </h1>
      <div className="grid gap-3 sm:grid-cols-2">
        <section aria-label="Projets">
          <ul className="max-h-80 space-y-2 overflow-y-auto">
            {projects.map((p) => (
              <li key={p.slug}>
                <a href={`/projets/${p.slug}`} {...OUT} className="font-medium">
                  {p.title}
                </a>
                {p.detail && <span className="block text-xs text-slate-700">{p.detail}</span>}
              </li>
            ))}
          </ul>
          {total > projects.length && (
            <p className="mt-2">
              <a href={pageHref} {...OUT}>
                Voir les {total} projets dans l&apos;atlas
              </a>
            </p>
          )}
        </section>
        <section aria-label="Carte des partenaires">
          <PlacesMiniMap
            places={places}
            label={`Carte des partenaires de ${title}`}
            listed={listed}
            empty="Aucun partenaire placé sur la carte."
          />
        </section>
      </div>
      <p className="text-xs text-slate-600">
        Source :{" "}
        <a href="/" {...OUT}>
          Atlas de la coopération décentralisée
        </a>
      </p>
    </div>
  );
}
