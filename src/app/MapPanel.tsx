import "./mapPanel.css";
import { Component, lazy, Suspense, useEffect, useId, useMemo, useState, type ReactNode } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { useFinderMapMessages } from "../i18n/finderMapMessages";
import type { DisplayPlaceCollection, MapLayerData, ReachAreaCollection } from "../map/layers";
import type { FinderMapView } from "../state/finderMap";
import type { LayerToggles } from "../state/toggles";
import { useMapGeometry } from "../state/useAppData";
import type { Selection } from "../state/viewState";

// The map bundle (maplibre-gl and its worker, ~445 KB gzip) and the polygons (~320 KB gzip) are fetched
// only once the map panel is on screen, so on a phone the finder, the results and the list are usable
// long before, and a page that never scrolls to the map never pays for it.
const MapView = lazy(() => import("../map/MapView"));

/** Share of the map panel that must be visible before the map loads. */
const VISIBLE_SHARE_TO_LOAD = 0.3;

export interface MapPanelProps {
  places: DisplayPlaceCollection;
  reachArea: ReachAreaCollection;
  toggles: LayerToggles;
  selection: Selection | null;
  lanNames: ReadonlyMap<string, string>;
  /** The finder's answer (origin, numbered pins, extent to fit), or null before a search. */
  finderView: FinderMapView | null;
  hidden: boolean;
  /** Changes whenever the user asks to see a place on the map: the panel then scrolls into view. */
  revealCount: number;
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

/** True once the element has been at least `share` visible (or the user asked); stays true. */
function useWanted(element: HTMLElement | null, hidden: boolean, share: number): [boolean, () => void] {
  // Without IntersectionObserver (very old browsers) the map loads at once, as before.
  const [wanted, setWanted] = useState(() => typeof IntersectionObserver === "undefined");
  useEffect(() => {
    if (wanted || hidden || element === null) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.intersectionRatio >= share)) setWanted(true);
      },
      { threshold: [share] },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, hidden, share, wanted]);
  return [wanted, () => setWanted(true)];
}

export function MapPanel(props: MapPanelProps) {
  const { messages: m } = useI18n();
  const mapMessages = useFinderMapMessages();
  const id = useId();
  const hintId = `${id}-hint`;
  // A callback ref: the observer starts once the frame element exists.
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const [wanted, loadNow] = useWanted(frame, props.hidden, VISIBLE_SHARE_TO_LOAD);
  const geometry = useMapGeometry(wanted);
  const { revealCount, hidden } = props;
  useEffect(() => {
    if (revealCount === 0 || hidden || frame === null) return;
    loadNow();
    frame.scrollIntoView({ block: "nearest", behavior: "smooth" });
    // Only a new request scrolls; a re-render with the same count does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealCount, hidden]);
  const { places, reachArea } = props;
  const data = useMemo<MapLayerData | null>(
    () => (geometry.status === "ready" ? { ...geometry.geometry, places, reachArea } : null),
    [geometry, places, reachArea],
  );

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
      <div className={`map-panel__frame${wanted ? "" : " is-deferred"}`} ref={setFrame}>
        {!wanted && (
          // On a phone the map loads only when asked (or scrolled to): say what it is and what it costs.
          <div className="map-panel__deferred" data-testid="map-deferred">
            <p className="map-panel__deferred-title">{mapMessages.deferredTitle}</p>
            <p>{mapMessages.deferredBody}</p>
            <button type="button" onClick={loadNow}>
              {m.map.loadMap}
            </button>
          </div>
        )}
        {wanted && data === null && geometry.status !== "error" && (
          <p className="map-panel__loading">{m.map.loading}</p>
        )}
        {geometry.status === "error" && (
          <p className="map-panel__loading" role="alert">
            {m.status.loadErrorTitle}. {m.status.loadErrorDetail(geometry.error.file, geometry.error.reason)}
          </p>
        )}
        {data !== null && (
          <MapErrorBoundary onError={() => props.onStatus("error")}>
            <Suspense fallback={<p className="map-panel__loading">{m.map.loading}</p>}>
              <MapView
                data={data}
                toggles={props.toggles}
                selection={props.selection}
                messages={m}
                lanNames={props.lanNames}
                mapMessages={mapMessages}
                finderView={props.finderView}
                describedBy={hintId}
                onSelectPlace={props.onSelectPlace}
                onStatus={props.onStatus}
              />
            </Suspense>
          </MapErrorBoundary>
        )}
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
