// The files a user handed over, as the transit worker takes them: from a file input (a zip, several
// .txt files, or a folder picked with webkitdirectory, whose files carry their folder path) or from a
// drop, where a dropped folder is walked through the File System entries API.
import type { TransitSourceBlob } from "../../../worker/transitProtocol";

export function filesFromInput(list: FileList | null): TransitSourceBlob[] {
  return [...(list ?? [])].map((file) => ({ name: file.webkitRelativePath || file.name, blob: file }));
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function walk(entry: FileSystemEntry, out: TransitSourceBlob[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    out.push({ name: entry.fullPath.replace(/^\//, ""), blob: file });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns at most a batch (100 in Chromium) per call: read until it returns none.
  for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader))
    for (const child of batch) await walk(child, out);
}

/** A drop's files; a dropped folder yields the files inside it (one level of GTFS is all that matters). */
export async function filesFromDrop(transfer: DataTransfer): Promise<TransitSourceBlob[]> {
  const entries = [...transfer.items]
    .map((item) => (item.kind === "file" ? item.webkitGetAsEntry() : null))
    .filter((entry): entry is FileSystemEntry => entry !== null);
  if (entries.length === 0 || entries.every((e) => e.isFile)) return filesFromInput(transfer.files);
  const out: TransitSourceBlob[] = [];
  for (const entry of entries) await walk(entry, out);
  return out;
}
