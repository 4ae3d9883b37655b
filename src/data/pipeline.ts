// The whole data build as one pure function: file texts in, typed outputs and issues out.
// scripts/build-data.ts does the file I/O; tests call this directly with fixtures.
import type { Feature, FeatureCollection } from "geojson";
import type {
  AreaGeometry,
  ContractedService,
  DistanceService,
  KommunCollection,
  KommunProps,
  MeetingPlaceCollection,
  RegionCollection,
  RegionProps,
  BaseSummary,
} from "./schema.ts";
import { readCsv, type DataIssue, type Parsed } from "./csv.ts";
import { REPORT_DATE, REPORT_DIARIENUMMER, REPORT_TITLE } from "./reportMeta.ts";
import {
  parseGeonamesCities,
  parseKommunSeats,
  SEAT_CORRECTIONS_FILE,
  parseKommuner,
  parseStadsdelCentroids,
  parseWikipediaPoints,
  type Kommun,
  type NamedPoint,
} from "./reference.ts";
import {
  applyCorrections,
  classifyRow,
  findIdenticalRows,
  parseContractedServices,
  parseCorrections,
  parseKommunList,
  parseReportTable,
  resolveKommun,
} from "./report.ts";
import { attachPositions, buildMeetingPlaces, parsePositions, round, type ClassifiedRow } from "./places.ts";
import {
  computeCounts,
  kommunProperties,
  parseDiscrepancyNotes,
  parseReportFigures,
  reconcile,
  reportStatesOf,
} from "./reconcile.ts";
import { areaKm2, dissolveByKey } from "../geo/dissolve.ts";
import { distanceOutsideM } from "../geo/inside.ts";
import { labelPoint } from "../geo/labelPoint.ts";

/** The project's curated tables, relative to the repo root. */
export const PROJECT_FILES = {
  bilaga1: "data/bilaga1_servicekontor.csv",
  bilaga2: "data/bilaga2_bokade_moten.csv",
  bilaga3: "data/bilaga3_avtalade_tjanster.csv",
  glesbygd: "data/glesbygdskommuner.csv",
  distansservice: "data/distansservice.csv",
  corrections: "data/corrections.csv",
  positions: "data/positions.csv",
  reportFigures: "data/report_figures.csv",
  discrepancies: "data/discrepancies.csv",
  seatCorrections: SEAT_CORRECTIONS_FILE,
} as const;

/** Third-party files, relative to the shared data directory (NARVARO_DATA_DIR, default ../shared/data). */
export const SHARED_FILES = {
  kommuner: "admin/kommuner.csv",
  kommunPolygons: "admin/swedish_municipalities.geojson",
  seats: "places/geonames_cities500_SE/kommun_seats_SE.csv",
  geonames: "places/geonames_cities500_SE/cities500_SE.txt",
  wikipedia: "places/wikipedia_points/wikipedia_place_points.csv",
  stadsdelar: "places/stockholm_stadsdelar/stadsdelar_centroids_DERIVED.csv",
} as const;

export type SourceTexts = Record<keyof typeof PROJECT_FILES | keyof typeof SHARED_FILES, string>;

export interface BuildOutputs {
  summary: BaseSummary;
  kommuner: KommunCollection;
  faRegioner: RegionCollection;
  lan: RegionCollection;
  meetingPlaces: MeetingPlaceCollection;
  /** Rows the report lists identically (kept, reported). */
  identicalRows: { table: string; rows: number[]; text: string }[];
}

export interface BuildResult {
  outputs: BuildOutputs | null;
  issues: DataIssue[];
}

/** Collects issues from each parse step so one run reports every problem, not just the first. */
class IssueLog {
  readonly issues: DataIssue[] = [];
  take<T>(parsed: Parsed<T>): T[] {
    this.issues.push(...parsed.issues);
    return parsed.rows;
  }
}

