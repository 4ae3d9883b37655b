// Builders for hand-made GTFS feeds in tests: stops placed by metres east of [20°E, 65°N] (1 km ≈ 0.0213°
// of longitude there), trips written as "stop@HH:MM[:SS]" lists. The texts go through readGtfs, as a
// real feed does.
import { readGtfs } from "../../../src/data/gtfs/read.ts";
import type { ParsedFeed, TransitOptions } from "../../../src/geo/transit/types.ts";

export const LAT0 = 65;
export const LON0 = 20;
const M_PER_DEG_LON = (Math.PI / 180) * 6_371_008.8 * Math.cos((LAT0 * Math.PI) / 180);

/**
 * [lon, lat] of a point `eastM` metres east (and `northM` north) of the origin, scaled by 0.9995 so a
 * nominal 300 m is a hair under 300 m on the sphere and its walk, rounded up to whole seconds, is exactly
 * 180 s (not 181 s from coordinate rounding).
 */
export function at(eastM: number, northM = 0): [number, number] {
  return [LON0 + (eastM * 0.9995) / M_PER_DEG_LON, LAT0 + (northM * 0.9995) / 111_195];
}

export interface MiniTrip {
  id: string;
  service: string;
  routeType?: number;
  /** "A@08:00" (board and alight), "A@08:00/p1" pickup_type 1 (no boarding), "/d1" drop_off_type 1. */
  stops: string[];
}

export interface MiniFeed {
  /** Metres east, or [east, north], of [20°E, 65°N]. */
  stops: Record<string, number | [number, number]>;
  trips: MiniTrip[];
  /** calendar.txt rows: service → [weekday flags "0010000", start, end]. */
  calendar?: Record<string, [string, string, string]>;
  /** calendar_dates.txt rows: [service, date, exception_type]. */
  calendarDates?: [string, string, 1 | 2][];
  transfers?: string[];
}

export function miniFeedFiles(mini: MiniFeed): Map<string, string> {
  const stops = Object.entries(mini.stops).map(([id, position]) => {
    const [lon, lat] = typeof position === "number" ? at(position) : at(position[0], position[1]);
    return `${id},${id},${lat.toFixed(7)},${lon.toFixed(7)},0,`;
  });
  const routeTypes = [...new Set(mini.trips.map((t) => t.routeType ?? 700))];
  const stopTimes: string[] = [];
  for (const trip of mini.trips)
    trip.stops.forEach((entry, i) => {
      const [where, flags = ""] = entry.split("/");
      const [stop, time] = where!.split("@");
      const full = time!.length === 5 ? `${time}:00` : time!;
      const pickup = flags.includes("p1") ? 1 : 0;
      const dropOff = flags.includes("d1") ? 1 : 0;
      stopTimes.push(`${trip.id},${full},${full},${stop},${i + 1},${pickup},${dropOff}`);
    });
  const calendar = Object.entries(mini.calendar ?? {}).map(
    ([service, [days, start, end]]) => `${service},${days.split("").join(",")},${start},${end}`,
  );
  return new Map([
    [
      "agency.txt",
      "agency_id,agency_name,agency_url,agency_timezone\n1,Mini,https://example.org,Europe/Stockholm\n",
    ],
    ["stops.txt", ["stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station", ...stops].join("\n")],
    [
      "routes.txt",
      ["route_id,agency_id,route_short_name,route_type", ...routeTypes.map((t) => `r${t},1,${t},${t}`)].join(
        "\n",
      ),
    ],
    [
      "trips.txt",
      [
        "route_id,service_id,trip_id",
        ...mini.trips.map((t) => `r${t.routeType ?? 700},${t.service},${t.id}`),
      ].join("\n"),
    ],
    [
      "stop_times.txt",
      [
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence,pickup_type,drop_off_type",
        ...stopTimes,
      ].join("\n"),
    ],
    [
      "calendar.txt",
      [
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date",
        ...calendar,
      ].join("\n"),
    ],
    [
      "calendar_dates.txt",
      ["service_id,date,exception_type", ...(mini.calendarDates ?? []).map((r) => r.join(","))].join("\n"),
    ],
    [
      "transfers.txt",
      ["from_stop_id,to_stop_id,transfer_type,min_transfer_time", ...(mini.transfers ?? [])].join("\n"),
    ],
  ]);
}

export function miniFeed(mini: MiniFeed): ParsedFeed {
  const { feed, notices } = readGtfs(miniFeedFiles(mini));
  const errors = notices.filter((n) => n.severity === "ERROR");
  if (!feed || errors.length > 0) throw new Error(`mini feed invalid: ${JSON.stringify(errors)}`);
  return feed;
}

/** Round numbers for hand arithmetic: 6 km/h straight-line walking = 100 m a minute. */
export const MINI_OPTIONS: TransitOptions = {
  serviceDate: "2023-03-15",
  windowFromMin: 8 * 60,
  windowToMin: 8 * 60,
  walkKmh: 6,
  walkCircuity: 1,
  maxAccessM: 1_500,
  maxTransferM: 500,
  maxTransfers: 3,
  maxTripMin: 120,
  excludedRouteTypes: [1501],
};

/** Every Wednesday of 2023 (the service date 2023-03-15 is a Wednesday). */
export const WEDNESDAYS: [string, string, string] = ["0010000", "20230101", "20231231"];
