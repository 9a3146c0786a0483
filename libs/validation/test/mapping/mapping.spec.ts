import { validate } from '../../src/engine';
import { suggestMapping } from '../../src/mapping';
import { memorySource } from '../engine/memory-source';

const schema = {
  fields: [
    { name: 'id', type: 'string', constraints: { required: true, unique: true } },
    { name: 'nom', type: 'string', constraints: { required: true } },
    { name: 'type_site', type: 'string', constraints: { enum: ['bureau_de_poste', 'agence_postale_communale'] } },
    { name: 'adresse', type: 'string' },
    { name: 'categorie', type: 'string' },
    { name: 'code_postal', type: 'string', constraints: { pattern: '[0-9]{5}' } },
  ],
};

const csv = [
  '#Identifiant_du_site;Libellé_du_site;Caractéristique_du_site;Adresse;Lieu_dit;Code_postal',
  'A1;Paris Louvre;Bureau de Poste;52 rue du Louvre;;75001',
  'A2;Bourg;Agence postale communale;Place de la mairie;Le Bourg;7500',
  'A3;Ailleurs;Relais poste;1 rue X;;75002',
].join('\n');

const mapping = {
  fields: {
    id: '#Identifiant_du_site',
    nom: 'Libellé_du_site',
    type_site: { column: 'Caractéristique_du_site', values: { 'Bureau de Poste': 'bureau_de_poste', 'Agence postale communale': 'agence_postale_communale' } },
    adresse: { columns: ['Adresse', 'Lieu_dit'], separator: ', ' },
    categorie: { constant: 'point_de_contact' },
    code_postal: 'Code_postal',
  },
};

describe('mapping', () => {
  it('reads the schema fields through the mapping and cites the file column in errors', async () => {
    const rows: Record<string, unknown>[] = [];
    const report = await validate(memorySource(csv, { delimiter: ';' }), { schema, mapping, onRow: (row) => rows.push(row) });
    expect(rows[0]).toEqual({ id: 'A1', nom: 'Paris Louvre', type_site: 'bureau_de_poste', adresse: '52 rue du Louvre', categorie: 'point_de_contact', code_postal: '75001' });
    expect(rows[1].adresse).toBe('Place de la mairie, Le Bourg');
    const errors = report.tasks[0].errors.map((error) => [error.type, error.rowNumber, error.fieldName, error.fieldNumber, error.sourceColumn]);
    expect(errors).toEqual([
      ['constraint-error', 3, 'code_postal', 6, 'Code_postal'],
      ['constraint-error', 4, 'type_site', 3, 'Caractéristique_du_site'],
    ]);
    expect(report.tasks[0].labels[0]).toBe('#Identifiant_du_site');
  });

  it('names an unknown header of the mapping in a French mapping-error', async () => {
    const report = await validate(memorySource(csv, { delimiter: ';' }), { schema, mapping: { fields: { ...mapping.fields, nom: 'Nom_du_site' } } });
    const [first, second] = report.tasks[0].errors;
    expect(first.type).toBe('mapping-error');
    expect(first.message).toContain('la colonne « Nom_du_site » indiquée pour le champ « nom » est absente de l\'en-tête du fichier');
    expect(second).toMatchObject({ type: 'missing-label', fieldName: 'nom' });
  });

  it('takes unmapped fields from the same-named column and ignores other columns', async () => {
    const report = await validate(memorySource('nom,id,autre\nx,1,z\n'), { schema: { fields: schema.fields.slice(0, 2) }, mapping: { fields: {} } });
    expect(report.valid).toBe(true);
  });

  it('keeps blank records blank despite constants', async () => {
    const report = await validate(memorySource('#Identifiant_du_site;Libellé_du_site\nA1;x\n;\n', { delimiter: ';' }), {
      schema: { fields: [...schema.fields.slice(0, 2), { name: 'categorie', type: 'string' }] },
      mapping: { fields: { id: '#Identifiant_du_site', nom: 'Libellé_du_site', categorie: { constant: 'c' } } },
    });
    expect(report.tasks[0].errors.map((error) => [error.type, error.rowNumber])).toEqual([['blank-row', 3]]);
  });
});

describe('suggestMapping', () => {
  const shared = {
    fields: ['id', 'nom', 'code_postal', 'commune', 'code_insee', 'latitude', 'longitude', 'telephone', 'courriel', 'site_web', 'adresse'].map((name) => ({ name })),
  };

  it('recognises La Poste column names', () => {
    const labels = ['#Identifiant_du_site', 'Libellé_du_site', 'Adresse', 'Code_postal', 'Localité', 'Code_INSEE', 'Latitude', 'Longitude', 'Numéro_de_téléphone', 'latlong'];
    const suggestion = suggestMapping(labels, shared);
    expect(suggestion.mapping.fields).toEqual({
      id: '#Identifiant_du_site', nom: 'Libellé_du_site', adresse: 'Adresse', code_postal: 'Code_postal', commune: 'Localité',
      code_insee: 'Code_INSEE', latitude: 'Latitude', longitude: 'Longitude', telephone: 'Numéro_de_téléphone',
    });
    expect(suggestion.confidence.code_postal).toBe(1);
    expect(suggestion.confidence.commune).toBe(0.9);
    expect(suggestion.unmatchedLabels).toEqual(['latlong']);
    expect(suggestion.unmappedFields).toEqual(['courriel', 'site_web']);
  });

  it('handles case, accents, separators and short synonyms', () => {
    const suggestion = suggestMapping(['CP', 'ville', 'cog', 'lat', 'lng', 'tel', 'mail', 'url', 'name'], shared);
    expect(suggestion.mapping.fields).toMatchObject({ code_postal: 'CP', commune: 'ville', code_insee: 'cog', latitude: 'lat', longitude: 'lng', telephone: 'tel', courriel: 'mail', site_web: 'url', nom: 'name' });
  });

  it('prefers an exact name over a synonym', () => {
    const suggestion = suggestMapping(['libelle', 'Nom'], shared);
    expect(suggestion.mapping.fields.nom).toBe('Nom');
  });
});

describe('mapping that resolves nothing', () => {
  it('still reports every schema field as missing', async () => {
    const report = await validate(memorySource('a,b\n1,2\n'), { schema: { fields: [{ name: 'id' }, { name: 'nom' }] }, mapping: { fields: { id: 'X' } } });
    expect(report.tasks[0].errors.map((error) => [error.type, error.fieldName ?? null])).toEqual([
      ['mapping-error', null],
      ['missing-label', 'id'],
      ['missing-label', 'nom'],
    ]);
  });
});