export function buildData(texts: SourceTexts, dataDir = "../shared/data"): BuildResult {
  const log = new IssueLog();
  const sharedFile = (key: keyof typeof SHARED_FILES) => `${dataDir}/${SHARED_FILES[key]}`;

  const kommuner = log.take(parseKommuner(texts.kommuner, sharedFile("kommuner")));
  const seats = log.take(
    parseKommunSeats(texts.seats, sharedFile("seats"), {
      text: texts.seatCorrections,
      file: PROJECT_FILES.seatCorrections,
    }),
  );
  const geonames = log.take(parseGeonamesCities(texts.geonames, sharedFile("geonames")));
  const wikipedia = log.take(parseWikipediaPoints(texts.wikipedia, sharedFile("wikipedia")));
  const stadsdelar = log.take(parseStadsdelCentroids(texts.stadsdelar, sharedFile("stadsdelar")));

  const rows = [
    ...log.take(parseReportTable(texts.bilaga1, PROJECT_FILES.bilaga1, "bilaga1")),
    ...log.take(parseReportTable(texts.bilaga2, PROJECT_FILES.bilaga2, "bilaga2")),
  ];
  const positions = log.take(parsePositions(texts.positions, PROJECT_FILES.positions));
  log.issues.push(...attachPositions(rows, positions, PROJECT_FILES.positions));
  const corrections = log.take(parseCorrections(texts.corrections, PROJECT_FILES.corrections));
  const { applied, issues: correctionIssues } = applyCorrections(
    rows,
    corrections,
    PROJECT_FILES.corrections,
  );
  log.issues.push(...correctionIssues);

  const classified: ClassifiedRow[] = [];
  for (const row of rows) {
    const resolved = resolveKommun(row.fields.source_kommun!, row.fields.source_lan!, kommuner, row);
    const classification = classifyRow(row);
    if ("issue" in resolved) log.issues.push(resolved.issue);
    else if ("issue" in classification) log.issues.push(classification.issue);
    else classified.push({ row, kommun: resolved.kommun, ...classification });
  }

  const glesbygd = resolveList(
    log.take(parseKommunList(texts.glesbygd, PROJECT_FILES.glesbygd)),
    kommuner,
    log,
    PROJECT_FILES.glesbygd,
  );

  const { places, issues: placeIssues } = buildMeetingPlaces(
    classified,
    positions,
    {
      seats: new Map(seats.map((s) => [s.kommunKod, s])),
      geonames: new Map(geonames.map((g) => [g.id, g])),
      wikipedia: new Map(wikipedia.map((w) => [w.name, w])),
      stadsdelar: new Map(stadsdelar.map((s) => [s.name, s] as [string, NamedPoint])),
    },
    PROJECT_FILES.positions,
  );
  log.issues.push(...placeIssues);

  // Polygons: every kommun in the table must have exactly one polygon and vice versa.
  const polygons = JSON.parse(texts.kommunPolygons) as FeatureCollection<AreaGeometry, { id: string }>;
  const polygonByKod = new Map(polygons.features.map((f) => [f.properties.id, f.geometry]));
  for (const k of kommuner) {
    if (!polygonByKod.has(k.kod))
      log.issues.push({
        file: sharedFile("kommunPolygons"),
        line: 0,
        reason: `no polygon for kommun ${k.kod} ${k.namn}`,
      });
  }
  if (polygonByKod.size !== kommuner.length)
    log.issues.push({
      file: sharedFile("kommunPolygons"),
      line: 0,
      reason: `${polygonByKod.size} polygons for ${kommuner.length} kommuner`,
    });

  const kommunProps = kommunProperties(kommuner, places, new Set(glesbygd.map((k) => k.kod)));
  const kommunFeatures: Feature<AreaGeometry, KommunProps>[] = kommunProps.flatMap((props) => {
    const geometry = polygonByKod.get(props.kod);
    if (!geometry) return [];
    const [labelLon, labelLat] = labelPoint(geometry);
    const properties: KommunProps = { ...props, labelLon: round(labelLon, 5), labelLat: round(labelLat, 5) };
    return [{ type: "Feature" as const, geometry: roundGeometry(geometry), properties }];
  });

  const faRegioner = regions(
    kommunFeatures,
    (p) => p.faKod,
    (p) => p.faNamn,
  );
  const lan = regions(
    kommunFeatures,
    (p) => p.lanKod,
    (p) => p.lanNamn,
  );

  const positionExceptions = places.flatMap((place) => {
    const area = polygonByKod.get(place.properties.kommunKod);
    const [lon, lat] = place.geometry.coordinates as [number, number];
    const distanceM = area ? distanceOutsideM([lon, lat], area) : Infinity;
    return distanceM > 0
      ? [
          {
            placeId: place.properties.id,
            kommunKod: place.properties.kommunKod,
            distanceM: Math.round(distanceM),
          },
        ]
      : [];
  });

  const counts = computeCounts(kommunProps, places, faRegioner.features.length, lan.features.length);
  const figures = log.take(parseReportFigures(texts.reportFigures, PROJECT_FILES.reportFigures, counts));
  const notes = log.take(parseDiscrepancyNotes(texts.discrepancies, PROJECT_FILES.discrepancies));
  const { discrepancies, issues: reconcileIssues } = reconcile(
    counts,
    figures,
    notes,
    PROJECT_FILES.discrepancies,
  );
  log.issues.push(...reconcileIssues);

  const contractedServices: ContractedService[] = log
    .take(parseContractedServices(texts.bilaga3, PROJECT_FILES.bilaga3))
    .map((s) => ({
      code: s.code,
      name: s.name,
      description: s.description,
      kommunCount: s.kommunCount,
      approvedAddresses: s.approvedAddresses,
      asOf: "2021-08-24",
      sourceRef: `004 Bilaga 3, rad ${s.row} (rapporttextens rad ${s.reportLine}); antal kommuner enligt fotnot 72, antal adresser där tjänsten levereras fysiskt enligt fotnot 73`,
    }));
  const distanceServices = parseDistanceServices(texts.distansservice, log);

  if (log.issues.length > 0) return { outputs: null, issues: log.issues };

  const summary: BaseSummary = {
    reportDate: REPORT_DATE,
    reportTitle: REPORT_TITLE,
    reportDiarienummer: REPORT_DIARIENUMMER,
    generatedFrom: { dataDir, kommunerPopulationYear: kommuner[0]?.befolkningAr ?? 0 },
    counts,
    reportStates: reportStatesOf(figures),
    discrepancies,
    corrections: applied,
    positionExceptions,
    contractedServices,
    distanceServices,
    kommuner: kommunProps.map((k) => ({
      kod: k.kod,
      namn: k.namn,
      lanKod: k.lanKod,
      faKod: k.faKod,
      befolkning: k.befolkning,
      glesbygd: k.glesbygd,
      landsbygd: k.landsbygd,
      presence: k.presence,
    })),
  };
  return {
    outputs: {
      summary,
      kommuner: { type: "FeatureCollection", features: kommunFeatures },
      faRegioner,
      lan,
      meetingPlaces: { type: "FeatureCollection", features: places },
      identicalRows: findIdenticalRows(rows),
    },
    issues: [],
  };
}

