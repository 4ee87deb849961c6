import { defineElement } from '../internal/define.js';
import { NzcThemeFilter } from './theme-filter.js';

defineElement('nzc-theme-filter', NzcThemeFilter);
export { NzcThemeFilter };
