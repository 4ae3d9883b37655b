// Page object for the planner's public-transport section (issue 12): every selector of the transit cases.
//   transit-section        the section; transit-feed (feed, date, window), transit-date, transit-gaps,
//                          transit-no-connection, transit-footnote48, transit-table (tbody tr[data-kod],
//                          cells td[data-col="<group>-car|<group>-transit"], td[data-col="noConnection"]),
//                          transit-validation (details) with transit-validation-summary and
//                          transit-validation-table (tbody tr[data-code][data-severity])
//   transit-loader         the loader: transit-file-zip, transit-file-folder, transit-file-txt, transit-drop,
//                          transit-privacy, transit-load-status, transit-computed, transit-load-error,
//                          transit-options with transit-date-input…, transit-compute, transit-clear
//   transit-source         the <select> between the build's feed and a loaded one
//   planner-transit-indicator   the planner control that puts a transit indicator on the map
import type { Locator, Page } from "playwright-core";

const S = {
  section: '[data-testid="transit-section"]',
  rows: '[data-testid="transit-table"] tbody tr[data-kod]',
  zip: '[data-testid="transit-file-zip"]',
  folder: '[data-testid="transit-file-folder"]',
  txt: '[data-testid="transit-file-txt"]',
  computed: '[data-testid="transit-computed"]',
  loadError: '[data-testid="transit-load-error"]',
  validation: '[data-testid="transit-validation"]',
  noticeRows: '[data-testid="transit-validation-table"] tbody tr',
  indicator: '[data-testid="planner-transit-indicator"]',
  legend: '[data-testid="planner-legend"]',
} as const;

export interface TransitRowText {
  kod: string;
  name: string;
  /** data-col → text */
  cells: Record<string, string>;
}

export interface NoticeRowText {
  code: string;
  severity: string;
  cells: string[];
}

export class TransitSectionDriver {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.locator(S.section);
  }

  by(testId: string): Locator {
    return this.page.locator(`[data-testid="${testId}"]`);
  }

  async text(testId: string): Promise<string> {
    return ((await this.by(testId).textContent()) ?? "").replace(/\s+/g, " ").trim();
  }

  async waitRows(count: number, timeoutMs = 30_000): Promise<void> {
    await this.page.waitForFunction(
      ([selector, n]) => document.querySelectorAll(selector as string).length === n,
      [S.rows, count] as const,
      { timeout: timeoutMs, polling: 100 },
    );
  }

  async rows(): Promise<TransitRowText[]> {
    return this.page.locator(S.rows).evaluateAll((rows) =>
      rows.map((row) => ({
        kod: row.getAttribute("data-kod") ?? "",
        name: (row.querySelector("th")?.childNodes[0]?.textContent ?? "").trim(),
        cells: Object.fromEntries(
          [...row.querySelectorAll("td[data-col]")].map((td) => [
            td.getAttribute("data-col") ?? "",
            (td.textContent ?? "").replace(/\s+/g, " ").trim(),
          ]),
        ),
      })),
    );
  }

  /** Chooses a zip through the zip input and waits for the computed figures. */
  async loadZip(file: string, timeoutMs: number): Promise<string> {
    await this.page.locator(S.zip).setInputFiles(file);
    return this.waitComputed(file.slice(file.lastIndexOf("/") + 1), timeoutMs);
  }

  /** Chooses several .txt files at once (as a folder picker hands them over). */
  async loadFiles(
    files: { name: string; mimeType: string; buffer: Buffer }[],
    timeoutMs: number,
  ): Promise<string> {
    await this.page.locator(S.txt).setInputFiles(files);
    return this.waitComputed(`${files[0]!.name} + ${files.length - 1}`, timeoutMs);
  }

  /** Picks a whole folder through the folder input (webkitdirectory), as a user choosing it would. */
  async loadFolder(folder: string, timeoutMs: number): Promise<string> {
    await this.page.locator(S.folder).setInputFiles(folder);
    return this.waitComputed(`${folder.slice(folder.lastIndexOf("/") + 1)}/`, timeoutMs);
  }

  /** Drops a file on the section as a browser does: a DataTransfer holding a File. */
  async dropFile(name: string, bytes: Buffer, timeoutMs: number): Promise<string> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, base64 }) => {
        const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([data], name, { type: "application/zip" }));
        return transfer;
      },
      { name, base64: bytes.toString("base64") },
    );
    const drop = this.page.locator('[data-testid="transit-drop"]');
    await drop.dispatchEvent("dragover", { dataTransfer });
    await drop.dispatchEvent("drop", { dataTransfer });
    return this.waitComputed(name, timeoutMs);
  }

  async chooseBadFile(name: string, bytes: Buffer, timeoutMs: number): Promise<string> {
    await this.page.locator(S.zip).setInputFiles({ name, mimeType: "application/zip", buffer: bytes });
    const error = this.page.locator(S.loadError);
    await error.waitFor({ state: "visible", timeout: timeoutMs });
    return ((await error.textContent()) ?? "").trim();
  }

  /**
   * Waits for the figures of the file (or folder) whose shown name contains `file`: the previous load's
   * line stays until the new one replaces it, so the name tells them apart.
   */
  async waitComputed(file: string, timeoutMs: number): Promise<string> {
    const done = this.page.locator(S.computed);
    await this.page.waitForFunction(
      ([selector, part]) => {
        const element = document.querySelector(selector as string);
        return element !== null && (element.getAttribute("data-file") ?? "").includes(part as string);
      },
      [S.computed, file] as const,
      { timeout: timeoutMs, polling: 100 },
    );
    return ((await done.textContent()) ?? "").trim();
  }

  async notices(): Promise<NoticeRowText[]> {
    return this.page.locator(S.noticeRows).evaluateAll((rows) =>
      rows.map((row) => ({
        code: row.getAttribute("data-code") ?? "",
        severity: row.getAttribute("data-severity") ?? "",
        cells: [...row.children].map((c) => (c.textContent ?? "").trim()),
      })),
    );
  }

  async validationOpen(): Promise<boolean> {
    return this.page.locator(S.validation).evaluate((d) => (d as HTMLDetailsElement).open);
  }

  async chooseSource(value: "build" | "loaded"): Promise<void> {
    await this.by("transit-source").selectOption(value);
  }

  async chooseMapIndicator(value: string): Promise<void> {
    await this.page.locator(S.indicator).selectOption(value);
  }

  async legendText(): Promise<{ layer: string | null; text: string }> {
    const legend = this.page.locator(S.legend);
    return { layer: await legend.getAttribute("data-layer"), text: (await legend.innerText()).trim() };
  }

  /** On a narrow screen the planner shows one tab at a time; on a wide one every pane is shown. */
  async showTab(tab: "transit" | "map" = "transit"): Promise<void> {
    const button = this.page.locator(`[data-testid="planner-tab-${tab}"]`);
    if (await button.isVisible()) await button.click();
  }
}
