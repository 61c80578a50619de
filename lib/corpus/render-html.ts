import type { Fiche } from "../fiche/schema";
import {
  BANNER,
  CORRESPONDENT,
  COUNSELLOR,
  drawLabels,
  EVALUATION_LINES,
  FOOTER,
  frenchDate,
  NO_CORRESPONDENT,
  NO_COUNSELLOR,
  obfuscate,
  VOLUNTEERS,
} from "./labels";
import type { Random } from "./random";

/**
 * The `html` layout: a project page as saved from the Atlas site. Field markup varies the way
 * saved pages do (label/value spans, h3 + paragraphs, dl/dt/dd), tables have th/td, and the
 * page carries its furniture (breadcrumb, banner, footer, scripts) for the parser to ignore.
 */

function esc(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

type FieldStyle = "spans" | "heading" | "dl";

function field(style: FieldStyle, label: string, value: string | number | null): string {
  const lines = value === null ? [] : String(value).split("\n");
  if (style === "dl")
    return `<dl class="champ"><dt>${esc(label)}</dt><dd>${lines.map((l) => `<p>${esc(l)}</p>`).join("")}</dd></dl>`;
  if (style === "heading")
    return `<div class="champ"><h3>${esc(label)}</h3>${lines.map((l) => `<p>${esc(l)}</p>`).join("\n")}</div>`;
  if (lines.length <= 1)
    return `<div class="champ"><span class="libelle">${esc(label)}</span> <span class="valeur">${esc(lines[0] ?? "")}</span></div>`;
  return `<div class="champ"><span class="libelle">${esc(label)}</span><div class="valeur">${lines.map((l) => `<p>${esc(l)}</p>`).join("")}</div></div>`;
}

function table(title: string, header: string[], rows: string[][]): string {
  const head = `<thead><tr>${header.map((h) => `<th scope="col">${esc(h)}</th>`).join("")}</tr></thead>`;
  const body = `<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`).join("\n")}</tbody>`;
  return `<section class="tableau"><h2>${esc(title)}</h2>\n<table class="table">${head}\n${body}</table></section>`;
}

function embassy(fiche: Fiche): string {
  return fiche.embassyPosts
    .map((post) => {
      const parts = [`<h2>Contacts dans le poste diplomatique "${esc(post.post)}"</h2>`];
      const person = (role: string, c: { name: string; email: string | null }) =>
        `<h4>${esc(role)}</h4><p>${esc(c.name)}</p><p>Courriel : ${c.email ? `<a href="mailto:${esc(c.email)}">${esc(obfuscate(c.email))}</a>` : ""}</p>`;
      const correspondent = post.contacts.find((c) => c.role === "correspondent");
      const counsellor = post.contacts.find((c) => c.role === "counsellor");
      parts.push(correspondent ? person(CORRESPONDENT, correspondent) : `<p>${esc(NO_CORRESPONDENT)}</p>`);
      parts.push(counsellor ? person(COUNSELLOR, counsellor) : `<p>${esc(NO_COUNSELLOR)}</p>`);
      return `<div class="poste">${parts.join("\n")}</div>`;
    })
    .join("\n");
}

export function renderHtml(fiche: Fiche, random: Random): string {
  const labels = drawLabels(random, fiche.startYear ?? 2015);
  const style = random.weighted<FieldStyle>([
    ["spans", 5],
    ["heading", 3],
    ["dl", 2],
  ]);
  const f = (label: string, value: string | number | null) => field(style, label, value);
  const parts: string[] = [];
  parts.push(
    `<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n<title>${esc(fiche.title.slice(0, 80))} - Atlas</title>`,
    `<link rel="stylesheet" href="/atlas/css/style.css">\n<script src="/atlas/js/jquery.min.js"></script>\n<script>var atlas = { page: "detailProjet" };</script>\n</head>\n<body>`,
    `<header><nav aria-label="Fil d'Ariane"><ol class="breadcrumb"><li><a href="/">Accueil</a></li><li><a href="/atlas">Atlas</a></li><li>Détail projet</li></ol></nav>`,
    `<p class="bandeau">${esc(BANNER)}</p></header>\n<main>`,
    `<section class="postes">${embassy(fiche)}</section>`,
    `<section class="projet">`,
    f("Titre", fiche.title),
    f(labels.conventionYear, fiche.conventionYear),
    f("Thématique d'intervention", fiche.thematic?.theme ?? null),
    f("Sous-thématique d'intervention", fiche.thematic?.subTheme ?? null),
    f("Sous-sous-thématique d'intervention", fiche.thematic?.subSubTheme ?? null),
    table(
      "Autres thématiques mises en œuvre pour le partenariat",
      ["Thématique éligible", "Sous-thématique", "Sous-sous-thématique", "Priorité"],
      fiche.otherThematics.map((t) => [
        t.theme,
        t.subTheme ?? "",
        t.subSubTheme ?? "",
        t.priority === null ? "" : String(t.priority),
      ]),
    ),
  );
  if (fiche.sdgs.length > 0) {
    parts.push(
      table(
        "Objectifs de développement durable - ODD",
        ["Objectif de développement durable", "Priorité"],
        fiche.sdgs.map((s) => [`${s.goal} - ${s.label}`, String(s.priority)]),
      ),
    );
  }
  parts.push(
    f(labels.startYear, fiche.startYear),
    f(labels.status, fiche.status),
    f(labels.endDate, fiche.endDate === null ? null : frenchDate(fiche.endDate)),
    f("Contexte", fiche.context),
    f("Historique", fiche.history),
    f(labels.objectives, fiche.objectives),
    f(labels.description, fiche.description),
    f(labels.partnershipForm, fiche.partnershipForm),
    `<h2>Mise en œuvre du partenariat</h2>`,
    f("Maître(s) d'œuvre", fiche.projectManagers),
    f("Maître(s) d'ouvrage", fiche.contractingAuthorities),
    f("Bénéficiaire(s)", fiche.beneficiaries),
    `</section>`,
    table(
      "Partenaires étrangers du partenariat",
      ["Nom de la collectivité étrangère", "Pays"],
      fiche.foreignPartners.map((p) => [p.name, p.country ?? ""]),
    ),
    table(
      "Contacts dans les partenaires étrangers du partenariat",
      ["Nom de la collectivité étrangère", "Nom", "Prénom", "Fonction", "Courriel"],
      fiche.foreignContacts.map((c) => [c.partner, c.lastName ?? "", c.firstName ?? "", c.role ?? "", c.email ?? ""]),
    ),
    table(
      "Collectivités territoriales partenaires du partenariat",
      ["Nom de la collectivité territoriale"],
      fiche.frenchPartners.map((n) => [n]),
    ),
  );
  if (fiche.triennial !== null)
    parts.push(
      `<p class="triennal">${fiche.triennial ? "Le partenariat est triennal" : "Le partenariat n'est pas triennal"}</p>`,
    );
  parts.push(
    table(
      "Financement du partenariat",
      ["Nom du financeur", "Montant en euros", "Montant 1% Eau (Loi Oudin 2005)", "Année"],
      fiche.funding.map((r) => [
        r.funder,
        r.amountEur === null ? "" : String(r.amountEur),
        r.waterAmountEur === null ? "" : String(r.waterAmountEur),
        r.year === null ? "" : String(r.year),
      ]),
    ),
    `<h2>Évaluations, communication et perspectives</h2>`,
    ...EVALUATION_LINES.map((l) => `<p>${esc(l)}</p>`),
    table(VOLUNTEERS, ["Nom", "Prénom", "Mission", "Champs d'action", "Entité d'affectation"], []),
  );
  if (fiche.documents.length > 0) {
    parts.push(
      table(
        "Documents",
        ["Titre du document", "Taille en Ko", "Nom du fichier"],
        fiche.documents.map((d) => [d.title, d.sizeKb === null ? "" : String(d.sizeKb), d.fileName ?? ""]),
      ),
    );
  }
  parts.push(
    `</main>\n<footer><p>${esc(FOOTER)}</p></footer>\n<script src="/atlas/js/atlas.js"></script>\n</body>\n</html>\n`,
  );
  return parts.join("\n");
}
