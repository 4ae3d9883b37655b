// The import panel's state: the chosen File (kept in memory for a re-read with other choices), the
// worker's answer for the current choices, and the two actions that change what the app shows:
// confirm (the previewed places go on the map and into the figures) and remove. A file that cannot be
// read only changes this hook's status, never the imported list, so the map and scenario stay as they were.
import { useCallback, useRef, useState } from "react";
import type { FileProblem, ImportOptions } from "../data/import/types";
import type { ContractedService } from "../data/schema";
import { importedPlacesStore } from "./importedPlaces";
import { importClient, type ImportOutcome } from "../worker/importClient";

export type ImportFileStatus =
  | { status: "idle" }
  | { status: "reading" }
  | { status: "preview"; outcome: Extract<ImportOutcome, { ok: true }> }
  | { status: "failed"; problem: FileProblem }
  | { status: "error"; reason: string };

export interface ImportFile {
  status: ImportFileStatus;
  fileName: string | null;
  options: ImportOptions;
  open: (file: File) => void;
  reread: (options: ImportOptions) => void;
  confirm: () => void;
  remove: () => void;
}

export function useImportFile(services: readonly ContractedService[]): ImportFile {
  const [status, setStatus] = useState<ImportFileStatus>({ status: "idle" });
  const [file, setFile] = useState<File | null>(null);
  const [options, setOptions] = useState<ImportOptions>({});
  const latestRequest = useRef(0);

  const read = useCallback(
    (picked: File, next: ImportOptions) => {
      const request = ++latestRequest.current;
      setFile(picked);
      setOptions(next);
      setStatus({ status: "reading" });
      const names = services.map((s) => ({ code: s.code, name: s.name }));
      importClient()
        .read(picked, next, names)
        .then(
          (outcome) => {
            if (request !== latestRequest.current) return;
            setStatus(
              outcome.ok ? { status: "preview", outcome } : { status: "failed", problem: outcome.problem },
            );
          },
          (error: Error) => {
            if (request === latestRequest.current) setStatus({ status: "error", reason: error.message });
          },
        );
    },
    [services],
  );

  const open = useCallback((picked: File) => read(picked, {}), [read]);
  const reread = useCallback((next: ImportOptions) => file && read(file, next), [file, read]);

  const confirm = useCallback(() => {
    if (status.status !== "preview" || !file) return;
    const { head, accepted, mapData } = status.outcome;
    importedPlacesStore.show({ fileName: file.name, head, places: accepted, mapData });
    importClient().release(mapData);
    setStatus({ status: "idle" });
  }, [status, file]);

  const remove = useCallback(() => {
    importedPlacesStore.clear();
    importClient().release(null);
  }, []);

  return { status, fileName: file?.name ?? null, options, open, reread, confirm, remove };
}
