
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Erneut versuchen`,
'card.activities': `Gemeinsame Aktivitäten`,
'card.chips': `Themen und Wissensgebiete`,
'card.example': `Beispiel`,
'card.facts': `Fakten`,
'card.loading': `Partner wird geladen…`,
'card.no-partner': `Setzen Sie das Attribut slug oder die Eigenschaft partner.`,
'card.objectives': `Gemeinsame Ziele`,
'card.progress': str`Fortschritt von „${0}“`,
'card.signed': str`unterzeichnet: ${0}`,
'card.source': `Quelle:`,
'card.sources': str`Quellen (${0})`,
'card.uncertain': `Unsicher`,
'card.unverified': `Nicht überprüft`,
'card.website': `Website`,
'card.website-of': str`von ${0} (öffnet in einem neuen Tab)`,
'count.partners.few': str`${0} Partner`,
'count.partners.many': str`${0} Partner`,
'count.partners.one': str`${0} Partner`,
'count.partners.other': str`${0} Partner`,
'date.unknown': `Datum unbekannt`,
'error.aborted': `Das Laden wurde abgebrochen.`,
'error.bad-request': `Die Anfrage wurde nicht angenommen. Prüfen Sie die Attribute des Elements.`,
'error.invalid': `Die Partnerschaftsdaten konnten nicht gelesen werden.`,
'error.network': `Die Partnerschaftsdaten sind nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.`,
'error.no-api': `Keine Datenquelle konfiguriert: Geben Sie im Attribut api die Adresse der API an.`,
'error.not-found': `Unter dieser Adresse wurde nichts gefunden.`,
'error.rate-limit': `Gerade zu viele Anfragen. Versuchen Sie es gleich noch einmal.`,
'error.server': `Der Dienst für Partnerschaftsdaten hat ein Problem. Versuchen Sie es später erneut.`,
'error.unknown': `Beim Laden der Partnerschaftsdaten ist ein Fehler aufgetreten.`,
'kind.collaboration': `Zusammenarbeit`,
'kind.mission-initiative': `Initiative der Städtemission`,
'kind.mou': `Absichtserklärung (MoU)`,
'kind.platform-component': `Teil der Missionsplattform`,
'kind.related': `Verwandtes Programm`,
'list.empty': `Keine Partner entsprechen diesen Filtern.`,
'list.loading': `Partner werden geladen…`,
'list.loading-more': `Wird geladen…`,
'list.more': `Weitere Partner anzeigen`,
'list.shown': str`${0}, ${1} angezeigt`,
'objective.achieved': `Erreicht`,
'objective.in-progress': `In Arbeit`,
'objective.planned': `Geplant`,
'objective.unknown': `Status unbekannt`,
'status.active': `Aktiv`,
'status.indirect': `Indirekt`,
'status.signed': `Unterzeichnet`,
'status.unverified': `Gemeldet, nicht überprüft`,
'type.association': `Verband`,
'type.eu-funded-project': `EU-gefördertes Projekt`,
'type.financial-institution': `Finanzinstitut`,
'type.initiative': `Initiative`,
'type.network': `Netzwerk`,
'type.partnership-programme': `Partnerschaftsprogramm`,
    };
  