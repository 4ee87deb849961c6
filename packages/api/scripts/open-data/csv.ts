/**
 * A collection as CSV (RFC 4180: CRLF line ends, a header row, fields quoted when they hold a
 * comma, a quote or a line break). Records are nested, so each record is flattened: a nested
 * object's fields become columns named by their path (`missionLabel.round`); a list is one cell
 * holding its JSON (`["mobility","energy"]`), which keeps every value recoverable.
 */
import { stringify } from 'csv-stringify/sync';

/** A value's text in a cell: empty for null, JSON for lists, the value itself otherwise. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return JSON.stringify(value);
  return String(value);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One record's cells by column name. */
export function flatten(record: Record<string, unknown>, prefix = ''): Map<string, string> {
  const cells = new Map<string, string>();
  for (const [key, value] of Object.entries(record)) {
    const column = prefix + key;
    if (isPlainObject(value)) for (const [nested, text] of flatten(value, `${column}.`)) cells.set(nested, text);
    else cells.set(column, cell(value));
  }
  return cells;
}

export function toCsv(records: Record<string, unknown>[]): string {
  const rows = records.map((record) => flatten(record));
  // Columns in the order they first appear, so that optional fields fall in beside their kin.
  const columns = [...new Set(rows.flatMap((row) => [...row.keys()]))];
  return stringify([columns, ...rows.map((row) => columns.map((column) => row.get(column) ?? ''))], { record_delimiter: 'windows' });
}
