import { useEffect, useRef, useState } from 'react';
import type { NoteProfile, Paper } from '../../../app/export/options';
import type { ExportFormat, ExportPreview, SavedFile } from '../../../app/ipc/contract';
import { api } from '../../api';
import {
  HandlingField,
  handlingValue,
  initialHandling,
  type HandlingChoice,
} from './HandlingField';
import { leftOutLine } from './left-out';
import { PreviewFrame } from './PreviewFrame';
import './export-dialog.css';

const FORMATS: { value: ExportFormat; label: string; button: string }[] = [
  { value: 'md', label: 'Markdown', button: 'Export Markdown' },
  { value: 'pdf', label: 'PDF', button: 'Export PDF' },
  { value: 'html', label: 'HTML', button: 'Export HTML' },
];
const PAPERS: { value: Paper; label: string }[] = [
  { value: 'a4', label: 'A4' },
  { value: 'letter', label: 'Letter' },
];
/** Waits this long after the last change before asking for a new preview (typing a marking). */
const PREVIEW_DELAY_MS = 200;

type Phase =
  | { kind: 'idle' }
  | { kind: 'exporting' }
  | { kind: 'saved'; file: SavedFile }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

interface Props {
  path: string;
  /** The briefing's own handling marking, preselected. */
  handling: string;
  /** What the dialog starts with (Settings). Notes always start at none. */
  format: ExportFormat;
  paper: Paper;
  onClose: () => void;
}

/**
 * The export dialog (DESIGN.md): format, notes, handling, paper, a live preview of the first
 * page and the manifest line; progress while exporting, then "Saved <path>" and Show in folder.
 * A native modal <dialog>: the page behind is inert (focus stays inside) and Esc cancels.
 */
export function ExportDialog({
  path,
  handling,
  format: startFormat,
  paper: startPaper,
  onClose,
}: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const revealRef = useRef<HTMLButtonElement>(null);
  const [format, setFormat] = useState<ExportFormat>(startFormat);
  const [notes, setNotes] = useState<NoteProfile>('none');
  const [choice, setChoice] = useState<HandlingChoice>(() => initialHandling(handling));
  const [paper, setPaper] = useState<Paper>(startPaper);
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [revealError, setRevealError] = useState<string | null>(null);
  const marking = handlingValue(choice);
  const markingMissing = choice.level === 'custom' && marking === '';
  const exporting = phase.kind === 'exporting';

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // showModal focuses the first control (Markdown); start on the chosen format instead.
    dialog.querySelector<HTMLInputElement>('input[name="export-format"]:checked')?.focus();
  }, []);

  // The live preview follows every choice but the format (the document is the same).
  useEffect(() => {
    if (markingMissing) return;
    let live = true;
    const timer = setTimeout(() => {
      void api.export.preview({ path, notes, handling: marking, paper }).then((r) => {
        if (!live) return;
        if (r.ok) {
          setPreview(r.value);
          setPreviewError(null);
        } else setPreviewError(r.error.message);
      });
    }, PREVIEW_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [path, notes, marking, paper, markingMissing]);

  useEffect(() => {
    if (phase.kind === 'saved') revealRef.current?.focus();
  }, [phase]);

  const run = async () => {
    if (exporting || markingMissing) return;
    setPhase({ kind: 'exporting' });
    setRevealError(null);
    const r = await api.export.run({ path, format, notes, handling: marking, paper });
    if (!r.ok) setPhase({ kind: 'failed', message: r.error.message });
    else if (r.value === null) setPhase({ kind: 'cancelled' });
    else setPhase({ kind: 'saved', file: r.value });
  };

  const reveal = async (file: string) => {
    const r = await api.export.reveal({ file });
    setRevealError(r.ok ? null : r.error.message);
  };

  const counts = preview?.counts;
  const withCount = (label: string, n: number | undefined) =>
    n === undefined ? label : `${label} (${n})`;
  const current = FORMATS.find((f) => f.value === format) ?? FORMATS[1];
  const blocked = markingMissing || previewError !== null;

  return (
    <dialog
      ref={ref}
      className="sheet export-dialog"
      aria-labelledby="export-title"
      onCancel={(e) => {
        // Esc closes, except while an export is running: its result must be seen.
        e.preventDefault();
        if (!exporting) onClose();
      }}
    >
      <h2 id="export-title">Export briefing</h2>
      <div className="export-layout">
        <form
          className="export-options"
          aria-label="Export options"
          onSubmit={(e) => {
            e.preventDefault();
            void run();
          }}
        >
          <fieldset disabled={exporting}>
            <legend>Format</legend>
            {FORMATS.map((f) => (
              <label key={f.value}>
                <input
                  type="radio"
                  name="export-format"
                  value={f.value}
                  checked={format === f.value}
                  onChange={() => setFormat(f.value)}
                />{' '}
                {f.label}
              </label>
            ))}
          </fieldset>
          <fieldset disabled={exporting}>
            <legend>Notes</legend>
            {(
              [
                ['none', 'None', undefined],
                ['shared', 'Shared', counts?.shared],
                ['all', 'All', counts?.total],
              ] as const
            ).map(([value, label, n]) => (
              <label key={value}>
                <input
                  type="radio"
                  name="export-notes"
                  value={value}
                  checked={notes === value}
                  onChange={() => setNotes(value)}
                />{' '}
                {withCount(label, n)}
              </label>
            ))}
          </fieldset>
          <HandlingField choice={choice} onChoice={setChoice} disabled={exporting} />
          <fieldset disabled={exporting}>
            <legend>Paper</legend>
            {PAPERS.map((p) => (
              <label key={p.value}>
                <input
                  type="radio"
                  name="export-paper"
                  value={p.value}
                  checked={paper === p.value}
                  onChange={() => setPaper(p.value)}
                />{' '}
                {p.label}
              </label>
            ))}
          </fieldset>
          <p id="export-manifest" className="export-manifest">
            {counts ? leftOutLine(counts, notes) : 'Counting notes…'}
          </p>
          {preview && preview.manifest.length > 0 && (
            <ul className="export-manifest-details muted" aria-label="What the export carries">
              {preview.manifest
                // The sentence above already says so.
                .filter((line) => !/^This briefing has no notes\.?$/.test(line))
                .map((line) => (
                  <li key={line}>{line}</li>
                ))}
            </ul>
          )}
          {previewError && (
            <p role="alert" className="error">
              {previewError}
            </p>
          )}
          <div className="export-actions">
            <button
              type="submit"
              className="primary"
              disabled={exporting || blocked}
              aria-describedby="export-manifest"
            >
              {current.button}
            </button>
            <button type="button" onClick={onClose} disabled={exporting}>
              Close
            </button>
          </div>
          <div role="status" className="export-progress">
            {exporting && (
              <>
                <progress aria-label="Exporting" />{' '}
                {format === 'pdf' ? 'Printing the PDF…' : 'Exporting…'}
              </>
            )}
            {phase.kind === 'saved' && <>Saved {phase.file.path}</>}
            {phase.kind === 'cancelled' && 'Export cancelled: nothing was saved.'}
          </div>
          {phase.kind === 'failed' && (
            <p role="alert" className="error">
              Export failed: {phase.message}
            </p>
          )}
          {phase.kind === 'saved' && (
            <button type="button" ref={revealRef} onClick={() => void reveal(phase.file.path)}>
              Show in folder
            </button>
          )}
          {revealError && (
            <p role="alert" className="error">
              {revealError}
            </p>
          )}
        </form>
        <PreviewFrame html={preview?.html ?? null} paper={paper} />
      </div>
    </dialog>
  );
}
