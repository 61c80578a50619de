/** Warnings are plain strings; this keeps quoted row text short and on one line. */
export type Warn = (message: string) => void;

export function quote(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return JSON.stringify(t.length > 100 ? `${t.slice(0, 97)}...` : t);
}
