/**
 * Embeddable web components for NetZeroCities partnerships. Importing this module defines every
 * element; import `@nzc/widgets/<element>/define.js` for one alone.
 * @packageDocumentation
 */
export { NzcPartnerCard } from './partner-card/define.js';
export { NzcPartnerList } from './partner-list/define.js';
export { NzcThemeFilter } from './theme-filter/define.js';
export { NzcPartnerExplorer } from './partner-explorer/define.js';
export { NzcCityMap } from './city-map/define.js';
export { FilterStore, type FilterState } from './internal/store.js';
export { VERSION } from './internal/define.js';
