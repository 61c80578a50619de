import { canonicalLabel } from "./canonical-label";
import { asEmail, clean, deobfuscateEmail } from "./normalize";
import type { EmbassyContact, EmbassyPost } from "./schema";
import { quote, type Warn } from "./rows/warn";

/**
 * "Contacts dans le poste diplomatique" blocks: per post, a correspondent heading and a
 * counsellor heading, each followed by a name and "Courriel : …" (the address on the same line
 * or the next). "Pas de correspondant…"/"Pas de conseiller…" mean no contact for that role; a
 * heading followed by an empty "Courriel :" and no name gives no contact either.
 */

type Role = EmbassyContact["role"];

const CORRESPONDENT = ["correspondant", "correspondante", "correspondant cooperation decentralisee"].map(
  canonicalLabel,
);
const COUNSELLOR = [
  "conseiller de coopération",
  "conseillère de coopération",
  "conseiller culturel",
  "cocac",
  "conseiller de coopération et d'action culturelle",
].map(canonicalLabel);
const NONE = ["pas de", "aucun", "aucune"].map(canonicalLabel);
const EMAIL_LABEL = /^(?:courriel|e-?mail|m[ée]l|adresse (?:e-?mail|électronique|electronique))\s*:?\s*(.*)$/i;

function startsWithAny(canon: string, prefixes: string[]): boolean {
  return prefixes.some((p) => canon === p || canon.startsWith(`${p} `));
}

function roleOf(canon: string): Role | "none" | null {
  if (startsWithAny(canon, NONE)) {
    const rest = canon.replace(/^(?:pas de|aucune?)\s+/, "");
    if (startsWithAny(rest, CORRESPONDENT) || startsWithAny(rest, COUNSELLOR) || rest.startsWith("conseill"))
      return "none";
    return null;
  }
  if (startsWithAny(canon, CORRESPONDENT)) return "correspondent";
  if (startsWithAny(canon, COUNSELLOR)) return "counsellor";
  return null;
}

/** A line that can be a person's name: short, no digits, no "@", not a sentence. */
function looksLikeName(text: string): boolean {
  return text.length <= 80 && !/[\d@:]/.test(text) && text.split(" ").length <= 8;
}

export function parseEmbassyPost(post: string, lines: readonly string[], warn: Warn): EmbassyPost {
  const contacts: EmbassyContact[] = [];
  let postName = post;
  let role: Role | null = null;
  let name: string | null = null;
  let email: string | null = null;
  let awaitingEmail = false;

  const close = (): void => {
    if (role !== null && name !== null) contacts.push({ role, name, email });
    else if (role !== null && email !== null)
      warn(`embassyPosts: ${quote(postName)} has an e-mail ${quote(email)} without a name; no contact kept`);
    role = null;
    name = null;
    email = null;
    awaitingEmail = false;
  };

  for (const raw of lines) {
    const text = clean(raw);
    if (text === "") continue;
    const canon = canonicalLabel(text);
    const r = text.length <= 120 ? roleOf(canon) : null;
    if (r !== null) {
      close();
      role = r === "none" ? null : r;
      continue;
    }
    const m = EMAIL_LABEL.exec(text);
    if (m) {
      const value = clean(m[1]);
      if (value === "") awaitingEmail = true;
      else {
        email = asEmail(value) ?? deobfuscateEmail(value);
        awaitingEmail = false;
      }
      continue;
    }
    const mail = asEmail(text);
    if (mail !== null) {
      if (role !== null && (awaitingEmail || email === null)) email = mail;
      else warn(`embassyPosts: stray e-mail ${quote(text)} in ${quote(postName)}`);
      awaitingEmail = false;
      continue;
    }
    awaitingEmail = false;
    if (postName === "" && role === null && contacts.length === 0) {
      postName = text; // heading without the post's name: it is on the next line
      continue;
    }
    if (role !== null && name === null && looksLikeName(text)) {
      name = text;
      continue;
    }
    warn(`embassyPosts: unexpected line ${quote(text)} in ${quote(postName)}`);
  }
  close();
  return { post: postName, contacts };
}
