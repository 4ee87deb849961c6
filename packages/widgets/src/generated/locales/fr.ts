
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Réessayer`,
'card.activities': `Activités communes`,
'card.chips': `Thèmes et sujets`,
'card.example': `Exemple`,
'card.facts': `Faits`,
'card.loading': `Chargement du partenaire…`,
'card.no-partner': `Indiquez l’attribut slug ou la propriété partner.`,
'card.objectives': `Objectifs communs`,
'card.progress': str`Avancement de « ${0} »`,
'card.signed': str`signé : ${0}`,
'card.source': `Source :`,
'card.sources': str`Sources (${0})`,
'card.uncertain': `Incertain`,
'card.unverified': `Non vérifié`,
'card.website': `Site web`,
'card.website-of': str`de ${0} (s’ouvre dans un nouvel onglet)`,
'count.partners.few': str`${0} partenaires`,
'count.partners.many': str`${0} partenaires`,
'count.partners.one': str`${0} partenaire`,
'count.partners.other': str`${0} partenaires`,
'date.unknown': `date inconnue`,
'error.aborted': `Le chargement a été annulé.`,
'error.bad-request': `La requête n’a pas été acceptée. Vérifiez les attributs de l’élément.`,
'error.invalid': `Les données de partenariat n’ont pas pu être lues.`,
'error.network': `Les données de partenariat sont injoignables. Vérifiez la connexion et réessayez.`,
'error.no-api': `Aucune source de données n’est configurée : indiquez l’adresse de l’API dans l’attribut api.`,
'error.not-found': `Rien n’a été trouvé à cette adresse.`,
'error.rate-limit': `Trop de requêtes pour le moment. Réessayez dans un instant.`,
'error.server': `Le service de données de partenariat rencontre un problème. Réessayez plus tard.`,
'error.unknown': `Un problème est survenu lors du chargement des données de partenariat.`,
'kind.collaboration': `Collaboration`,
'kind.mission-initiative': `Initiative de la Mission Villes`,
'kind.mou': `Protocole d’accord`,
'kind.platform-component': `Composante de la plateforme de la Mission`,
'kind.related': `Programme associé`,
'list.empty': `Aucun partenaire ne correspond à ces filtres.`,
'list.loading': `Chargement des partenaires…`,
'list.loading-more': `Chargement…`,
'list.more': `Afficher plus de partenaires`,
'list.shown': str`${0}, ${1} affichés`,
'objective.achieved': `Atteint`,
'objective.in-progress': `En cours`,
'objective.planned': `Prévu`,
'objective.unknown': `Statut inconnu`,
'status.active': `Actif`,
'status.indirect': `Indirect`,
'status.signed': `Signé`,
'status.unverified': `Annoncé, non vérifié`,
'type.association': `Association`,
'type.eu-funded-project': `Projet financé par l’UE`,
'type.financial-institution': `Institution financière`,
'type.initiative': `Initiative`,
'type.network': `Réseau`,
'type.partnership-programme': `Programme de partenariat`,
    };
  