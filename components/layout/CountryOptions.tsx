/** The options of a country select: "Tous les pays" (empty value), then each country by code. */
export function CountryOptions({ countries }: { countries: { code: string; name: string }[] }) {
  return (
    <>
      <option value="">Tous les pays</option>
      {countries.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </>
  );
}
