import { defineElement } from '../internal/define.js';
import { NzcCityMap } from './city-map.js';

defineElement('nzc-city-map', NzcCityMap);
export { NzcCityMap };
