// The imported places in the list view, after the built-in ones, labelled as coming from the user's file.
import { IMPORTED_KINDS } from "../../data/import/types";
import { useImportedPlaces } from "../../state/importedPlaces";
import { DiamondSwatch } from "./ImportedLegendRow";
import { useImportMessages } from "./useImportMessages";

const MAX_SHOWN = 500;

export function ImportedPlaceList() {
  const t = useImportMessages();
  const { list } = useImportedPlaces();
  if (!list) return null;
  return (
    <section
      className="panel imported-list"
      data-testid="imported-list"
      aria-label={t.listTitle(list.places.length)}
    >
      <h2>{t.listTitle(list.places.length)}</h2>
      {IMPORTED_KINDS.map((kind) => {
        const places = list.places.filter((p) => p.kind === kind);
        if (places.length === 0) return null;
        return (
          <div key={kind}>
            <h3>
              <DiamondSwatch kind={kind} /> {t.kindsPlural[kind]}
            </h3>
            <ul>
              {places.slice(0, MAX_SHOWN).map((p) => (
                <li key={p.id}>
                  <strong>{p.name}</strong>, {p.kommunNamn}
                  {p.service ? ` – ${p.service}` : ""} ({t.precisions[p.precision]}
                  {p.positionFrom ? `: ${p.positionFrom}` : ""})
                </li>
              ))}
            </ul>
            {places.length > MAX_SHOWN && <p>{t.more(String(places.length - MAX_SHOWN))}</p>}
          </div>
        );
      })}
    </section>
  );
}
