import { useEffect, useRef, useState } from 'react';
import { exportFileName, exportMimeType, renderPlanExport } from '../../shared/export/index.ts';
import { boardFileName, boardImageFileName } from '../../shared/export/filename.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import { PLAN_UI_STRINGS as S } from '../../shared/i18n/plan-ui.ts';
import { DOWNLOAD_STRINGS as D } from '../../shared/i18n/downloads.ts';
import { translate, type Localized } from '../../shared/i18n/translate.ts';
import type { Plan } from '../../shared/plan.ts';
import type { Board } from '../../shared/schema.ts';
import { downloadBlob, localToday, printHtml } from './download.ts';
// The toolbar shows this before the plan has ever opened: its styles come with it.
import './plan.css';

export const DOWNLOAD_KINDS = ['docx', 'csv', 'md', 'html', 'json', 'png'] as const;
export type DownloadKind = (typeof DOWNLOAD_KINDS)[number];

const LABELS: Readonly<Record<DownloadKind, Localized>> = {
  docx: D.downloadDocx,
  csv: D.downloadCsv,
  md: D.downloadMd,
  html: D.downloadHtml,
  json: D.downloadJson,
  png: D.downloadPng,
};

export interface DownloadMenuProps {
  readonly plan: Plan;
  readonly board: Board;
  readonly lang: Lang;
  /** The whole board as PNG (the page passes `() => canvasHandle.exportPng(2)`). */
  exportPng(): Promise<Blob>;
  /** Saves a file; by default through a temporary <a download>. Injected by tests. */
  readonly download?: (blob: Blob, fileName: string) => void;
  /** Prints an HTML document; by default from a hidden iframe. Injected by tests. */
  readonly print?: (html: string) => void;
  /** Today as `YYYY-MM-DD` for file names; the local date by default. */
  readonly today?: () => string;
}

export interface DownloadFile {
  readonly blob: Blob;
  readonly fileName: string;
}

/**
 * The file behind each download button, the plan's in the user's language.
 * The JSON download is the board file (the backup that can be imported again),
 * not the plan's JSON.
 */
export async function buildDownload(
  kind: DownloadKind,
  source: { plan: Plan; board: Board; lang: Lang; exportPng(): Promise<Blob> },
  date: string,
): Promise<DownloadFile> {
  switch (kind) {
    case 'json':
      return {
        blob: new Blob([`${JSON.stringify(source.board, null, 2)}\n`], {
          type: 'application/json',
        }),
        fileName: boardFileName(source.board.title, date, source.lang),
      };
    case 'png':
      return {
        blob: await source.exportPng(),
        fileName: boardImageFileName(source.board.title, date, source.lang),
      };
    default: {
      const data = await renderPlanExport(source.plan, kind, source.lang);
      // A copy gives the bytes a plain ArrayBuffer, which is what BlobPart accepts.
      const part = typeof data === 'string' ? data : new Uint8Array(data);
      return {
        blob: new Blob([part], { type: exportMimeType(kind) }),
        fileName: exportFileName(source.plan.title, date, kind, source.lang),
      };
    }
  }
}

/** The downloads and print of issue 5; available in read-only mode too. */
export function DownloadMenu(props: DownloadMenuProps) {
  const { lang } = props;
  const [busy, setBusy] = useState<DownloadKind | 'print' | null>(null);
  const [failed, setFailed] = useState(false);
  // A Tab pressed while this loaded was held for it (Toolbar.tsx): it lands on the first button.
  const group = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const menu = group.current?.closest('details');
    if (menu?.dataset['tab'] === undefined) return;
    delete menu.dataset['tab'];
    group.current?.querySelector('button')?.focus();
  }, []);

  const run = async (kind: DownloadKind | 'print', work: () => Promise<void>) => {
    setBusy(kind);
    setFailed(false);
    try {
      await work();
    } catch (error) {
      console.error(`download ${kind} failed`, error);
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };

  const download = (kind: DownloadKind) =>
    run(kind, async () => {
      const date = (props.today ?? localToday)();
      const file = await buildDownload(kind, props, date);
      (props.download ?? downloadBlob)(file.blob, file.fileName);
    });

  const print = () =>
    run('print', async () => {
      const html = await renderPlanExport(props.plan, 'html', lang);
      if (typeof html === 'string') (props.print ?? printHtml)(html);
    });

  return (
    <div
      ref={group}
      className="plan-downloads"
      role="group"
      aria-label={translate(S.downloads, lang)}
    >
      {DOWNLOAD_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className="plan-button"
          data-testid={`download-${kind}`}
          disabled={busy === kind}
          aria-busy={busy === kind}
          onClick={() => void download(kind)}
        >
          {translate(LABELS[kind], lang)}
        </button>
      ))}
      <button
        type="button"
        className="plan-button plan-button-primary"
        data-testid="print"
        disabled={busy === 'print'}
        onClick={() => void print()}
      >
        {translate(D.print, lang)}
      </button>
      {failed && (
        <p className="plan-error" role="alert">
          {translate(D.downloadFailed, lang)}
        </p>
      )}
    </div>
  );
}
