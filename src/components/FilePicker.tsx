// Choosing files, shared by the import panel and the GTFS loader: a drop target that tracks dragging,
// and a styled button over a visually hidden (still focusable) file input. Components only collect
// the files; what is read from them is the caller's state hook's business.
import { useState, type DragEvent, type InputHTMLAttributes, type ReactNode } from "react";
import "./filePicker.css";

/** Drag-and-drop on a whole section: spread `dropProps` on it, style the zone with `dragging`. */
export function useFileDrop(onDrop: (data: DataTransfer) => void) {
  const [dragging, setDragging] = useState(false);
  const dropProps = {
    onDragOver: (event: DragEvent<HTMLElement>) => {
      event.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (event: DragEvent<HTMLElement>) => {
      event.preventDefault();
      setDragging(false);
      onDrop(event.dataTransfer);
    },
  };
  return { dragging, dropProps };
}

/** The dashed zone holding the file buttons and the "or drop here" text. */
export function DropZone({
  dragging,
  testId,
  children,
}: {
  dragging: boolean;
  testId: string;
  children: ReactNode;
}) {
  return (
    <div className="file-drop" data-dragging={dragging ? "true" : "false"} data-testid={testId}>
      {children}
    </div>
  );
}

/** A file input behind a button-like label; the input is cleared after each choice, so choosing the
 *  same file again still reports it. */
export function FileButton({
  label,
  testId,
  describedBy,
  onFiles,
  input = {},
}: {
  label: string;
  testId: string;
  describedBy: string;
  onFiles: (files: FileList | null) => void;
  input?: InputHTMLAttributes<HTMLInputElement>;
}) {
  return (
    <label className="file-button">
      <span className="file-button__face">{label}</span>
      <input
        type="file"
        data-testid={testId}
        aria-describedby={describedBy}
        {...input}
        onChange={(event) => {
          onFiles(event.target.files);
          event.target.value = "";
        }}
      />
    </label>
  );
}
