// "Exportera som CSV": the confirmed places with their positions, in the semicolon dialect the importer
// reads back unchanged. The only way the list leaves the page's memory, and only on the user's click.
import Papa from "papaparse";
import type { ImportedPlace } from "../../data/import/types";

export function placesCsv(places: readonly ImportedPlace[]): string {
  const rows = places.map((p) => [
    p.name,
    p.service ?? p.kind,
    p.address ?? "",
    "",
    "",
    p.kommunKod,
    p.lat,
    p.lon,
    p.precision,
    p.line,
  ]);
  return `\uFEFF${Papa.unparse({ fields: ["namn", "typ", "adress", "postnummer", "ort", "kommunkod", "lat", "lon", "precision", "rad i filen"], data: rows }, { delimiter: ";", newline: "\r\n" })}\r\n`;
}

export function downloadCsv(places: readonly ImportedPlace[], fileName: string): void {
  const url = URL.createObjectURL(new Blob([placesCsv(places)], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
