import { baseName, canonicalPath, isDataName, isMappingName, isTemporaryName, mappingNamesFor, parseVirtualPath, PathRefusedError } from '../../src/sftp/server/virtual-path';

describe('Arborescence virtuelle du dépôt SFTP', () => {
  it('lit la racine, un jeu, un dossier et un fichier, en absolu comme en relatif', () => {
    expect(parseVirtualPath('/')).toEqual({ kind: 'root' });
    expect(parseVirtualPath('.')).toEqual({ kind: 'root' });
    expect(parseVirtualPath('points-de-contact')).toEqual({ kind: 'dataset', slug: 'points-de-contact' });
    expect(parseVirtualPath('//points-de-contact/./inbox/')).toEqual({ kind: 'folder', slug: 'points-de-contact', folder: 'inbox' });
    expect(parseVirtualPath('/points-de-contact/reports/export 2026.json')).toEqual({ kind: 'file', slug: 'points-de-contact', folder: 'reports', name: 'export 2026.json' });
  });

  it.each([
    ['/jeu/inbox/../../etc/passwd', /« \.\. » n’est pas autorisé/],
    ['..', /« \.\. » n’est pas autorisé/],
    ['/jeu/autre/fichier.csv', /Dossier « autre » inconnu/],
    ['/jeu/inbox/sous/fichier.csv', /pas de sous-dossier/],
    ['/jeu/inbox/nul\u0000.csv', /caractère interdit/],
    ['/jeu/inbox/retour\n.csv', /caractère interdit/],
    ['/jeu/inbox/c1\u0085.csv', /caractère interdit/],
    ['/jeu/inbox/dos\\windows.csv', /caractère interdit/],
    ['/jeu/inbox/pas-utf8-\ufffd.csv', /caractère interdit/],
    ['/jeu/inbox/.cache', /commence par un point/],
    ['/jeu/inbox/fin. ', /se termine par une espace ou un point/],
    [`/jeu/inbox/${'é'.repeat(128)}`, /plus de 255 octets/],
    [`/jeu/${'a'.repeat(1100)}`, /plus de 1024 octets/],
  ])('refuse %j', (raw, message) => {
    expect(() => parseVirtualPath(raw)).toThrow(PathRefusedError);
    expect(() => parseVirtualPath(raw)).toThrow(message);
  });

  it('résout . et .. pour REALPATH sans jamais remonter au-dessus de la racine', () => {
    expect(canonicalPath('.')).toBe('/');
    expect(canonicalPath('/jeu/inbox/..')).toBe('/jeu');
    expect(canonicalPath('jeu/./reports')).toBe('/jeu/reports');
    expect(() => canonicalPath('/..')).toThrow(/au-dessus de la racine/);
    expect(() => canonicalPath('/jeu/../../etc')).toThrow(/au-dessus de la racine/);
    expect(() => canonicalPath('/jeu/inbox/a/b')).toThrow(/pas de sous-dossier/);
  });

  it('distingue fichiers de données, noms temporaires et correspondances', () => {
    expect([isTemporaryName('export.csv.part'), isTemporaryName('export.CSV.TMP'), isTemporaryName('export.csv')]).toEqual([true, true, false]);
    expect(isMappingName('export.mapping.json')).toBe(true);
    expect([isDataName('export.csv'), isDataName('export.xlsx'), isDataName('export.csv.part'), isDataName('export.mapping.json')]).toEqual([true, true, false, false]);
    expect(baseName('export.2026.csv')).toBe('export.2026');
    expect(mappingNamesFor('export.csv')).toEqual(['export.csv.mapping.json', 'export.mapping.json']);
  });
});
