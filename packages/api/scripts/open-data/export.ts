/**
 * Writes the open-data files into a folder: per collection the API serves, JSON and CSV; each
 * GeoJSON view; the OpenAPI document; and their DCAT-AP description. Same dataset and options,
 * same bytes: nothing depends on the clock, the machine or the order files are written in.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { embeddedDataset } from '../../src/dataset/load.js';
import { type Dataset, validateDataset } from '../../src/dataset/validate.js';
import { collectServed } from './collect.js';
import { toCsv } from './csv.js';
import { DESCRIPTION_FILE, type ExportedFile, type Publisher, describe } from './dcat.js';

export type ExportOptions = {
  /** SPDX identifier of the data's licence. */
  license: string;
  publisher: Publisher;
  /** Where the files will be published (their IRIs in the description become absolute). */
  baseUrl?: string;
  /** The public URL of the API (`…/v1`); it also shapes the links inside GeoJSON features. */
  apiUrl?: string;
  dataset?: Dataset;
};

/** Where the links inside the files point when no public API URL is given: `./scripts/start`'s API. */
export const LOCAL_API_URL = 'http://127.0.0.1:8787/v1';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Writes the files into `dir` and returns them in the order the description lists them. */
export async function exportOpenData(dir: string, options: ExportOptions): Promise<ExportedFile[]> {
  const dataset = options.dataset ?? embeddedDataset;
  // The same validation as the test command's: an export of data that breaks the contract is refused.
  const problems = validateDataset(dataset);
  if (problems.length > 0) throw new Error(`the dataset is not valid:\n${problems.map((problem) => JSON.stringify(problem)).join('\n')}`);
  const served = await collectServed(options.apiUrl ?? LOCAL_API_URL, dataset);

  const contents: { file: Omit<ExportedFile, 'bytes' | 'sha256'>; text: string }[] = [];
  for (const { name, path, records } of served.collections) {
    contents.push({
      file: { name: `${name}.json`, title: `${name} (JSON)`, description: `Every record of ${path}, as the API serves them, in one JSON array.`, mediaType: 'application/json', fileType: 'JSON', conformsTo: 'https://www.rfc-editor.org/rfc/rfc8259' },
      text: json(records),
    });
    contents.push({
      file: {
        name: `${name}.csv`,
        title: `${name} (CSV)`,
        description: `Every record of ${path}, one row each, UTF-8. Nested fields are columns named by their path (a.b); a list is one cell holding its JSON.`,
        mediaType: 'text/csv',
        fileType: 'CSV',
        conformsTo: 'https://www.rfc-editor.org/rfc/rfc4180',
      },
      text: toCsv(records),
    });
  }
  for (const { name, path, body } of served.geojson) {
    contents.push({
      file: { name: `${name}.geojson`, title: `${name} (GeoJSON)`, description: `${path}: a GeoJSON FeatureCollection (WGS 84 longitude, latitude).`, mediaType: 'application/geo+json', fileType: 'GEOJSON', conformsTo: 'https://www.rfc-editor.org/rfc/rfc7946' },
      text: json(body),
    });
  }
  contents.push({
    file: { name: 'openapi.json', title: 'OpenAPI document', description: `The contract of the ${served.info.title} the files were read from.`, mediaType: 'application/vnd.oai.openapi+json', fileType: 'JSON', conformsTo: 'https://spec.openapis.org/oas/v3.1.0' },
    text: json(served.openapi),
  });

  const files: ExportedFile[] = contents.map(({ file, text }) => {
    const bytes = Buffer.from(text, 'utf8');
    return { ...file, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  const description = json(describe({ served, files, license: options.license, publisher: options.publisher, baseUrl: options.baseUrl, apiUrl: options.apiUrl }));

  await mkdir(dir, { recursive: true });
  await Promise.all([...contents.map(({ file, text }) => writeFile(join(dir, file.name), text)), writeFile(join(dir, DESCRIPTION_FILE), description)]);
  return [...files, { name: DESCRIPTION_FILE, title: 'DCAT-AP description', description: 'This catalogue.', mediaType: 'application/ld+json', fileType: 'JSON_LD', bytes: Buffer.byteLength(description), sha256: createHash('sha256').update(description).digest('hex') }];
}
