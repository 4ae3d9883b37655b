// The downloadable templates: the same columns and example rows in Excel's two Swedish CSV dialects.
// UTF-8 with BOM, which Excel opens correctly; the positions are real GeoNames points (Orsa's postort,
// Sysslebäck, the Kiruna seat) so the template imports cleanly as it stands.
export type TemplateDialect = "semicolon" | "comma";

const ROWS = [
  ["namn", "typ", "adress", "postnummer", "ort", "kommun", "lat", "lon"],
  ["Exempel med koordinater", "Rusta och matcha", "Storgatan 1", "", "", "", "67.8557", "20.2253"],
  ["Exempel med postnummer", "leverantör", "", "794 90", "", "", "", ""],
  ["Exempel med ort", "bokat möte", "", "", "Sysslebäck", "Torsby", "", ""],
  ["Exempel med bara kommun", "servicekontor", "", "", "", "Orsa", "", ""],
];

export function templateCsv(dialect: TemplateDialect): string {
  const delimiter = dialect === "semicolon" ? ";" : ",";
  const body = ROWS.map((row) =>
    row
      .map((cell, i) =>
        // Swedish Excel writes decimal commas in semicolon files.
        dialect === "semicolon" && i >= 6 ? cell.replace(".", ",") : cell,
      )
      .join(delimiter),
  ).join("\r\n");
  return `\uFEFF${body}\r\n`;
}

export function templateHref(dialect: TemplateDialect): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(templateCsv(dialect))}`;
}
