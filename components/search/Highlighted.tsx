/**
 * Renders a snippet whose matches are marked with U+0001…U+0002 by the database: the text is
 * rendered as text (React escapes it), only the marks become <mark> elements.
 */
export function Highlighted({ text }: { text: string }) {
  const parts = text.split(/(\u0001[^\u0002]*\u0002)/g);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith("\u0001") ? <mark key={i}>{part.slice(1, -1)}</mark> : <span key={i}>{part}</span>,
      )}
    </>
  );
}
