import { defineElement } from '../internal/define.js';
import { NzcPartnerCard } from './partner-card.js';

defineElement('nzc-partner-card', NzcPartnerCard);
export { NzcPartnerCard };
