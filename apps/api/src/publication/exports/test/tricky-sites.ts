import { emptySiteRecord, type SiteRecord } from '../../../review/diff/site-record';

/** Sites whose values exercise every escaping rule of the exports. */
export function trickySites(): SiteRecord[] {
  return [
    {
      ...emptySiteRecord('pref-07', 'Préfecture de l’Ardèche'),
      categorie: 'presence_etat',
      type_site: 'prefecture',
      responsable: 'Ministère de l’Intérieur',
      adresse: '2, rue Pierre-Filliat',
      code_postal: '07000',
      commune: 'Privas',
      code_insee: '07186',
      latitude: 44.735269,
      longitude: 4.599039,
      telephone: '04 75 66 50 00',
      horaires: 'Mo-Fr 08:30-11:30,13:30-16:00; PH off',
      mode_accueil: 'permanent|sur_rendez_vous',
      statut: 'ouvert',
      etp: 120.5,
      date_ouverture: '1800-02-17',
      date_maj: '2026-10-12',
    },
    {
      ...emptySiteRecord('fs-"guillemets"', 'Espace « France services », dit "le relais"\nsur deux lignes'),
      categorie: 'point_de_contact',
      type_site: 'france_services',
      responsable: '=HYPERLINK("http://exemple.invalid","clic")',
      adresse: '+33 place du Marché',
      complement_adresse: '-1er étage',
      code_postal: '20000',
      commune: '@Ajaccio',
      code_insee: '2A004',
      latitude: -0,
      longitude: 8.7369,
      courriel: 'accueil@exemple.fr',
      site_web: 'https://exemple.fr/a?b=1&c=2',
      horaires: '  espaces en tête et en fin  ',
      services_partenaires: 'caf|cpam|france_travail\r\nretour chariot',
      date_fermeture: '2027-06-30',
      statut: 'fermeture_prevue',
      etp: 0.000001,
      site_parent: 'pref-07',
      date_maj: '2026-11-25',
    },
    { ...emptySiteRecord('sans-coordonnees', 'Bus itinérant 🚌 Haute-Corse'), categorie: 'point_de_contact', statut: 'ouverture_prevue', etp: 3, date_maj: '2026-11-01' },
  ];
}
