
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Riprova`,
'card.activities': `Attività congiunte`,
'card.chips': `Temi e argomenti`,
'card.example': `Esempio`,
'card.facts': `Fatti`,
'card.loading': `Caricamento del partner…`,
'card.no-partner': `Imposta l’attributo slug o la proprietà partner.`,
'card.objectives': `Obiettivi comuni`,
'card.progress': str`Avanzamento di «${0}»`,
'card.signed': str`firmato: ${0}`,
'card.source': `Fonte:`,
'card.sources': str`Fonti (${0})`,
'card.uncertain': `Incerto`,
'card.unverified': `Non verificato`,
'card.website': `Sito web`,
'card.website-of': str`di ${0} (si apre in una nuova scheda)`,
'count.partners.few': str`${0} partner`,
'count.partners.many': str`${0} partner`,
'count.partners.one': str`${0} partner`,
'count.partners.other': str`${0} partner`,
'date.unknown': `data sconosciuta`,
'error.aborted': `Il caricamento è stato annullato.`,
'error.bad-request': `La richiesta non è stata accettata. Controlla gli attributi dell’elemento.`,
'error.invalid': `Non è stato possibile leggere i dati dei partenariati.`,
'error.network': `Non è stato possibile raggiungere i dati dei partenariati. Controlla la connessione e riprova.`,
'error.no-api': `Nessuna fonte di dati configurata: indica l’indirizzo dell’API nell’attributo api.`,
'error.not-found': `Non è stato trovato nulla a questo indirizzo.`,
'error.rate-limit': `Troppe richieste in questo momento. Riprova tra poco.`,
'error.server': `Il servizio dei dati sui partenariati ha un problema. Riprova più tardi.`,
'error.unknown': `Si è verificato un problema durante il caricamento dei dati dei partenariati.`,
'kind.collaboration': `Collaborazione`,
'kind.mission-initiative': `Iniziativa della Missione Città`,
'kind.mou': `Protocollo d’intesa`,
'kind.platform-component': `Parte della piattaforma della Missione`,
'kind.related': `Programma collegato`,
'list.empty': `Nessun partner corrisponde a questi filtri.`,
'list.loading': `Caricamento dei partner…`,
'list.loading-more': `Caricamento…`,
'list.more': `Mostra altri partner`,
'list.shown': str`${0}, ${1} mostrati`,
'objective.achieved': `Raggiunto`,
'objective.in-progress': `In corso`,
'objective.planned': `Previsto`,
'objective.unknown': `Stato sconosciuto`,
'status.active': `Attivo`,
'status.indirect': `Indiretto`,
'status.signed': `Firmato`,
'status.unverified': `Annunciato, non verificato`,
'type.association': `Associazione`,
'type.eu-funded-project': `Progetto finanziato dall’UE`,
'type.financial-institution': `Istituzione finanziaria`,
'type.initiative': `Iniziativa`,
'type.network': `Rete`,
'type.partnership-programme': `Programma di partenariato`,
    };
  