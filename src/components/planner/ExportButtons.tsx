// Downloads of what the planner shows: the table as CSV (UTF-8, or for Excel), the areas with their
// figures as GeoJSON, and the map as PNG with legend, title, data date and attribution burned in. One
// "Ladda ner" button opens the four, so they take no row of the table's pane.
import { useEffect, useId, useRef, useState, type RefObject } from "react";
import type { Summary } from "../../data/schema";
import { usePlannerMessages } from "../../i18n/plannerMessages";
import type { PlannerMapController } from "../../map/planner/PlannerMapController";
import type { MapGeometry } from "../../state/appData";
import { areasGeoJson, exportFileName, tableCsv } from "../../state/planner/exports";
import type { PlannerModel } from "../../state/planner/usePlannerModel";
import { usePlannerLegend } from "./PlannerLegend";
import type { TransitOverlay } from "./transit/useTransitOverlay";

/** The PNG's size in pixels, whatever the screen. */
export const PNG_SIZE = { width: 1400, height: 1100 } as const;

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface ExportButtonsProps {
  model: PlannerModel;
  summary: Summary;
  geometry: MapGeometry | null;
  controllerRef: RefObject<PlannerMapController | null>;
  /** The map shows a public-transport indicator: the PNG's title, legend and name say so. */
  overlay?: TransitOverlay | null;
}

export function ExportButtons({
  model,
  summary,
  geometry,
  controllerRef,
  overlay = null,
}: ExportButtonsProps) {
  const p = usePlannerMessages();
  const legend = usePlannerLegend(model, overlay);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  // The menu closes on a click elsewhere and on Esc (focus back on its button).
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      toggleRef.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);
  const { level, kind, time, indicator } = model.choices;
  const name = (what: "csv" | "excel.csv" | "geojson" | "png") =>
    exportFileName(
      level,
      kind,
      kind === "spontaneous" ? time : "2021",
      model.scenarioActive,
      what,
      indicator,
    );

  const csv = (dialect: "utf8" | "excel") =>
    download(
      new Blob([tableCsv(model.rows, dialect)], { type: "text/csv;charset=utf-8" }),
      name(dialect === "excel" ? "excel.csv" : "csv"),
    );
  const geojson = () => {
    if (geometry === null) return;
    const areas =
      level === "kommun"
        ? geometry.kommuner.features
        : level === "fa"
          ? geometry.faRegioner.features
          : geometry.lan.features;
    download(
      new Blob([JSON.stringify(areasGeoJson(areas, model.rows))], { type: "application/geo+json" }),
      name("geojson"),
    );
  };
  const png = async () => {
    const controller = controllerRef.current;
    if (controller === null) {
      setError(p.export.mapNotReady);
      return;
    }
    setError(null);
    const title = overlay
      ? p.export.pngTitle(overlay.indicatorName, p.kinds[kind], p.levels.kommun)
      : p.export.pngTitle(p.indicators[indicator], p.kinds[kind], p.levels[level]) +
        (model.scenarioActive ? p.export.scenarioSuffix : "");
    const blob = await controller.exportPng(
      PNG_SIZE,
      {
        title,
        dataDate: overlay ? overlay.dataLine(summary.reportDate) : p.export.pngDataDate(summary.reportDate),
        attribution: p.export.pngAttribution,
      },
      {
        title: legend.title,
        items: legend.items.map((i) => ({ colour: i.colour, label: i.label })),
        notes: legend.notes,
      },
    );
    // The car indicator's part of the name gives way to the transit indicator's.
    const file = overlay
      ? name("png").replace(/_[A-Za-z0-9]+\.png$/, `_kollektivtrafik_${overlay.indicator}.png`)
      : name("png");
    download(blob, file);
  };

  return (
    <div className="planner-exports" ref={rootRef} data-testid="planner-exports">
      <button
        ref={toggleRef}
        type="button"
        className="planner-exports__toggle"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen(!open)}
        data-testid="planner-export-menu"
      >
        {p.export.title}
      </button>
      <div
        id={`${id}-menu`}
        className="planner-exports__menu"
        role="group"
        aria-label={p.export.title}
        hidden={!open}
      >
        <button type="button" onClick={() => csv("utf8")} data-testid="planner-export-csv">
          {p.export.csv}
        </button>
        <button type="button" onClick={() => csv("excel")} data-testid="planner-export-excel">
          {p.export.excel}
        </button>
        <button
          type="button"
          onClick={geojson}
          disabled={geometry === null}
          data-testid="planner-export-geojson"
        >
          {p.export.geojson}
        </button>
        <button type="button" onClick={() => void png()} data-testid="planner-export-png">
          {p.export.png}
        </button>
      </div>
      {error && <span role="alert">{error}</span>}
    </div>
  );
}
