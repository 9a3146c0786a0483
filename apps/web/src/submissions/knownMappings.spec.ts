import type { Mapping } from '@maillage/validation';
import franceServices from '@maillage-schemas/sites-publics/1.0.0/mappings/france-services.mapping.json';
import laPoste from '@maillage-schemas/sites-publics/1.0.0/mappings/laposte-points-de-contact.mapping.json';
import { recognizeMapping } from './knownMappings';

const known = [
  { name: 'france-services', mapping: franceServices as unknown as Mapping },
  { name: 'laposte-points-de-contact', mapping: laPoste as unknown as Mapping },
];

describe('reconnaissance des exports connus', () => {
  it('reconnaît l’en-tête réel du fichier France services (ANCT, août 2024)', () => {
    const header =
      'id_fs,insee_dep,lib_fs,adresse,complement_adresse,insee_com,code_postal,lib_com,latitude,longitude,mail,telephone,h_lundi,h_mardi,h_mercredi,h_jeudi,h_vendredi,h_samedi,prise_rdv,commentaire,type_fs,format_fs,groupe_fs,labellisation_fs';
    expect(recognizeMapping(header.split(','), known)?.name).toBe('france-services');
  });

  it('ne propose rien quand une colonne attendue manque', () => {
    expect(recognizeMapping(['id_fs', 'lib_fs', 'adresse'], known)).toBeUndefined();
  });
});
