import { Component, lazy, Suspense, useId, type ReactNode } from "react";
import { useI18n } from "../i18n/I18nProvider";
import type { MapLayerData } from "../map/layers";
import type { LayerToggles } from "../state/toggles";
import type { Selection } from "../state/viewState";

// The map bundle (maplibre-gl and its worker) is fetched only when the panel first renders, after the
// legend, the services panel and the list are already usable.
const MapView = lazy(() => import("../map/MapView"));

export interface MapPanelProps {
  data: MapLayerData;
  toggles: LayerToggles;
  selection: Selection | null;
  lanNames: ReadonlyMap<string, string>;
  hidden: boolean;
  onSelectPlace: (placeId: string | null) => void;
  onStatus: (status: "ready" | "error") => void;
  onShowList: () => void;
}

/** A failed chunk download must not take the page down; it counts as "map unavailable". */
class MapErrorBoundary extends Component<{ onError: () => void; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  componentDidCatch(error: unknown): void {
    console.error(error);
    this.props.onError();
  }
  render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

export function MapPanel(props: MapPanelProps) {
  const { messages: m } = useI18n();
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div
      className="map-panel"
      role="region"
      aria-label={m.map.regionLabel}
      aria-describedby={`${id}-alt`}
      data-testid="map"
      hidden={props.hidden}
    >
      <p id={`${id}-alt`} className="map-panel__alt">
        {m.map.textAlternative}{" "}
        <button type="button" className="link-button" onClick={props.onShowList}>
          {m.map.showList}
        </button>
      </p>
      <p id={hintId} className="visually-hidden">
        {m.map.keyboardHint}
      </p>
      <div className="map-panel__frame">
        <MapErrorBoundary onError={() => props.onStatus("error")}>
          <Suspense fallback={<p className="map-panel__loading">{m.map.loading}</p>}>
            <MapView
              data={props.data}
              toggles={props.toggles}
              selection={props.selection}
              messages={m}
              lanNames={props.lanNames}
              describedBy={hintId}
              onSelectPlace={props.onSelectPlace}
              onStatus={props.onStatus}
            />
          </Suspense>
        </MapErrorBoundary>
      </div>
      <p className="map-panel__attribution">{m.map.attribution}</p>
    </div>
  );
}

export function MapUnavailable() {
  const { messages: m } = useI18n();
  return (
    <div className="status-message status-message--warning" role="alert">
      <h2>{m.map.webglUnavailableTitle}</h2>
      <p>{m.map.webglUnavailableBody}</p>
    </div>
  );
}
