/**
 * The word bank of the synthetic prose (lib/corpus/prose.ts): per theme domain, the objects,
 * fields, challenges and beneficiaries a real fiche talks about, and the sentence templates
 * of each free-text section, whose {slots} prose.ts fills.
 */

export type Domain =
  | "water"
  | "agri"
  | "culture"
  | "economy"
  | "education"
  | "environment"
  | "governance"
  | "health"
  | "emergency"
  | "youth";

/** Theme label → vocabulary domain, by keywords of the Atlas's theme names. */
export function domainOfTheme(theme: string): Domain {
  const t = theme
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  if (/\beau\b|assainissement/.test(t)) return "water";
  if (/agri|aliment|rural/.test(t)) return "agri";
  if (/sante/.test(t)) return "health";
  if (/urgence|humanitaire|reconstruction/.test(t)) return "emergency";
  if (/jeunesse|sport/.test(t)) return "youth";
  if (/culture|patrimoine|francophonie/.test(t)) return "culture";
  if (/environnement|climat|energie/.test(t)) return "environment";
  if (/education|formation|recherche|social|enseignement/.test(t)) return "education";
  if (/gouvernance|institutionnel|democratie|citoyennete|echanges/.test(t)) return "governance";
  return "economy";
}

/** Noun phrases, each starting with "la", "l'" or no article so "à …"/"de …" read right. */
export const OBJECTS: Record<Domain, string[]> = {
  water: [
    "l'accès à l'eau potable",
    "la gestion des points d'eau",
    "l'assainissement autonome",
    "la collecte des boues de vidange",
    "la gestion intégrée des ressources en eau",
    "la maintenance des forages",
    "la qualité de l'eau distribuée",
    "l'hygiène en milieu scolaire",
    "la protection des captages",
    "la tarification du service de l'eau",
  ],
  agri: [
    "la sécurité alimentaire",
    "la transformation des produits agricoles",
    "la filière maraîchère",
    "l'irrigation des périmètres villageois",
    "l'agroécologie",
    "la commercialisation des récoltes",
    "la structuration des organisations paysannes",
    "la santé animale",
    "la gestion durable des sols",
    "l'approvisionnement des cantines scolaires",
  ],
  culture: [
    "la valorisation du patrimoine bâti",
    "la lecture publique",
    "la diffusion des musiques actuelles",
    "la coopération entre bibliothèques",
    "la restauration du centre historique",
    "l'éducation artistique",
    "la promotion de la langue française",
    "l'inventaire du patrimoine immatériel",
    "la programmation culturelle",
    "la formation des médiateurs culturels",
  ],
  economy: [
    "l'attractivité du territoire",
    "la structuration des filières locales",
    "l'artisanat d'art",
    "la planification urbaine",
    "l'entrepreneuriat des femmes",
    "la mobilité durable",
    "l'accès au microcrédit",
    "la promotion touristique",
    "l'économie sociale et solidaire",
    "l'aménagement des marchés municipaux",
    "l'innovation numérique",
    "la gestion du foncier urbain",
  ],
  education: [
    "la formation professionnelle des jeunes",
    "la scolarisation des filles",
    "la coopération universitaire",
    "l'équipement des écoles",
    "l'insertion des personnes handicapées",
    "la formation des enseignants",
    "l'alphabétisation des adultes",
    "la recherche appliquée",
    "l'accueil de la petite enfance",
    "l'égalité entre les femmes et les hommes",
  ],
  environment: [
    "la gestion des déchets ménagers",
    "la préservation de la biodiversité",
    "la transition énergétique",
    "l'éclairage public solaire",
    "l'adaptation au changement climatique",
    "la lutte contre l'érosion côtière",
    "la reforestation des berges",
    "l'efficacité énergétique des bâtiments publics",
    "la gestion des espaces verts",
    "l'économie circulaire",
  ],
  governance: [
    "la gestion des finances locales",
    "la modernisation de l'état civil",
    "la participation citoyenne",
    "la maîtrise d'ouvrage communale",
    "la mobilisation des ressources fiscales",
    "l'archivage municipal",
    "la formation des élus locaux",
    "la planification du développement communal",
    "l'intercommunalité",
    "la démocratie locale",
  ],
  health: [
    "l'accès aux soins de santé primaires",
    "la santé maternelle et infantile",
    "la prévention du paludisme",
    "l'équipement des centres de santé",
    "la formation du personnel soignant",
    "la gestion des déchets hospitaliers",
    "la nutrition des enfants",
    "la santé mentale",
    "la vaccination",
    "l'hygiène publique",
  ],
  emergency: [
    "la reconstruction des équipements publics",
    "l'accueil des personnes déplacées",
    "la prévention des risques naturels",
    "la réhabilitation des écoles endommagées",
    "l'aide alimentaire d'urgence",
    "la protection civile",
    "la relance de l'activité économique",
    "l'accès aux abris",
    "la gestion de crise",
    "le relogement des familles sinistrées",
  ],
  youth: [
    "la mobilité internationale des jeunes",
    "l'engagement citoyen des jeunes",
    "les échanges sportifs",
    "l'animation socio-culturelle",
    "l'insertion professionnelle des jeunes",
    "la pratique sportive féminine",
    "les chantiers de jeunes",
    "l'éducation populaire",
    "le volontariat",
    "les conseils municipaux de jeunes",
  ],
};

