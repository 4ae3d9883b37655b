// The GTFS reader's validation: each notice it emits, with its file and line, and the valid rows kept.
// One small feed holds one deliberate fault per row named in the comments (line numbers count the header
// as line 1).
import { describe, expect, it } from "vitest";
import { readGtfs, serviceRuns, summarizeNotices } from "../../../src/data/gtfs/read.ts";

const FILES: Record<string, string> = {
  "feed/agency.txt":
    "agency_id,agency_name,agency_url,agency_timezone\n1,Testtrafik,https://example.org,Europe/Stockholm",
  "feed/feed_info.txt":
    "feed_id,feed_publisher_name,feed_publisher_url,feed_lang,feed_version\nSE-test,Testutgivare,https://example.org,sv,2023-01-01",
  "feed/stops.txt": [
    "stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station",
    "A,Alfa,65.0,20.0,0,STA", // 2
    "B,Beta,65.0,20.1,0,", // 3
    "C,Gamma,65.0,20.2,0,NOPE", // 4 foreign_key_violation (parent kept out, stop kept)
    "A,Alfa again,65.0,20.0,0,", // 5 duplicate_key
    "D,Delta,,,0,", // 6 stop_without_location
    "E,Epsilon,40.0,20.0,0,", // 7 stop_too_far_from_sweden
    "F,Phi,65.0,20.3,7,", // 8 unexpected_enum_value
    "STA,Alfa station,65.0,20.0,1,", // 9
    "G,Unused,65.1,20.0,0,", // 10 stop_without_stop_time (warning, kept)
  ].join("\n"),
  "feed/routes.txt": ["route_id,agency_id,route_short_name,route_type", "R1,1,1,700", "R2,1,2,bus"].join(
    "\n",
  ), // 3 invalid_integer
  "feed/calendar.txt": [
    "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date",
    "WD,1,1,1,1,1,0,0,20230101,20231231", // 2
    "BAD,1,1,1,1,1,0,0,2023-01-01,20231231", // 3 invalid_date
  ].join("\n"),
  "feed/calendar_dates.txt": [
    "service_id,date,exception_type",
    "WD,20230315,2", // 2 removed
    "EX,20230318,1", // 3 added
    "EX,20230318,1", // 4 duplicate_key
    "EX,20230319,5", // 5 unexpected_enum_value
  ].join("\n"),
  "feed/trips.txt": [
    "route_id,service_id,trip_id",
    "R1,WD,T1", // 2
    "R9,WD,T2", // 3 foreign_key_violation (route)
    "R1,NOPE,T3", // 4 foreign_key_violation (service)
    "R1,WD,T1", // 5 duplicate_key
    "R1,EX,T4", // 6 unusable_trip (one valid stop time left)
    "R1,,T5", // 7 missing_required_field
  ].join("\n"),
  "feed/stop_times.txt": [
    "trip_id,arrival_time,departure_time,stop_id,stop_sequence",
    "T1,08:00:00,08:00:00,A,1", // 2
    "T1,08:10:00,08:11:00,B,2", // 3
    "T1,08:05:00,08:05:00,C,3", // 4 stop_time_with_arrival_before_previous_departure_time
    "T1,08:20:00,08:20:00,C,4", // 5 kept: compared with line 3
    "T1,08:21:00,08:21:00,B,4", // 6 duplicate_key (trip T1, sequence 4)
    "T9,08:00:00,08:00:00,A,1", // 7 foreign_key_violation (trip)
    "T4,08:00:00,08:00:00,Z,1", // 8 foreign_key_violation (stop)
    "T4,8:00,08:00:00,A,2", // 9 invalid_time
    "T4,08:30:00,08:29:00,B,3", // 10 stop_time_with_departure_before_arrival_time
    "T4,,,C,4", // 11 stop_time_without_time (warning, dropped)
    "T4,25:10:00,25:10:00,C,x", // 12 invalid_integer (stop_sequence)
    "T4,24:10:00,24:10:00,C,6", // 13 kept (past midnight)
    "T1,08:21:00,08:21:00,A,5", // 14 fast_travel_between_consecutive_stops (C → A, 9.4 km in 1 min)
  ].join("\n"),
  "feed/transfers.txt": [
    "from_stop_id,to_stop_id,transfer_type,min_transfer_time",
    "A,B,2,120", // 2
    "A,Q,2,120", // 3 foreign_key_violation
    "A,B,2,-5", // 4 invalid_integer
  ].join("\n"),
};

const read = () => readGtfs(new Map(Object.entries(FILES)));

