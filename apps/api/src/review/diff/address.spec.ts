import { addressesDiffer, foldText, normaliseAddress, parseAddress } from './address';

describe('normaliseAddress', () => {
  it.each([
    ['13 B PL DU GAL DE GAULLE', '13 bis, place du Général-de-Gaulle'],
    ['13B PLACE DU GENERAL DE GAULLE', '13 BIS PLACE DU GENERAL DE GAULLE'],
    ['2 R. de l’Église', '2 rue de l eglise'],
    ['7 av Jean-Jaurès', '7 AVENUE JEAN JAURES'],
    ['1 bd Gambetta', '1 Boulevard Gambetta'],
    ['ch des Vignes', 'chemin des vignes'],
    ['12 rte de Lyon', '12 route de lyon'],
    ['AU BOURG', 'le bourg'],
    ['ESP DE GARAVAN', 'ESPLANADE DE GARAVAN'],
    ['03 rue St Jean', '3 rue Saint-Jean'],
    ['Cœur de ville', 'COEUR DE VILLE'],
  ])('folds %s and %s to the same key', (a, b) => {
    expect(normaliseAddress(a)).toBe(normaliseAddress(b));
  });

  it('keeps different streets and numbers apart', () => {
    expect(normaliseAddress('3 rue de la Gare')).not.toBe(normaliseAddress('2 rue de la Gare'));
    expect(normaliseAddress('rue de l’Église')).not.toBe(normaliseAddress('place de l’Église'));
  });

  it('reads a suffix only after a number and before a street', () => {
    expect(parseAddress('2 B RUE HAUTE')).toEqual({ number: '2 bis', street: 'rue haute' });
    expect(parseAddress('2 BOULEVARD HAUT')).toEqual({ number: '2', street: 'boulevard haut' });
    expect(parseAddress('B RUE HAUTE')).toEqual({ number: '', street: 'b rue haute' });
  });

  it('gives an empty key for an empty address', () => {
    expect(normaliseAddress(null)).toBe('');
    expect(normaliseAddress(' , ')).toBe('');
  });
});

describe('addressesDiffer', () => {
  it('sees another street or another number as another place', () => {
    expect(addressesDiffer('3 RUE DE LA GARE', '2 RUE DE LA GARE')).toBe(true);
    expect(addressesDiffer('PLACE DE LA MAIRIE', '10 RUE DE ROCHEREAU')).toBe(true);
  });

  it('sees a house number added or dropped on the same street as a correction', () => {
    expect(addressesDiffer('RUE DES MOUCHARDS', '7 RUE DES MOUCHARDS')).toBe(false);
    expect(addressesDiffer('7 rue des Mouchards', 'RUE DES MOUCHARDS')).toBe(false);
  });

  it('sees an address appearing or disappearing as telling nothing', () => {
    expect(addressesDiffer(null, 'LE BOURG')).toBe(false);
    expect(addressesDiffer('LE BOURG', '')).toBe(false);
  });
});

describe('foldText', () => {
  it('drops case, accents and punctuation', () => {
    expect(foldText('Saint-Étienne-de-Tinée')).toBe('saint etienne de tinee');
  });
});