function resolveList(
  list: { line: number; kommun: string }[],
  kommuner: readonly Kommun[],
  log: IssueLog,
  file: string,
): Kommun[] {
  return list.flatMap(({ line, kommun }) => {
    const found = kommuner.find((k) => k.namn === kommun);
    if (!found) {
      log.issues.push({ file, line, field: "source_kommun", reason: `unknown kommun "${kommun}"` });
      return [];
    }
    return [found];
  });
}

function regions(
  kommunFeatures: Feature<AreaGeometry, KommunProps>[],
  keyOf: (p: KommunProps) => string,
  nameOf: (p: KommunProps) => string,
): RegionCollection {
  const dissolved = dissolveByKey(kommunFeatures, keyOf);
  const features: Feature<AreaGeometry, RegionProps>[] = [...dissolved].map(([kod, region]) => {
    const members = kommunFeatures.filter((f) => keyOf(f.properties) === kod);
    const label = labelPoint(region.geometry);
    return {
      type: "Feature",
      geometry: roundGeometry(region.geometry),
      properties: {
        kod,
        namn: nameOf(members[0]!.properties),
        befolkning: members.reduce((sum, f) => sum + f.properties.befolkning, 0),
        kommunCount: region.memberCount,
        areaKm2: Math.round(areaKm2(region.geometry)),
        labelLon: round(label[0], 5),
        labelLat: round(label[1], 5),
      },
    };
  });
  return { type: "FeatureCollection", features };
}

/** 5 decimals (≈1 m) is finer than the 2 %-simplified polygons; it cuts file size by a third. */
function roundGeometry(geometry: AreaGeometry): AreaGeometry {
  const ring = (r: number[][]) => r.map(([lon, lat]) => [round(lon!, 5), round(lat!, 5)]);
  return geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: geometry.coordinates.map(ring) }
    : { type: "MultiPolygon", coordinates: geometry.coordinates.map((polygon) => polygon.map(ring)) };
}

function parseDistanceServices(text: string, log: IssueLog): DistanceService[] {
  const file = PROJECT_FILES.distansservice;
  const csv = log.take(
    readCsv(text, file, [
      "id",
      "channel",
      "audience",
      "label_sv",
      "label_en",
      "value",
      "source_quote",
      "source_line",
    ]),
  );
  return csv.flatMap(({ line, values: v }) => {
    if (v.channel !== "phone" && v.channel !== "digital") {
      log.issues.push({
        file,
        line,
        field: "channel",
        reason: `expected phone or digital, got "${v.channel}"`,
      });
      return [];
    }
    return [
      {
        id: v.id!,
        channel: v.channel,
        audience: v.audience!,
        labelSv: v.label_sv!,
        labelEn: v.label_en!,
        value: v.value!,
        sourceRef: `004, rapporttextens rad ${v.source_line}: “${v.source_quote}”`,
      },
    ];
  });
}
