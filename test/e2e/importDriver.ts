// Page object for the import panel (issue 11): every selector of the import cases lives here.
import type { Locator, Page } from "playwright-core";

const S = {
  panel: '[data-testid="import-panel"]',
  file: '[data-testid="import-file"]',
  drop: '[data-testid="import-drop"]',
  preview: '[data-testid="import-preview"]',
  summary: '[data-testid="import-summary"]',
  rejectedRows: '[data-testid="import-rejected"] tbody tr',
  acceptedRows: '[data-testid="import-accepted"] tbody tr',
  encoding: '[data-testid="import-encoding"]',
  delimiter: '[data-testid="import-delimiter"]',
  coordinates: '[data-testid="import-coordinates"]',
  confirm: '[data-testid="import-confirm"]',
  error: '[data-testid="import-error"]',
  imported: '[data-testid="imported-summary"]',
  bilaga3: '[data-testid="imported-bilaga3"]',
  importedReach: '[data-testid="imported-reach"]',
  legendRow: '[data-testid="legend-imported"]',
  list: '[data-testid="imported-list"]',
  nearest: '[data-testid="imported-nearest-item"]',
  whatIfImported: '[data-testid="what-if-imported"]',
  whatIfResult: '[data-testid="what-if-result"] tbody tr',
  map: ".maplibregl-map",
} as const;

export interface ReportRow {
  line: number;
  cells: string[];
}

export class ImportPanelDriver {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.locator(S.panel);
  }

  async chooseFile(name: string, bytes: Buffer): Promise<void> {
    await this.page.locator(S.file).setInputFiles({ name, mimeType: "text/csv", buffer: bytes });
  }

  /** Drops a file on the drop zone as a browser does: a DataTransfer holding a File. */
  async dropFile(name: string, bytes: Buffer): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, data }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(data)], name, { type: "text/csv" }));
        return transfer;
      },
      { name, data: [...bytes] },
    );
    await this.page.locator(S.drop).dispatchEvent("dragover", { dataTransfer });
    await this.page.locator(S.drop).dispatchEvent("drop", { dataTransfer });
  }

  async waitForReport(timeoutMs: number): Promise<string> {
    const summary = this.page.locator(S.summary);
    await summary.waitFor({ state: "visible", timeout: timeoutMs });
    return (await summary.innerText()).trim();
  }

  async waitForError(timeoutMs: number): Promise<string> {
    const error = this.page.locator(S.error);
    await error.waitFor({ state: "visible", timeout: timeoutMs });
    return (await error.innerText()).trim();
  }

  private rows(selector: string): Promise<ReportRow[]> {
    return this.page.locator(selector).evaluateAll((rows) =>
      rows.map((row) => ({
        line: Number(row.getAttribute("data-line")),
        cells: [...row.children].map((cell) => (cell.textContent ?? "").trim()),
      })),
    );
  }

  rejected(): Promise<ReportRow[]> {
    return this.rows(S.rejectedRows);
  }

  accepted(): Promise<ReportRow[]> {
    return this.rows(S.acceptedRows);
  }

  /** The selected option's text of the encoding, delimiter and coordinate choices. */
  async choices(): Promise<{ encoding: string; delimiter: string; coordinates: string }> {
    const selected = (selector: string) =>
      this.page.locator(selector).evaluate((el) => {
        const select = el as HTMLSelectElement;
        return select.options[select.selectedIndex]?.text ?? "";
      });
    return {
      encoding: await selected(S.encoding),
      delimiter: await selected(S.delimiter),
      coordinates: await selected(S.coordinates),
    };
  }

  async confirm(): Promise<void> {
    await this.page.locator(S.confirm).click();
    await this.page.locator(S.imported).waitFor({ state: "visible", timeout: 10_000 });
  }

  /** Clicks "Exportera som CSV" and returns the downloaded file's name and text. */
  async exportCsv(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download", { timeout: 10_000 }),
      this.page.locator('[data-testid="import-export"]').click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
  }

  async importedText(): Promise<string> {
    return (await this.page.locator(S.imported).innerText()).trim();
  }

  async bilaga3Text(): Promise<string> {
    return (await this.page.locator(S.bilaga3).innerText()).trim();
  }

  /** Waits until the provider travel-time line has figures. */
  async importedReachText(timeoutMs: number): Promise<string> {
    const line = this.page.locator(S.importedReach, { hasText: /median/ });
    await line.waitFor({ state: "visible", timeout: timeoutMs });
    return (await line.innerText()).trim();
  }

  async legendRowText(): Promise<string | null> {
    const row = this.page.locator(S.legendRow);
    return (await row.count()) === 0 ? null : (await row.innerText()).trim();
  }

  /** The map's own count of imported places it holds (set after the map is idle). */
  async mapImportedCount(expected: number, timeoutMs: number): Promise<number> {
    await this.page
      .waitForFunction(
        ({ selector, expected }) =>
          document.querySelector<HTMLElement>(selector)?.dataset.importedPlaces === String(expected),
        { selector: S.map, expected },
        { timeout: timeoutMs, polling: 200 },
      )
      .catch(() => undefined);
    return Number(await this.page.locator(S.map).first().getAttribute("data-imported-places"));
  }

  /** The panel's right edge lies inside the viewport (content cut off by an overflowing parent fails). */
  async fitsViewport(): Promise<boolean> {
    return this.panel.evaluate(
      (el) => el.getBoundingClientRect().right <= document.documentElement.clientWidth,
    );
  }

  async scrollToMap(): Promise<void> {
    await this.page.locator(S.map).first().scrollIntoViewIfNeeded();
  }

  async listText(): Promise<string> {
    const list = this.page.locator(S.list);
    await list.waitFor({ state: "visible", timeout: 10_000 });
    return (await list.innerText()).trim();
  }

  async nearestItems(timeoutMs: number): Promise<string[]> {
    await this.page.locator(S.nearest).first().waitFor({ state: "visible", timeout: timeoutMs });
    return (await this.page.locator(S.nearest).allInnerTexts()).map((t) => t.trim());
  }

  async whatIfImportedNote(timeoutMs: number): Promise<string> {
    const note = this.page.locator(S.whatIfImported);
    await note.waitFor({ state: "visible", timeout: timeoutMs });
    return (await note.innerText()).trim();
  }

  async whatIfRows(timeoutMs: number): Promise<string[][]> {
    await this.page.locator(S.whatIfResult).first().waitFor({ state: "visible", timeout: timeoutMs });
    return this.page
      .locator(S.whatIfResult)
      .evaluateAll((rows) =>
        rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? "").trim())),
      );
  }

  /** Everything the page could have written: cookies, both storages and IndexedDB databases. */
  async storageUse(): Promise<{
    cookies: number;
    localStorage: number;
    sessionStorage: number;
    indexedDb: number;
  }> {
    const cookies = (await this.page.context().cookies()).length;
    const inPage = await this.page.evaluate(async () => ({
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      indexedDb: (await indexedDB.databases()).length,
      documentCookie: document.cookie.length,
    }));
    return {
      cookies: cookies + inPage.documentCookie,
      localStorage: inPage.localStorage,
      sessionStorage: inPage.sessionStorage,
      indexedDb: inPage.indexedDb,
    };
  }
}
