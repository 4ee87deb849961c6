import { defineElement } from '../internal/define.js';
import { NzcPartnerExplorer } from './partner-explorer.js';

defineElement('nzc-partner-explorer', NzcPartnerExplorer);
export { NzcPartnerExplorer };
