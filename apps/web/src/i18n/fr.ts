import frenchMessages from 'ra-language-french';
import type { TranslationMessages } from 'react-admin';

export const fr: TranslationMessages = {
  ...frenchMessages,
  maillage: {
    title: 'Maillage',
    dashboard: {
      title: 'Tableau de bord',
      intro:
        "Maillage rassemble les listes des lieux où l'État et les services publics sont physiquement présents : guichets, agences, brigades, bureaux de poste, espaces France services…",
      workflow:
        'Les producteurs (ministères, opérateurs) déposent leurs fichiers, lisent le rapport de validation, corrigent puis soumettent ; l’ANCT relit et approuve ; le résultat consolidé est publié en données ouvertes, lisible par territoire.',
      counts: 'En chiffres',
      organizations: 'Organisations productrices',
      datasets: 'Jeux de données',
      unavailable: 'indisponible',
    },
  },
  resources: {
    organizations: {
      name: 'Organisation |||| Organisations',
      fields: {
        id: 'Identifiant',
        name: 'Nom',
        slug: 'Identifiant court',
        siren: 'SIREN',
        kind: 'Type',
      },
      kinds: {
        ministere: 'Ministère',
        direction: 'Direction',
        operateur: 'Opérateur',
        collectivite: 'Collectivité territoriale',
        autre: 'Autre',
      },
    },
    datasets: {
      name: 'Jeu de données |||| Jeux de données',
      fields: {
        id: 'Identifiant',
        organizationId: 'Organisation',
        name: 'Nom',
        slug: 'Identifiant court',
        description: 'Description',
        schemaName: 'Schéma',
        schemaVersion: 'Version du schéma',
      },
    },
  },
};
