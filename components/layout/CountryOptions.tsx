/** The options of a country select: "Tous les pays" (`allLabel`, empty value), then each country by code. */
export function CountryOptions({
  countries,
  allLabel,
}: {
  countries: { code: string; name: string }[];
  allLabel: string;
}) {
  return (
    <>
      <option value="">{allLabel}</option>
      {countries.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </>
  );
}
