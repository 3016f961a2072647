/**
 * Browser-side file delivery for the plan view: everything is generated in
 * the page (no request), so downloads also work offline and from the
 * read-only link.
 */

/** Saves a blob under a file name through a temporary <a download>. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Prints an HTML document (the plan's HTML export, made for A4 landscape)
 * from a hidden iframe, so the browser's print dialog — and its "Save as
 * PDF" — sees only the plan, not the board page.
 */
export function printHtml(html: string): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  // Off-screen rather than display:none: a frame that is not rendered has no layout to print.
  frame.style.cssText = 'position:fixed;left:-10000px;top:0;width:1px;height:1px;border:0;';
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    frame.remove();
  };
  frame.addEventListener(
    'load',
    () => {
      const view = frame.contentWindow;
      if (!view) return remove();
      view.addEventListener('afterprint', () => setTimeout(remove, 0));
      view.focus();
      view.print();
      // Some browsers fire no afterprint; don't leave the frame behind for good.
      setTimeout(remove, 5 * 60_000);
    },
    { once: true },
  );
  frame.srcdoc = html;
  document.body.append(frame);
}

/** Today's date in the user's time zone as `YYYY-MM-DD`, for file names. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
