/**
 * The reference implementation of the NetZeroCities partnership data API.
 * @packageDocumentation
 */
export { createApp, type ApiOptions } from './app.js';
export { embeddedDataset } from './dataset/load.js';
export { validateDataset, type Dataset, type DatasetProblem } from './dataset/validate.js';
