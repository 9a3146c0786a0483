import { currentCommuneOf, distanceOutsideDepartementKm, findDepartement, locatePoint } from '@maillage/territories';
import type { CheckFactory } from '../../core/contracts';
import { defineRowError, numberValue, requireString, say } from './support';

const NAME = 'coordinates-commune-consistency';

/**
 * Département boxes are drawn around La Poste's offices (see libs/territories/scripts/build-departement-boxes.js),
 * which sit a few km inside the real border at most: beyond this margin the point is in another département.
 */
const MARGIN_KM = 10;

const farFromCommune = defineRowError(NAME, {
  title: { fr: 'Coordonnées loin de la commune', en: 'Coordinates far from the commune' },
  description: {
    fr: 'Les coordonnées placent le site hors du département de sa commune : l’une des deux informations est probablement fausse.',
    en: 'The coordinates place the site outside its commune’s département: one of them is probably wrong.',
  },
  template: {
    fr: 'Ligne {rowNumber} : le point ({latitude}, {longitude}) est à {distanceKm} km du département {departementName} ({departementCode}) de la commune {communeCode} ({communeName}){note}.',
    en: 'Row {rowNumber}: point ({latitude}, {longitude}) is {distanceKm} km away from département {departementName} ({departementCode}) of commune {communeCode} ({communeName}){note}.',
  },
  hint: {
    fr: 'Vérifiez le code INSEE de la commune et géocodez de nouveau l’adresse (adresse.data.gouv.fr).',
    en: 'Check the commune’s INSEE code and geocode the address again (adresse.data.gouv.fr).',
  },
});

export const coordinatesCommuneConsistency: CheckFactory = {
  name: NAME,
  definitions: [farFromCommune],
  create(params) {
    const latitudeField = requireString(params, 'latitude_field', NAME);
    const longitudeField = requireString(params, 'longitude_field', NAME);
    const communeCodeField = requireString(params, 'commune_code_field', NAME);
    return {
      validateRow(row, context) {
        const latitude = numberValue(row.value(latitudeField));
        const longitude = numberValue(row.value(longitudeField));
        const communeCode = row.raw(communeCodeField);
        if (latitude === undefined || longitude === undefined || communeCode === '') return;
        const commune = currentCommuneOf(communeCode);
        if (!commune) return;
        const distance = distanceOutsideDepartementKm(commune.departementCode, latitude, longitude);
        if (distance === undefined || distance <= MARGIN_KM) return;
        // Points outside France are french-gps-coordinates' to report.
        const location = locatePoint(latitude, longitude);
        if (!location.inFrance) return;
        const departement = findDepartement(commune.departementCode);
        const elsewhere = location.area !== 'metropole' && !location.departementCodes.includes(commune.departementCode);
        context.emit(
          farFromCommune,
          {
            note: elsewhere ? say(context, { fr: ` ; il tombe en ${location.areaName}`, en: `; it falls in ${location.areaName}` }) : '',
            rowNumber: row.rowNumber,
            fieldName: latitudeField,
            fieldNumber: row.fieldNumber(latitudeField),
            cells: [row.raw(latitudeField), row.raw(longitudeField), communeCode],
            params: {
              latitude: row.raw(latitudeField),
              longitude: row.raw(longitudeField),
              distanceKm: Math.round(distance),
              departementCode: commune.departementCode,
              departementName: departement?.name ?? commune.departementCode,
              communeCode: commune.code,
              communeName: commune.name,
            },
          },
          'warning',
        );
      },
    };
  },
};
