import type { Random } from "./random";

/**
 * Person names, job titles and e-mail addresses for contacts. Names follow the partner's
 * country (a contact in Thiès is not called Hans), job titles start with words the Atlas uses,
 * and addresses are built from the name and the town like real ones.
 */

type Culture = "fr" | "es" | "pt" | "it" | "de" | "en" | "pl" | "ro" | "ru" | "ar" | "wa" | "ea" | "mg" | "ht" | "vi" | "zh" | "ja" | "hy" | "other";

const CULTURE_OF: Record<string, Culture> = {
  FR: "fr", BE: "fr", CH: "fr", LU: "fr", CA: "fr",
  ES: "es", MX: "es", AR: "es", CO: "es", PE: "es", NI: "es", BO: "es", EC: "es", CU: "es", UY: "es", PY: "es",
  DO: "es", GT: "es", SV: "es", HN: "es", CR: "es", PA: "es", VE: "es", CL: "es",
  PT: "pt", BR: "pt", CV: "pt", MZ: "pt", AO: "pt", GW: "pt",
  IT: "it", DE: "de", AT: "de", NL: "de", GB: "en", US: "en", IE: "en", AU: "en", NZ: "en", GH: "en", NG: "en",
  KE: "en", ZA: "en", UG: "en", TZ: "en", GM: "en", IN: "en", SE: "de", FI: "de", DK: "de", NO: "de",
  PL: "pl", CZ: "pl", SK: "pl", SI: "pl", HR: "pl", RS: "pl", BA: "pl", BG: "pl", MK: "pl", LT: "pl", LV: "pl", EE: "pl", AL: "pl", HU: "pl", GR: "pl",
  RO: "ro", MD: "ro", RU: "ru", UA: "ru", BY: "ru", KZ: "ru", UZ: "ru", GE: "ru", AZ: "ru", MN: "ru",
  MA: "ar", DZ: "ar", TN: "ar", MR: "ar", EG: "ar", LB: "ar", PS: "ar", JO: "ar", IQ: "ar", SD: "ar", DJ: "ar", KM: "ar", TR: "ar", IL: "ar",
  SN: "wa", BF: "wa", ML: "wa", BJ: "wa", CM: "wa", NE: "wa", TG: "wa", GN: "wa", CI: "wa", TD: "wa", GA: "wa", CG: "wa", CD: "wa", CF: "wa",
  ET: "ea", RW: "ea", BI: "ea", MG: "mg", MU: "mg", SC: "mg", HT: "ht",
  VN: "vi", KH: "vi", LA: "vi", TH: "vi", CN: "zh", KR: "zh", JP: "ja", AM: "hy",
};

const FIRST: Record<Culture, string[]> = {
  fr: ["Marie", "Jean", "Nathalie", "Philippe", "Isabelle", "Stéphane", "Sophie", "Laurent", "Claire", "Olivier", "Camille", "Julien", "Hélène", "Nicolas", "Anne-Sophie", "Jean-François", "Élodie", "Thierry", "Mathilde", "François", "Céline", "Benoît", "Pauline", "Sébastien", "Agnès", "Mireille"],
  es: ["María", "José", "Carmen", "Juan", "Lucía", "Carlos", "Ana", "Javier", "Elena", "Miguel", "Laura", "Alejandro", "Rosa", "Diego", "Paula", "Andrés", "Gabriela", "Fernando"],
  pt: ["João", "Ana", "Pedro", "Mariana", "Rodrigo", "Beatriz", "Luís", "Fernanda", "Nuno", "Juliana", "Tiago", "Carla", "Paulo", "Rita"],
  it: ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Monica", "Davide", "Elisa", "Giovanni", "Silvia", "Matteo"],
  de: ["Anke", "Thomas", "Claudia", "Michael", "Heike", "Stefan", "Katrin", "Andreas", "Sabine", "Jürgen", "Julia", "Markus", "Lena", "Tobias"],
  en: ["Andrew", "Sarah", "David", "Emily", "James", "Rachel", "Michael", "Laura", "Peter", "Helen", "Daniel", "Grace", "Samuel", "Victoria"],
  pl: ["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Marija", "Jan", "Ewa", "Marek", "Zuzana", "Petr", "Ivana", "Dávid", "Nikola", "Eleni"],
  ro: ["Andreea", "Ion", "Elena", "Mihai", "Ioana", "Adrian", "Cristina", "Vasile", "Raluca", "Dan"],
  ru: ["Olga", "Sergueï", "Natalia", "Dmitri", "Irina", "Alexeï", "Tatiana", "Andriy", "Nino", "Giorgi", "Oksana"],
  ar: ["Mohamed", "Fatima", "Ahmed", "Leïla", "Karim", "Amina", "Youssef", "Samira", "Rachid", "Nadia", "Omar", "Khadija", "Hichem", "Salma", "Ali", "Rania"],
  wa: ["Moussa", "Aminata", "Ousmane", "Fatoumata", "Abdoulaye", "Awa", "Mamadou", "Mariam", "Issa", "Adama", "Boubacar", "Aïssatou", "Koffi", "Afi", "Yao", "Esther", "Souleymane", "Rokia", "Idrissa", "Djeneba"],
  ea: ["Abebe", "Tigist", "Jean-Claude", "Claudine", "Emmanuel", "Josiane", "Pascal", "Aline"],
  mg: ["Hery", "Voahangy", "Rivo", "Lalao", "Andry", "Hanta", "Tiana", "Fanja", "Rado", "Nirina"],
  ht: ["Jean-Robert", "Marie-Carmel", "Wilner", "Nadège", "Ricardo", "Guerda", "Jocelyn", "Fabienne"],
  vi: ["Minh", "Lan", "Huong", "Tuan", "Thao", "Dung", "Sokha", "Bopha", "Somchai", "Malee"],
  zh: ["Wei", "Li", "Jing", "Hao", "Min-jun", "Ji-woo", "Xiaoyan", "Jun"],
  ja: ["Yuki", "Hiroshi", "Keiko", "Takashi", "Aiko", "Kenji", "Naomi", "Satoshi"],
  hy: ["Armen", "Anahit", "Tigran", "Lusine", "Hakob", "Mariam", "Aram", "Nune"],
  other: ["Ali", "Maria", "Daniel", "Sara", "Alex", "Nadia"],
};

