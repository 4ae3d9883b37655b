import type { PlaceDescription } from "../state/describePlace";

/**
 * Builds the popup body with DOM text nodes rather than an HTML string, so every value from the data
 * (labels, the report's comments) is escaped by construction.
 */
export function popupContent(description: PlaceDescription): HTMLElement {
  const root = document.createElement("div");
  root.className = "place-popup";
  const title = document.createElement("h3");
  title.className = "place-popup__title";
  title.textContent = description.title;
  root.append(title);

  const list = document.createElement("dl");
  list.className = "place-popup__facts";
  for (const row of description.rows) {
    const term = document.createElement("dt");
    term.textContent = row.term;
    const value = document.createElement("dd");
    value.textContent = row.value;
    // The report's own words stay Swedish in the English UI; tell screen readers so.
    if (row.verbatimSwedish === true) value.lang = "sv";
    list.append(term, value);
  }
  root.append(list);
  return root;
}
