import { defineElement } from '../internal/define.js';
import { NzcPartnerList } from './partner-list.js';

defineElement('nzc-partner-list', NzcPartnerList);
export { NzcPartnerList };
