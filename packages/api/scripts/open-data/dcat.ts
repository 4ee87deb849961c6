/**
 * The DCAT-AP description (JSON-LD) of the exported files: a catalogue with one dataset whose
 * distributions are the files, each with its format, media type, size and SHA-256 checksum, and
 * the API as a data service. Every IRI of a file is relative to the description itself, so the
 * folder can be put on any static host; `baseUrl` makes them absolute.
 */
import type { Served } from './collect.js';
import { boundingBox, citedSources, temporalCoverage } from './coverage.js';

export type ExportedFile = {
  name: string;
  title: string;
  description: string;
  /** IANA media type. */
  mediaType: string;
  /** Code in the EU file-type vocabulary (http://publications.europa.eu/resource/authority/file-type/). */
  fileType: string;
  /** The standard the file follows. */
  conformsTo?: string;
  bytes: number;
  sha256: string;
};

export type Publisher = { name: string; url?: string };

export type DescriptionOptions = {
  served: Served;
  files: ExportedFile[];
  /** SPDX identifier of the data's licence. */
  license: string;
  publisher: Publisher;
  /** Where the files are published; without it, IRIs are relative to the description. */
  baseUrl?: string;
  /** The public URL of the API the files were read from, when there is one. */
  apiUrl?: string;
};

export const DESCRIPTION_FILE = 'catalog.jsonld';

const context = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  spdx: 'http://spdx.org/rdf/terms#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  gsp: 'http://www.opengis.net/ont/geosparql#',
};

const EU = 'http://publications.europa.eu/resource/authority';
const iri = (id: string) => ({ '@id': id });
const typed = (value: string, type: string) => ({ '@value': value, '@type': type });
const english = (value: string) => ({ '@value': value, '@language': 'en' });

export function describe(options: DescriptionOptions): object {
  const { served, files, publisher } = options;
  const records = served.collections.map((collection) => collection.records);
  const license = iri(`http://spdx.org/licenses/${options.license}`);
  const temporal = temporalCoverage(records);
  const box = boundingBox(served.geojson.map((view) => view.body));
  const [west, south, east, north] = box ?? [];

  const distributions = files.map((file) => ({
    '@id': `#${file.name.replace(/\./g, '-')}`,
    '@type': 'dcat:Distribution',
    'dct:title': english(file.title),
    'dct:description': english(file.description),
    'dcat:accessURL': iri(file.name),
    'dcat:downloadURL': iri(file.name),
    'dcat:mediaType': iri(`https://www.iana.org/assignments/media-types/${file.mediaType}`),
    'dct:format': iri(`${EU}/file-type/${file.fileType}`),
    ...(file.conformsTo ? { 'dct:conformsTo': iri(file.conformsTo) } : {}),
    'dcat:byteSize': typed(String(file.bytes), 'xsd:nonNegativeInteger'),
    'spdx:checksum': {
      '@type': 'spdx:Checksum',
      'spdx:algorithm': iri('http://spdx.org/rdf/terms#checksumAlgorithm_sha256'),
      'spdx:checksumValue': typed(file.sha256, 'xsd:hexBinary'),
    },
    'dct:license': license,
  }));

  const agent = {
    '@type': 'foaf:Agent',
    'foaf:name': publisher.name,
    ...(publisher.url ? { 'foaf:homepage': iri(publisher.url) } : {}),
  };

  const dataset = {
    '@id': '#dataset',
    '@type': 'dcat:Dataset',
    'dct:title': english(served.info.title.replace(/\bAPI\b/, '').replace(/\s+/g, ' ').trim()),
    'dct:description': english(served.info.description.split('. ')[0]!.replace(/\.?$/, '.')),
    'dcat:version': served.info.version,
    'dct:publisher': agent,
    'dct:license': license,
    'dcat:theme': [iri(`${EU}/data-theme/ENVI`), iri(`${EU}/data-theme/REGI`)],
    'dcat:keyword': ['EU Cities Mission', 'climate neutrality', 'cities', 'partnerships'].map(english),
    'dct:accrualPeriodicity': iri(`${EU}/frequency/IRREG`),
    ...(temporal
      ? {
          'dct:temporal': {
            '@type': 'dct:PeriodOfTime',
            'dcat:startDate': typed(temporal.start, 'xsd:date'),
            'dcat:endDate': typed(temporal.end, 'xsd:date'),
          },
        }
      : {}),
    ...(box
      ? {
          'dct:spatial': {
            '@type': 'dct:Location',
            'dcat:bbox': typed(
              `POLYGON((${west} ${south}, ${east} ${south}, ${east} ${north}, ${west} ${north}, ${west} ${south}))`,
              'gsp:wktLiteral',
            ),
          },
        }
      : {}),
    'dct:source': citedSources(records).map(iri),
    'dcat:distribution': distributions,
  };

  const service = options.apiUrl
    ? {
        '@id': '#api',
        '@type': 'dcat:DataService',
        'dct:title': english(served.info.title),
        'dcat:endpointURL': iri(options.apiUrl),
        'dcat:endpointDescription': iri(`${options.apiUrl.replace(/\/+$/, '')}/openapi.json`),
        'dct:conformsTo': iri('https://spec.openapis.org/oas/v3.1.0'),
        'dcat:servesDataset': iri('#dataset'),
        'dct:license': license,
      }
    : null;

  return {
    '@context': { ...context, ...(options.baseUrl ? { '@base': new URL(DESCRIPTION_FILE, options.baseUrl).href } : {}) },
    '@id': '#catalog',
    '@type': 'dcat:Catalog',
    'dct:title': english(`${dataset['dct:title']['@value']}: open data`),
    'dct:description': english(`The files of the dataset, as served by the ${served.info.title}, for download.`),
    'dct:publisher': agent,
    'dct:license': license,
    'dcat:dataset': [dataset],
    ...(service ? { 'dcat:service': [service] } : {}),
  };
}