/** The field itself, named the way fiches name it ("dans le domaine de l'agriculture"). */
export const FIELDS: Record<Domain, string[]> = {
  water: ["l'eau et l'assainissement", "l'eau potable", "l'assainissement"],
  agri: ["l'agriculture", "l'agriculture et l'alimentation", "le développement rural"],
  culture: ["la culture", "le patrimoine", "la culture et le patrimoine"],
  economy: ["le développement économique", "l'économie locale", "le tourisme", "l'urbanisme"],
  education: ["l'éducation", "la formation", "la recherche"],
  environment: ["l'environnement", "l'énergie", "le climat"],
  governance: ["la gouvernance locale", "l'appui institutionnel", "la démocratie locale"],
  health: ["la santé", "la santé publique"],
  emergency: ["l'aide d'urgence", "la reconstruction"],
  youth: ["la jeunesse", "le sport", "la jeunesse et le sport"],
};

export const CHALLENGES: Record<Domain, string[]> = {
  water: [
    "une pénurie d'eau chronique en saison sèche",
    "la dégradation des réseaux existants",
    "des maladies hydriques fréquentes",
  ],
  agri: ["des sécheresses récurrentes", "l'exode rural des jeunes", "la faible valorisation des productions locales"],
  culture: [
    "la dégradation d'un patrimoine remarquable",
    "le manque d'équipements culturels",
    "la faible fréquentation des lieux de lecture",
  ],
  economy: [
    "un chômage élevé chez les jeunes",
    "une urbanisation rapide et peu maîtrisée",
    "la concurrence des produits importés",
  ],
  education: ["des effectifs scolaires en forte hausse", "un manque d'enseignants qualifiés", "le décrochage scolaire"],
  environment: ["l'accumulation de dépôts sauvages", "la déforestation", "la hausse de la facture énergétique"],
  governance: [
    "des ressources propres insuffisantes",
    "un transfert de compétences sans transfert de moyens",
    "une faible confiance des habitants envers l'administration",
  ],
  health: ["un accès aux soins inégal", "une mortalité infantile encore élevée", "le manque de personnel médical"],
  emergency: ["les conséquences d'un séisme", "des inondations répétées", "l'afflux de populations déplacées"],
  youth: [
    "le manque d'espaces dédiés aux jeunes",
    "un chômage des jeunes préoccupant",
    "une faible mobilité des jeunes",
  ],
};

export const VERBS = [
  "améliorer",
  "renforcer",
  "développer",
  "structurer",
  "accompagner",
  "soutenir",
  "moderniser",
  "pérenniser",
  "promouvoir",
  "consolider",
];
export const VERB_NOUNS = [
  "Amélioration de",
  "Renforcement de",
  "Développement de",
  "Structuration de",
  "Appui à",
  "Soutien à",
  "Modernisation de",
  "Pérennisation de",
  "Promotion de",
  "Consolidation de",
];

export const BENEFICIARIES = [
  "les agents municipaux",
  "les élus locaux",
  "les habitants des quartiers périphériques",
  "les femmes des groupements villageois",
  "les jeunes de 16 à 25 ans",
  "les élèves des écoles primaires",
  "les associations locales",
  "les producteurs",
  "les familles les plus vulnérables",
  "les techniciens des services communaux",
  "les enseignants",
  "les artisans",
];

export const ARRIVALS = [
  "Par ailleurs, ",
  "En outre, ",
  "Dans ce cadre, ",
  "Ainsi, ",
  "De plus, ",
  "Parallèlement, ",
  "À cette fin, ",
  "Enfin, ",
];

export type Section = "context" | "history" | "objectives" | "description" | "beneficiaries";

