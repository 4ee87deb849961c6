
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Spróbuj ponownie`,
'card.activities': `Wspólne działania`,
'card.chips': `Tematy i obszary wiedzy`,
'card.example': `Przykład`,
'card.facts': `Fakty`,
'card.loading': `Wczytywanie partnera…`,
'card.no-partner': `Ustaw atrybut slug lub właściwość partner.`,
'card.objectives': `Wspólne cele`,
'card.progress': str`Postęp: „${0}”`,
'card.signed': str`podpisane: ${0}`,
'card.source': `Źródło:`,
'card.sources': str`Źródła (${0})`,
'card.uncertain': `Niepewne`,
'card.unverified': `Niezweryfikowane`,
'card.website': `Strona internetowa`,
'card.website-of': str`${0} (otwiera się w nowej karcie)`,
'count.partners.few': str`${0} partnerzy`,
'count.partners.many': str`${0} partnerów`,
'count.partners.one': str`${0} partner`,
'count.partners.other': str`${0} partnera`,
'date.unknown': `data nieznana`,
'error.aborted': `Wczytywanie zostało anulowane.`,
'error.bad-request': `Zapytanie nie zostało przyjęte. Sprawdź atrybuty elementu.`,
'error.invalid': `Nie udało się odczytać danych o partnerstwach.`,
'error.network': `Nie udało się pobrać danych o partnerstwach. Sprawdź połączenie i spróbuj ponownie.`,
'error.no-api': `Nie skonfigurowano źródła danych: podaj adres API w atrybucie api.`,
'error.not-found': `Pod tym adresem nic nie znaleziono.`,
'error.rate-limit': `Zbyt wiele zapytań. Spróbuj ponownie za chwilę.`,
'error.server': `Usługa danych o partnerstwach ma problem. Spróbuj ponownie później.`,
'error.unknown': `Coś poszło nie tak podczas wczytywania danych o partnerstwach.`,
'kind.collaboration': `Współpraca`,
'kind.mission-initiative': `Inicjatywa Misji Miast`,
'kind.mou': `Memorandum o porozumieniu`,
'kind.platform-component': `Część Platformy Misji`,
'kind.related': `Powiązany program`,
'list.empty': `Żaden partner nie pasuje do tych filtrów.`,
'list.loading': `Wczytywanie partnerów…`,
'list.loading-more': `Wczytywanie…`,
'list.more': `Pokaż więcej partnerów`,
'list.shown': str`${0}, wyświetlono ${1}`,
'objective.achieved': `Osiągnięty`,
'objective.in-progress': `W toku`,
'objective.planned': `Planowany`,
'objective.unknown': `Status nieznany`,
'status.active': `Aktywne`,
'status.indirect': `Pośrednie`,
'status.signed': `Podpisane`,
'status.unverified': `Zgłoszone, niezweryfikowane`,
'type.association': `Stowarzyszenie`,
'type.eu-funded-project': `Projekt finansowany przez UE`,
'type.financial-institution': `Instytucja finansowa`,
'type.initiative': `Inicjatywa`,
'type.network': `Sieć`,
'type.partnership-programme': `Program partnerski`,
    };
  