/**
 * Entry of the bundle for `<script type="module" src="…/nzc-widgets.js">`: defines every element,
 * with Lit, the SDK and the English strings inside. Beside it, loaded only when a page needs
 * them: `locales/<lang>.js` (other languages), `nzc-city-map.js` (the map, when a
 * `<nzc-city-map>` is in the document) and `europe.json` (the map's geometry).
 */
import { loadWhenUsed } from './internal/autoload.js';

export { NzcPartnerCard } from './partner-card/define.js';
export { NzcPartnerList } from './partner-list/define.js';
export { NzcThemeFilter } from './theme-filter/define.js';
export { NzcPartnerExplorer } from './partner-explorer/define.js';
export { FilterStore, type FilterState } from './internal/store.js';
export { VERSION } from './internal/define.js';

loadWhenUsed('nzc-city-map', () => import('./city-map/define.js'));
