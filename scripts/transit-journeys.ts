// The hand cross-check of the transit engine (src/geo/transit/README.md): lists the direct trips between
// two stations of the raw GTFS files on one date, read with plain string splitting (not the project's
// reader), so the engine's answer can be compared with the timetable itself.
// Usage: npx tsx scripts/transit-journeys.ts <from station name> <to station name> [YYYYMMDD]
import { join } from "node:path";
import { read } from "./load-sources.ts";
import { transitFeedFolder } from "./load-transit.ts";

const [fromName, toName, date = "20230322"] = process.argv.slice(2);
if (!fromName || !toName) {
  console.error("usage: npx tsx scripts/transit-journeys.ts <from station> <to station> [YYYYMMDD]");
  process.exit(1);
}
const rows = (file: string) =>
  read(join(transitFeedFolder, file))
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(","));

// Stations by exact name, and their boarding points (parent_station).
const stops = rows("stops.txt");
const stationOf = new Map<string, string>();
const stationIds = (name: string) => stops.filter((s) => s[1] === name && s[4] === "1").map((s) => s[0]!);
const from = new Set(stationIds(fromName));
const to = new Set(stationIds(toName));
for (const s of stops) if (s[5]) stationOf.set(s[0]!, s[5]);
const stopName = new Map(stops.map((s) => [s[0]!, s[1]!]));

// Services running on the date (this feed lists every date in calendar_dates.txt).
const running = new Set(
  rows("calendar_dates.txt")
    .filter((r) => r[1] === date && r[2] === "1")
    .map((r) => r[0]!),
);
const routeName = new Map(rows("routes.txt").map((r) => [r[0]!, `${r[2]} (route_type ${r[4]})`]));
const trips = new Map(
  rows("trips.txt")
    .filter((t) => running.has(t[1]!))
    .map((t) => [t[2]!, routeName.get(t[0]!)!]),
);

// trip_id, arrival_time, departure_time, stop_id, stop_sequence, stop_headsign, pickup_type, drop_off_type, …
const byTrip = new Map<string, string[][]>();
for (const r of rows("stop_times.txt")) {
  if (!trips.has(r[0]!)) continue;
  let list = byTrip.get(r[0]!);
  if (!list) byTrip.set(r[0]!, (list = []));
  list.push(r);
}
for (const [trip, list] of byTrip) {
  list.sort((a, b) => Number(a[4]) - Number(b[4]));
  const board = list.findIndex((r) => from.has(stationOf.get(r[3]!) ?? "") && r[6] !== "1");
  if (board < 0) continue;
  const alight = list.findIndex((r, i) => i > board && to.has(stationOf.get(r[3]!) ?? "") && r[7] !== "1");
  if (alight < 0) continue;
  const b = list[board]!;
  const a = list[alight]!;
  console.log(
    `${date} trip ${trip} line ${trips.get(trip)}: ${stopName.get(b[3]!)} [${b[3]}] dep ${b[2]} → ` +
      `${stopName.get(a[3]!)} [${a[3]}] arr ${a[1]}`,
  );
}