const LAST: Record<Culture, string[]> = {
  fr: ["Martin", "Bernard", "Dubois", "Lefebvre", "Moreau", "Laurent", "Girard", "Roux", "Fournier", "Morel", "Mercier", "Blanc", "Guérin", "Chevalier", "Lambert", "Bonnet", "Faure", "Rousseau", "Le Gall", "Perrin", "Marchand", "Aubert", "Vaillant", "Catta", "Simoneau", "Tremblay", "Gagnon", "Côté"],
  es: ["García", "Martínez", "Rodríguez", "López", "Hernández", "González", "Pérez", "Sánchez", "Ramírez", "Torres", "Flores", "Ricote Muñoz", "Pando Álvarez", "Septién", "de la Fuente", "Castillo"],
  pt: ["Silva", "Santos", "Oliveira", "Souza", "Barros", "Gouveia", "Ferreira", "Almeida", "Costa", "Carvalho", "Pereira", "Lima"],
  it: ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Arnaudo", "Ricci", "Marino", "Greco", "Bruno"],
  de: ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meurer", "Ludwig", "Wagner", "Becker", "Hoffmann", "Karmann-Wössner", "Koch", "Richter", "Janssen"],
  en: ["Smith", "Johnson", "Brown", "Tanner", "Poole", "Antrobus", "Taylor", "Wilson", "Davies", "Evans", "Clarke", "Walker", "Lapidus", "Batson"],
  pl: ["Kowalski", "Nowak", "Winter", "Wiśniewska", "Taskov", "Novák", "Horváth", "Bartók", "Kovač", "Petrović", "Dimitrov", "Papadopoulos", "Hoxha", "Jankauskas"],
  ro: ["Popescu", "Ionescu", "Popa", "Constantin", "Stan", "Dumitru", "Munteanu", "Ciobanu", "Rusu"],
  ru: ["Ivanova", "Petrov", "Smirnova", "Kovalenko", "Shevchenko", "Beridze", "Kuznetsov", "Melnyk", "Aliyev"],
  ar: ["Ben Ali", "El Amrani", "Benali", "Haddad", "Mansour", "Akrout", "Bouzid", "Trabelsi", "Saïdi", "Khoury", "Nasser", "Ould Ahmed", "El Fassi", "Chraibi", "Hamdi"],
  wa: ["Diop", "Ndiaye", "Traoré", "Ouédraogo", "Diallo", "Koné", "Sawadogo", "Camara", "Sow", "Keïta", "Coulibaly", "N'Diaye", "Kaboré", "Adjovi", "Agbodjan", "Mbarga", "Issoufou", "Fall", "Sylla", "Zongo"],
  ea: ["Tesfaye", "Habimana", "Uwimana", "Niyonzima", "Mugisha", "Ndayishimiye"],
  mg: ["Rakotomalala", "Randriamanana", "Rasoanaivo", "Andrianarisoa", "Razafindrakoto", "Rabemananjara", "Ravelomanana"],
  ht: ["Jean-Baptiste", "Pierre-Louis", "Joseph", "Charles", "Estimé", "Dorvil", "Célestin"],
  vi: ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Sok", "Chan", "Phommachanh", "Sombatsri"],
  zh: ["Wang", "Zhang", "Liu", "Chen", "Kim", "Park", "Lee", "Zhao"],
  ja: ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Yamamoto", "Nakamura"],
  hy: ["Sargsyan", "Hakobyan", "Grigoryan", "Petrosyan", "Harutyunyan", "Khachatryan"],
  other: ["Hassan", "Novak", "Ahmadi", "Rahman", "Silva", "Tan"],
};