export const TEMPLATES: Record<Section, string[]> = {
  context: [
    "{town} compte environ {pop} habitants et connaît une croissance démographique soutenue.",
    "Les lois de décentralisation adoptées dans le pays ({country}) ont transféré aux collectivités locales de nouvelles compétences, notamment {obj}.",
    "Le territoire fait face à {challenge}, ce qui pèse fortement sur {obj}.",
    "Les services municipaux de {town} disposent de moyens humains et financiers limités pour assurer {obj} dans de bonnes conditions.",
    "{french} et {town} partagent des enjeux communs autour de {obj} et de {obj2}.",
    "Selon le diagnostic réalisé en {pastYear}, près de {pct} % des ménages de la commune ne bénéficient pas d'un service satisfaisant en matière de {objBare}.",
    "La croissance urbaine rapide accentue la pression sur {obj}, alors que les investissements publics restent insuffisants.",
    "Dans un contexte marqué par {challenge}, les autorités locales ont fait de {obj} une priorité de leur plan de développement communal.",
    "Les acteurs de la société civile sont nombreux et dynamiques, mais leurs actions restent peu coordonnées avec celles de la commune.",
    "Le secteur de {field} constitue une priorité commune aux deux collectivités.",
    "La stratégie nationale adoptée en {pastYear} encourage les collectivités à s'appuyer sur la coopération internationale pour {verb} {obj}.",
  ],
  history: [
    "Les relations entre {french} et {town} remontent à {oldYear}, date de la signature d'une charte d'amitié entre les deux collectivités.",
    "Une première convention de coopération a été signée en {pastYear}, suivie de plusieurs missions d'échanges techniques.",
    "Depuis {oldYear}, des délégations d'élus et de techniciens se rendent régulièrement sur les deux territoires.",
    "Le comité de jumelage, créé en {oldYear}, anime les échanges entre les habitants et soutient les initiatives associatives.",
    "Les actions menées jusqu'ici ont porté principalement sur {obj} et sur {obj2}.",
    "Une évaluation conduite en {pastYear} a recommandé de recentrer le partenariat sur {obj}.",
    "La coopération s'est d'abord appuyée sur des associations de solidarité internationale avant d'être portée directement par les services de la collectivité.",
    "Plusieurs projets cofinancés par le ministère de l'Europe et des Affaires étrangères ont permis de consolider les liens entre les deux équipes.",
  ],
  objectives: [
    "L'objectif général du partenariat est de contribuer à {obj} à {town}.",
    "Il s'agit notamment de {verb} {obj}, de {verb2} {obj2} et de favoriser les échanges de pratiques entre les services.",
    "Le projet vise à {verb} {obj} au bénéfice de {ben}.",
    "Le partenariat porte principalement sur {field}, en lien avec les compétences transférées aux communes.",
    "À terme, environ {count} personnes devraient bénéficier directement des actions engagées.",
    "- {verb} les capacités des agents municipaux en matière de {objBare} ;",
    "- {verb} {obj} en impliquant {ben} ;",
    "- capitaliser les enseignements du projet et les partager avec d'autres collectivités de la région.",
    "Pour {french}, le partenariat est aussi l'occasion de sensibiliser les habitants à la solidarité internationale.",
  ],
  description: [
    "Le programme se décline en {small} volets complémentaires, mis en œuvre sur {small} ans.",
    "Volet {small} : {verbNoun} {obj}.",
    "Des formations seront organisées à destination de {ben} sur {obj}.",
    "Des missions d'expertise des agents de {french} permettront d'accompagner les équipes de {town} dans {obj}.",
    "Un comité de pilotage conjoint se réunira chaque année pour suivre l'avancement des actions et ajuster la programmation.",
    "Les travaux seront confiés à des entreprises locales, sous la maîtrise d'ouvrage de la commune de {town}.",
    "Une attention particulière sera portée à {obj2}, en lien avec les priorités définies par les habitants.",
    "Des outils de suivi et d'évaluation seront élaborés conjointement afin de mesurer les effets du projet sur {obj}.",
    "La réalisation d'un diagnostic partagé constituera la première étape, suivie d'un plan d'actions chiffré.",
    "Les actions relèvent du domaine de {field} et associent les services techniques des deux collectivités.",
    "Des échanges de jeunes et des rencontres entre associations des deux territoires accompagneront le volet technique.",
  ],
  beneficiaries: [
    "Les bénéficiaires directs sont {ben} de {town}, soit environ {count} personnes.",
    "Indirectement, l'ensemble de la population de la commune, estimée à {pop} habitants, bénéficiera du projet.",
    "Les services techniques de {french} bénéficient également des échanges, qui enrichissent leurs pratiques.",
    "{ben} et {ben2} sont associés à chaque étape du projet.",
  ],
};
