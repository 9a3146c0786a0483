import frenchMessages from 'ra-language-french';
import type { TranslationMessages } from 'react-admin';
import { maillageFr } from './messages.fr';

export const fr: TranslationMessages = {
  ...frenchMessages,
  maillage: maillageFr,
  resources: {
    organizations: {
      name: 'Organisation |||| Organisations',
      fields: { id: 'Identifiant', name: 'Nom', slug: 'Identifiant court', siren: 'SIREN', kind: 'Type' },
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
    submissions: { name: 'Dépôt |||| Dépôts' },
    users: {
      name: 'Utilisateur |||| Utilisateurs',
      fields: { username: 'Identifiant', password: 'Mot de passe', roles: 'Rôles', organizationIds: 'Organisations', active: 'Actif', lastLoginAt: 'Dernière connexion' },
    },
    'audit-events': { name: 'Journal d’audit |||| Journal d’audit' },
  },
};
