/**
 * A PNG's title in lines no wider than `maxWidth`: broken between words, a word wider than a
 * line on its own broken between letters. A long board title was cut with an ellipsis at the
 * image's edge; the image's band grows with the lines instead. Pure (exportPng.ts measures
 * with its canvas), and a module of its own so the lazily loaded export needs no board code.
 */
export function titleLines(
  text: string,
  maxWidth: number,
  measure: (text: string) => number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    if (word === '') continue;
    const joined = line === '' ? word : `${line} ${word}`;
    if (measure(joined) <= maxWidth) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    // A word too wide for a line of its own: as many letters as fit on each line.
    let rest = word;
    while (measure(rest) > maxWidth && rest.length > 1) {
      let fit = 1;
      while (fit < rest.length && measure(rest.slice(0, fit + 1)) <= maxWidth) fit++;
      lines.push(rest.slice(0, fit));
      rest = rest.slice(fit);
    }
    line = rest;
  }
  if (line !== '') lines.push(line);
  return lines;
}