describe("readGtfs validation", () => {
  const { feed, notices } = read();
  const at = (code: string) => notices.filter((n) => n.code === code).map((n) => `${n.file}:${n.line}`);

  it("reports each fault with its validator code, file and line", () => {
    expect(at("foreign_key_violation")).toEqual([
      "stops.txt:4",
      "trips.txt:3",
      "trips.txt:4",
      "stop_times.txt:7",
      "stop_times.txt:8",
      "transfers.txt:3",
    ]);
    expect(at("duplicate_key")).toEqual([
      "stops.txt:5",
      "calendar_dates.txt:4",
      "trips.txt:5",
      "stop_times.txt:6",
    ]);
    expect(at("stop_without_location")).toEqual(["stops.txt:6"]);
    expect(at("stop_too_far_from_sweden")).toEqual(["stops.txt:7"]);
    expect(at("unexpected_enum_value")).toEqual(["stops.txt:8", "calendar_dates.txt:5"]);
    expect(at("invalid_integer")).toEqual(["routes.txt:3", "stop_times.txt:12", "transfers.txt:4"]);
    expect(at("invalid_date")).toEqual(["calendar.txt:3"]);
    expect(at("missing_required_field")).toEqual(["trips.txt:7"]);
    expect(at("invalid_time")).toEqual(["stop_times.txt:9"]);
    expect(at("stop_time_with_departure_before_arrival_time")).toEqual(["stop_times.txt:10"]);
    expect(at("stop_time_without_time")).toEqual(["stop_times.txt:11"]);
    expect(at("stop_time_with_arrival_before_previous_departure_time")).toEqual(["stop_times.txt:4"]);
    expect(at("fast_travel_between_consecutive_stops")).toEqual(["stop_times.txt:14"]);
    expect(at("unusable_trip")).toEqual(["trips.txt:6"]);
    expect(at("stop_without_stop_time")).toEqual(["stops.txt:10"]);
  });

  it("keeps every valid row", () => {
    expect(feed!.stops.map((s) => s.id)).toEqual(["A", "B", "C", "STA", "G"]);
    expect(feed!.stops[0]!.parent).toBe(3);
    expect(feed!.stops[2]!.parent).toBe(-1);
    expect(feed!.routes.map((r) => r.id)).toEqual(["R1"]);
    expect(feed!.trips.map((t) => t.id)).toEqual(["T1", "T4"]);
    const st = feed!.stopTimes;
    const t1 = [...st.line.subarray(st.tripStart[0], st.tripStart[1])];
    expect(t1).toEqual([2, 3, 5, 14]);
    const t4 = [...st.line.subarray(st.tripStart[1], st.tripStart[2])];
    expect(t4).toEqual([13]);
    expect(st.arrival[st.tripStart[1]!]).toBe(24 * 3600 + 10 * 60);
    expect(feed!.transfers).toEqual([{ from: 0, to: 1, type: 2, minTransferTime: 120 }]);
  });

  it("reads the calendar with its exceptions", () => {
    const wd = feed!.services.get("WD")!;
    const ex = feed!.services.get("EX")!;
    expect(serviceRuns(wd, 20230314)).toBe(true); // Tuesday
    expect(serviceRuns(wd, 20230315)).toBe(false); // removed
    expect(serviceRuns(wd, 20230318)).toBe(false); // Saturday
    expect(serviceRuns(ex, 20230318)).toBe(true); // added
    expect(serviceRuns(ex, 20230317)).toBe(false);
    expect(feed!.services.has("BAD")).toBe(false);
  });

  it("takes the feed's name, publisher, version and first and last service dates", () => {
    expect(feed!.info).toEqual({
      id: "SE-test",
      name: "Testtrafik",
      publisher: "Testutgivare",
      feedVersion: "2023-01-01",
      validFrom: "2023-01-01",
      validTo: "2023-12-31",
      attribution: "Testutgivare",
    });
  });

  it("groups notices by code for summary.json, errors first, with the first place each occurs", () => {
    const summary = summarizeNotices(notices);
    expect(summary.errors).toBe(notices.filter((n) => n.severity === "ERROR").length);
    expect(summary.warnings).toBe(4);
    const fk = summary.notices.find((n) => n.code === "foreign_key_violation")!;
    expect(fk).toEqual({
      code: "foreign_key_violation",
      severity: "ERROR",
      count: 6,
      first: { file: "stops.txt", line: 4 },
    });
    expect(summary.notices.at(-1)!.severity).toBe("WARNING");
  });

  it("refuses a feed without the required files, and one without any calendar", () => {
    const without = (...names: string[]) =>
      readGtfs(new Map(Object.entries(FILES).filter(([name]) => !names.some((n) => name.endsWith(n)))));
    const noStops = without("stops.txt");
    expect(noStops.feed).toBeNull();
    expect(noStops.notices.map((n) => `${n.code} ${n.file}`)).toEqual(["missing_required_file stops.txt"]);
    const noCalendar = without("calendar.txt", "calendar_dates.txt");
    expect(noCalendar.feed).toBeNull();
    expect(noCalendar.notices.map((n) => n.code)).toEqual(["missing_calendar_and_calendar_date_files"]);
  });

  it("reports a row with the wrong number of cells and keeps the others", () => {
    const routes = [
      "route_id,agency_id,route_short_name,route_type",
      "R1,1,1,700",
      "R3,1,3",
      "R4,1,4,3",
    ].join("\n");
    const { feed: f, notices: n } = readGtfs(
      new Map(Object.entries({ ...FILES, "feed/routes.txt": routes })),
    );
    expect(n.filter((x) => x.code === "csv_parsing_failed").map((x) => `${x.file}:${x.line}`)).toEqual([
      "routes.txt:3",
    ]);
    expect(f!.routes.map((r) => r.id)).toEqual(["R1", "R4"]);
  });

  it("warns that frequency-based trips are read as their single listed run", () => {
    const { notices: n } = readGtfs(
      new Map(
        Object.entries({
          ...FILES,
          "feed/frequencies.txt": "trip_id,start_time,end_time,headway_secs\nT1,06:00:00,09:00:00,600",
        }),
      ),
    );
    expect(
      n.filter((x) => x.code === "frequencies_not_supported").map((x) => `${x.severity} ${x.file}`),
    ).toEqual(["WARNING frequencies.txt"]);
    expect(at("frequencies_not_supported")).toEqual([]);
  });

  it("reports a missing column and keeps reading the other files", () => {
    const { feed: f, notices: n } = readGtfs(
      new Map(Object.entries({ ...FILES, "feed/transfers.txt": "from_stop_id,to_stop_id\nA,B" })),
    );
    expect(n.filter((x) => x.code === "missing_required_column").map((x) => `${x.file}:${x.line}`)).toEqual([
      "transfers.txt:1",
    ]);
    expect(f!.transfers).toEqual([]);
    expect(f!.trips.length).toBe(2);
  });
});
