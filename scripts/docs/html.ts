/** Small HTML writers shared by the generated pages. */

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML. */
export const escapeHtml = (value: unknown): string => String(value).replace(/[&<>"']/g, (char) => entities[char]!);

/** Text with `code` spans, as HTML. */
export const prose = (text: string): string => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');

/** Text with blank lines between paragraphs, as HTML paragraphs. */
export const paragraphs = (text: string | undefined): string =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((block) => block.trim().replace(/\s*\n\s*/g, ' '))
    .filter(Boolean)
    .map((block) => `<p>${prose(block)}</p>`)
    .join('\n');

/** An id made of a name: `Partner list` → `partner-list`. */
export const slugify = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A table with a caption, column headers, and cells that are HTML already; the first cell of a row heads it. */
export function table(caption: string, headers: string[], rows: string[][]): string {
  return `<table>
  <caption>${caption}</caption>
  <thead><tr>${headers.map((header) => `<th scope="col">${header}</th>`).join('')}</tr></thead>
  <tbody>
${rows.map((cells) => `    <tr>${cells.map((cell, index) => (index === 0 ? `<th scope="row">${cell}</th>` : `<td>${cell}</td>`)).join('')}</tr>`).join('\n')}
  </tbody>
</table>`;
}
