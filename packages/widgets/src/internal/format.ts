import { msg, str } from '@lit/localize';
import type { ObjectiveStatus, PartialDate, PartnershipKind, PartnershipStatus, PartnerType } from '@nzc/schema';
import { NzcAbortError, NzcHttpError, NzcNetworkError, NzcRateLimitError, NzcTimeoutError, NzcValidationError } from '@nzc/sdk';
import { getLocale } from './locale.js';

/** A date written to the precision it is known: "2 October 2024", "October 2024", "2024". */
export function formatPartialDate(date: PartialDate): string {
  if (!date.value || date.precision === 'unknown') return msg('date not known', { id: 'date.unknown' });
  const [year, month = '1', day = '1'] = date.value.split('-');
  const value = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const options: Intl.DateTimeFormatOptions =
    date.precision === 'day' ? { day: 'numeric', month: 'long', year: 'numeric' } : date.precision === 'month' ? { month: 'long', year: 'numeric' } : { year: 'numeric' };
  return new Intl.DateTimeFormat(getLocale(), { ...options, timeZone: 'UTC' }).format(value);
}

export function partnerTypeLabel(type: PartnerType): string {
  switch (type) {
    case 'eu-funded-project':
      return msg('EU-funded project', { id: 'type.eu-funded-project' });
    case 'initiative':
      return msg('Initiative', { id: 'type.initiative' });
    case 'association':
      return msg('Association', { id: 'type.association' });
    case 'network':
      return msg('Network', { id: 'type.network' });
    case 'partnership-programme':
      return msg('Partnership programme', { id: 'type.partnership-programme' });
    case 'financial-institution':
      return msg('Financial institution', { id: 'type.financial-institution' });
  }
}

export function partnershipKindLabel(kind: PartnershipKind): string {
  switch (kind) {
    case 'mou':
      return msg('Memorandum of Understanding', { id: 'kind.mou' });
    case 'collaboration':
      return msg('Collaboration', { id: 'kind.collaboration' });
    case 'platform-component':
      return msg('Part of the Mission Platform', { id: 'kind.platform-component' });
    case 'mission-initiative':
      return msg('Cities Mission initiative', { id: 'kind.mission-initiative' });
    case 'related':
      return msg('Related programme', { id: 'kind.related' });
  }
}

export function partnershipStatusLabel(status: PartnershipStatus): string {
  switch (status) {
    case 'signed':
      return msg('Signed', { id: 'status.signed' });
    case 'unverified':
      return msg('Reported, not verified', { id: 'status.unverified' });
    case 'active':
      return msg('Active', { id: 'status.active' });
    case 'indirect':
      return msg('Indirect', { id: 'status.indirect' });
  }
}

export function objectiveStatusLabel(status: ObjectiveStatus): string {
  switch (status) {
    case 'planned':
      return msg('Planned', { id: 'objective.planned' });
    case 'in-progress':
      return msg('In progress', { id: 'objective.in-progress' });
    case 'achieved':
      return msg('Achieved', { id: 'objective.achieved' });
    case 'unknown':
      return msg('Status unknown', { id: 'objective.unknown' });
  }
}

/** "1 partner", "5 partners", with the plural rules of the active locale. */
export function partnerCount(count: number): string {
  const n = new Intl.NumberFormat(getLocale()).format(count);
  switch (new Intl.PluralRules(getLocale()).select(count)) {
    case 'one':
      return msg(str`${n} partner`, { id: 'count.partners.one' });
    case 'few':
      return msg(str`${n} partners`, { id: 'count.partners.few' });
    case 'many':
      return msg(str`${n} partners`, { id: 'count.partners.many' });
    default:
      return msg(str`${n} partners`, { id: 'count.partners.other' });
  }
}

/** What went wrong, in words for a visitor of the page (details go to the console). */
export function describeError(error: unknown): string {
  if (error instanceof NzcAbortError) return msg('Loading was cancelled.', { id: 'error.aborted' });
  if (error instanceof NzcTimeoutError || error instanceof NzcNetworkError) {
    return msg('The partnership data could not be reached. Check the connection and try again.', { id: 'error.network' });
  }
  if (error instanceof NzcRateLimitError) return msg('Too many requests just now. Try again in a moment.', { id: 'error.rate-limit' });
  if (error instanceof NzcHttpError && error.status === 404) return msg('Nothing was found for this address.', { id: 'error.not-found' });
  if (error instanceof NzcHttpError && error.status < 500) return msg('The request was not accepted. Check the element’s attributes.', { id: 'error.bad-request' });
  if (error instanceof NzcHttpError) return msg('The partnership data service is having trouble. Try again later.', { id: 'error.server' });
  if (error instanceof NzcValidationError) return msg('The partnership data could not be read.', { id: 'error.invalid' });
  return msg('Something went wrong while loading the partnership data.', { id: 'error.unknown' });
}

export const noApiMessage = () => msg('No data source is configured: set the api attribute to the API’s address.', { id: 'error.no-api' });
