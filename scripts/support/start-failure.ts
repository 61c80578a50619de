/**
 * `npm start` is the first command a newcomer runs: any failure is one French line saying what
 * went wrong and what to do, never a stack trace (ATLAS_DEBUG=1 shows it).
 */
interface SystemError extends Error {
  code?: string;
  path?: string;
}

function remedy(error: SystemError): string {
  const external = Boolean(process.env.DATABASE_URL);
  switch (error.code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "ETIMEDOUT":
      return external
        ? "la base de DATABASE_URL ne répond pas : vérifiez que ce serveur PostgreSQL tourne et que l'adresse est juste, ou retirez DATABASE_URL pour utiliser la base embarquée."
        : "PostgreSQL embarqué ne répond pas : relancez `npm start` ; si cela persiste, changez de port avec ATLAS_PG_PORT=....";
    case "28P01":
    case "28000":
      return "identifiant ou mot de passe refusé par PostgreSQL : vérifiez DATABASE_URL.";
    case "3D000":
      return "la base indiquée par DATABASE_URL n'existe pas : créez-la (createdb) ou corrigez l'adresse.";
    case "EACCES":
    case "EPERM":
      return (
        `accès refusé${error.path ? ` à ${error.path}` : ""} : placez le dossier de l'atlas dans un répertoire ` +
        "accessible (par exemple /srv/atlas) ou lancez `npm start` avec un utilisateur ordinaire."
      );
    case "ENOSPC":
      return "disque plein : libérez de la place puis relancez `npm start`.";
    default:
      return "relancez avec ATLAS_DEBUG=1 pour le détail, ou signalez le problème avec ce message.";
  }
}

/** One line: what failed, then the remedy. */
export function startFailureLine(error: unknown): string {
  const err = (error instanceof Error ? error : new Error(String(error))) as SystemError;
  const what = (err.message || err.code || err.name).replace(/\s+/g, " ").trim();
  return `[atlas] Échec du démarrage : ${what} — ${remedy(err)}`;
}

export function reportStartFailure(error: unknown): void {
  console.error(startFailureLine(error));
  if (process.env.ATLAS_DEBUG) console.error(error);
}
