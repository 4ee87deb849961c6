/**
 * Facts about the whole dataset that its description states, computed from the records rather
 * than written by hand: the dates it speaks of, where its places lie, and the sources it cites.
 */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Calls `visit` with every key and value under `value`, depth first. */
function walk(value: unknown, visit: (key: string, value: unknown) => void): void {
  if (Array.isArray(value)) for (const item of value) walk(item, visit);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, nested] of Object.entries(value)) {
      visit(key, nested);
      walk(nested, visit);
    }
  }
}

/** The earliest and latest calendar day named anywhere in the records, or null when none is. */
export function temporalCoverage(records: unknown): { start: string; end: string } | null {
  const days: string[] = [];
  walk(records, (_key, value) => {
    if (typeof value === 'string' && DAY.test(value)) days.push(value);
  });
  if (days.length === 0) return null;
  days.sort();
  return { start: days[0]!, end: days.at(-1)! };
}

/** Every URL listed under a `sources` key, once each, sorted. */
export function citedSources(records: unknown): string[] {
  const urls = new Set<string>();
  walk(records, (key, value) => {
    if (key === 'sources' && Array.isArray(value)) for (const url of value) if (typeof url === 'string') urls.add(url);
  });
  return [...urls].sort();
}

/** West, south, east and north bounds of every position in GeoJSON documents, or null when there is none. */
export function boundingBox(geojson: unknown): [number, number, number, number] | null {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  walk(geojson, (key, value) => {
    if (key !== 'coordinates' || !Array.isArray(value)) return;
    for (const [lon, lat] of flattenPositions(value) as [number, number][]) {
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
  });
  return Number.isFinite(box[0]) ? box : null;
}

/** The positions (innermost number pairs) of any GeoJSON coordinates array. */
function flattenPositions(coordinates: unknown[]): number[][] {
  return typeof coordinates[0] === 'number' ? [coordinates as number[]] : coordinates.flatMap((item) => flattenPositions(item as unknown[]));
}