export interface Person {
  firstName: string;
  lastName: string;
}

export function cultureOf(country: string): Culture {
  return CULTURE_OF[country] ?? "other";
}

export function drawPerson(random: Random, country: string): Person {
  const culture = cultureOf(country);
  return { firstName: random.pick(FIRST[culture]), lastName: random.pick(LAST[culture]) };
}

/** Job titles of foreign contacts; each starts with a word the parser knows opens a title. */
const ROLES = [
  "Maire",
  "Adjoint au maire chargé des relations internationales",
  "Adjointe au maire déléguée à la coopération",
  "Chargé de mission relations internationales",
  "Chargée de mission coopération décentralisée",
  "Chargé de la coopération",
  "Directeur des relations internationales",
  "Directrice de la coopération et des partenariats",
  "Directeur des services techniques",
  "Secrétaire général de la commune",
  "Secrétaire générale",
  "Responsable du service de l'eau et de l'assainissement",
  "Responsable de la coopération",
  "Coordinateur du programme",
  "Coordinatrice du jumelage",
  "Conseiller municipal délégué",
  "Conseillère technique",
  "Point focal coopération décentralisée",
  "Référent du partenariat",
  "Chef du service développement local",
  "Cheffe de projet",
  "Président du conseil régional",
  "Présidente du comité de jumelage",
  "Agent de développement local",
];

/** Titles in the partner's own language, which contacts sometimes give instead. */
const LOCAL_ROLES: Partial<Record<Culture, string[]>> = {
  en: ["Mayor", "Deputy Mayor", "Head of International Relations", "International Relations Officer", "Project Manager"],
  es: ["Alcalde", "Alcaldesa", "Jefa de Relaciones Internacionales", "Director de Cooperación Internacional"],
  pt: ["Prefeito", "Prefeita", "Director de Relações Internacionais"],
  it: ["Sindaco", "Director del Servizio Relazioni Internazionali"],
  de: ["Oberbürgermeister", "Bürgermeister", "Leiterin des Büros für internationale Beziehungen"],
};

export function drawRole(random: Random, country: string): string {
  const local = LOCAL_ROLES[cultureOf(country)];
  return local && random.chance(0.3) ? random.pick(local) : random.pick(ROLES);
}

/** Letters of a name usable in an address: "N'Diaye" → "ndiaye", "Müller" → "muller". */
export function asciiSlug(value: string, separator = ""): string {
  const words = value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.join(separator);
}

const COUNTRY_TLD: Record<string, string> = { GB: "uk", US: "gov" };

const WEBMAIL = ["gmail.com", "yahoo.fr", "hotmail.com", "outlook.com", "yahoo.com"];

/** An address for a contact of a town: municipal domain most of the time, else webmail. */
export function drawEmail(random: Random, person: Person | null, town: string, country: string): string {
  const first = person ? asciiSlug(person.firstName, "-") : "";
  const last = person ? asciiSlug(person.lastName, "-") : "";
  const local = person
    ? random.weighted<string>([
        [`${first}.${last}`, 5],
        [`${first.charAt(0)}${last}`, 3],
        [`${last}.${first}`, 1],
      ])
    : random.pick(["contact", "mairie", "international", "cooperation", "info"]);
  const townSlug = asciiSlug(town, "-") || "commune";
  if (random.chance(0.25)) return `${local.replace(/-/g, "")}${random.chance(0.4) ? random.int(1, 99) : ""}@${random.pick(WEBMAIL)}`;
  const tld = COUNTRY_TLD[country] ?? country.toLowerCase();
  const domain = random.weighted<string>([
    [`${townSlug}.${tld}`, 4],
    [`mairie-${townSlug}.${tld}`, 2],
    [`ville-${townSlug}.${tld}`, 1],
  ]);
  return `${local}@${domain}`;
}

/** Embassy staff addresses follow the ministry's pattern. */
export function diplomaticEmail(person: Person): string {
  return `${asciiSlug(person.firstName, "-")}.${asciiSlug(person.lastName, "-")}@diplomatie.gouv.fr`;
}
