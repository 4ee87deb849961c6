
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Reintentar`,
'card.activities': `Actividades conjuntas`,
'card.chips': `Temas y ámbitos`,
'card.example': `Ejemplo`,
'card.facts': `Datos`,
'card.loading': `Cargando el socio…`,
'card.no-partner': `Indique el atributo slug o la propiedad partner.`,
'card.objectives': `Objetivos comunes`,
'card.progress': str`Avance de «${0}»`,
'card.signed': str`firmado: ${0}`,
'card.source': `Fuente:`,
'card.sources': str`Fuentes (${0})`,
'card.uncertain': `Incierto`,
'card.unverified': `Sin verificar`,
'card.website': `Sitio web`,
'card.website-of': str`de ${0} (se abre en una pestaña nueva)`,
'count.partners.few': str`${0} socios`,
'count.partners.many': str`${0} socios`,
'count.partners.one': str`${0} socio`,
'count.partners.other': str`${0} socios`,
'date.unknown': `fecha desconocida`,
'error.aborted': `Se canceló la carga.`,
'error.bad-request': `La solicitud no fue aceptada. Compruebe los atributos del elemento.`,
'error.invalid': `No se pudieron leer los datos de las asociaciones.`,
'error.network': `No se pudo acceder a los datos de las asociaciones. Compruebe la conexión e inténtelo de nuevo.`,
'error.no-api': `No hay ninguna fuente de datos configurada: indique la dirección de la API en el atributo api.`,
'error.not-found': `No se encontró nada en esta dirección.`,
'error.rate-limit': `Demasiadas solicitudes en este momento. Inténtelo de nuevo en un instante.`,
'error.server': `El servicio de datos de asociaciones tiene problemas. Inténtelo más tarde.`,
'error.unknown': `Algo salió mal al cargar los datos de las asociaciones.`,
'kind.collaboration': `Colaboración`,
'kind.mission-initiative': `Iniciativa de la Misión Ciudades`,
'kind.mou': `Memorando de entendimiento`,
'kind.platform-component': `Parte de la Plataforma de la Misión`,
'kind.related': `Programa relacionado`,
'list.empty': `Ningún socio coincide con estos filtros.`,
'list.loading': `Cargando los socios…`,
'list.loading-more': `Cargando…`,
'list.more': `Mostrar más socios`,
'list.shown': str`${0}, ${1} mostrados`,
'objective.achieved': `Logrado`,
'objective.in-progress': `En curso`,
'objective.planned': `Previsto`,
'objective.unknown': `Estado desconocido`,
'status.active': `Activo`,
'status.indirect': `Indirecto`,
'status.signed': `Firmado`,
'status.unverified': `Anunciado, sin verificar`,
'type.association': `Asociación`,
'type.eu-funded-project': `Proyecto financiado por la UE`,
'type.financial-institution': `Institución financiera`,
'type.initiative': `Iniciativa`,
'type.network': `Red`,
'type.partnership-programme': `Programa de asociación`,
    };
  