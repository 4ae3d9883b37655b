// Report 004's identity, used by the data build (summary.json) and by the page header, which shows the
// date before any data file has arrived (so nothing shifts when the summary loads).
export const REPORT_DATE = "2021-10-01";
export const REPORT_TITLE = "Slutredovisning – Likvärdig service i hela landet";
export const REPORT_DIARIENUMMER = "Af-2021/00114021";
