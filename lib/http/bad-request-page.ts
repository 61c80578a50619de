import { createHash } from "node:crypto";
import { RESOURCE_POLICY } from "./static-headers.mjs";

/**
 * The page proxy.ts answers for a malformed percent-escape (before routing, so no React layout):
 * a small French HTML page with the site's header colours, a title and a way home. Its one
 * <style> is allowed by hash, so the page keeps the resource policy (no script, nothing loaded).
 */
const STYLE = [
  "body{margin:0;font-family:system-ui,sans-serif;color:#0f172a;background:#fff}",
  "header{border-bottom:1px solid #e2e8f0;padding:12px 16px}",
  "header a{color:#142f5a;font-weight:600;text-decoration:none;border-left:6px solid #c9191e;padding-left:8px}",
  "main{max-width:72rem;margin:0 auto;padding:24px 16px}",
  "h1{color:#142f5a;font-size:1.5rem}",
  "a{color:#183f7a}",
].join("");

const STYLE_HASH = createHash("sha256").update(STYLE).digest("base64");

export const BAD_REQUEST_POLICY = `${RESOURCE_POLICY}; style-src 'sha256-${STYLE_HASH}'`;

export const BAD_REQUEST_HTML = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Adresse invalide · Atlas de la coopération décentralisée</title>
<style>${STYLE}</style>
</head>
<body>
<header><a href="/">Atlas de la coopération décentralisée</a></header>
<main>
<h1>Adresse invalide</h1>
<p>Cette adresse contient une séquence d'échappement (%) mal formée.</p>
<p><a href="/">Retour à l'accueil</a> · <a href="/projets">Rechercher un projet</a></p>
</main>
</body>
</html>
`;
