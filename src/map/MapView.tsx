// React's side of the map: a container element and effects that hand the controller new props. Loaded
// lazily (React.lazy in app/) so the legend, panels and list render before maplibre's 300 KB arrive.
import "maplibre-gl/dist/maplibre-gl.css";
import "./map.css";
import { useEffect, useLayoutEffect, useMemo, useRef } from "react";
import type { FinderMapMessages } from "../i18n/finderMapMessages";
import { useI18n } from "../i18n/I18nProvider";
import { IMPORT_MESSAGES } from "../i18n/importMessages";
import { useImportedPlaces } from "../state/importedPlaces";
import type { Messages } from "../i18n/messages";
import type { FinderMapView } from "../state/finderMap";
import type { LayerToggles } from "../state/toggles";
import type { Selection } from "../state/viewState";
import type { MapLayerData } from "./layers";
import { MapController } from "./MapController";
import { popupContent } from "./popupContent";

export interface MapViewProps {
  data: MapLayerData;
  toggles: LayerToggles;
  selection: Selection | null;
  messages: Messages;
  lanNames: ReadonlyMap<string, string>;
  mapMessages: FinderMapMessages;
  /** The finder's answer to show on the map, or null. */
  finderView: FinderMapView | null;
  /** Id of the element describing keyboard use; the canvas points to it with aria-describedby. */
  describedBy: string;
  onSelectPlace: (placeId: string | null) => void;
  onStatus: (status: "ready" | "error") => void;
}

export default function MapView(props: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<MapController | null>(null);
  // The latest props, read by the mount effect and by map callbacks, so neither needs to be recreated.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    const initial = latest.current;
    let controller: MapController;
    try {
      controller = new MapController(
        container,
        {
          data: initial.data,
          toggles: initial.toggles,
          selectedId: initial.selection?.placeId ?? null,
          messages: initial.messages,
          lanNames: initial.lanNames,
          mapMessages: initial.mapMessages,
          finderView: initial.finderView,
        },
        {
          onSelectPlace: (placeId) => latest.current.onSelectPlace(placeId),
          onReady: () => latest.current.onStatus("ready"),
          onError: () => latest.current.onStatus("error"),
        },
      );
    } catch (error) {
      // Typically GPUInitializationError: no WebGL 2 context. The app falls back to the list.
      console.error(error);
      latest.current.onStatus("error");
      return;
    }
    controller.setCanvasDescription(initial.describedBy);
    controllerRef.current = controller;
    return () => {
      controllerRef.current = null;
      controller.destroy();
    };
  }, []);

  const { data, toggles, selection, messages, lanNames, mapMessages, finderView, describedBy } = props;
  useEffect(() => controllerRef.current?.setData(data), [data]);
  useEffect(() => controllerRef.current?.setToggles(toggles), [toggles]);
  useEffect(
    () => controllerRef.current?.setMessages(messages, lanNames, mapMessages),
    [messages, lanNames, mapMessages],
  );
  useEffect(() => controllerRef.current?.setFinderView(finderView), [finderView]);
  useEffect(() => controllerRef.current?.setCanvasDescription(describedBy), [describedBy]);
  useEffect(
    () => controllerRef.current?.setSelection(selection?.placeId ?? null, selection?.from === "app"),
    [selection],
  );

  // The imported list's layer (additive: the built-in places are untouched).
  const imported = useImportedPlaces();
  const { language } = useI18n();
  const importedInput = useMemo(() => {
    const list = imported.list;
    const t = IMPORT_MESSAGES[language];
    const byId = new Map(list?.places.map((p) => [p.id, p]));
    return {
      data: list?.mapData ?? null,
      visible: imported.visible,
      describe: (id: string) => {
        const p = byId.get(id);
        return popupContent({
          title: p?.name ?? id,
          rows: p
            ? [
                { term: t.columns.kind, value: t.kinds[p.kind] + (p.service ? `: ${p.service}` : "") },
                {
                  term: t.columns.position,
                  value: t.precisions[p.precision] + (p.positionFrom ? ` (${p.positionFrom})` : ""),
                },
                { term: t.columns.kommun, value: p.kommunNamn },
                { term: t.columns.line, value: `${t.popupFrom}, ${t.line(p.line)}` },
              ]
            : [],
        });
      },
    };
  }, [imported, language]);
  useEffect(() => controllerRef.current?.setImported(importedInput), [importedInput]);

  return <div ref={containerRef} className="map-canvas-host" />;
}
