import { locatePoint, PointLocation } from '@maillage/territories';
import type { CheckContext, CheckFactory, LocalizedText, RowView } from '../../core/contracts';
import { defineRowError, numberValue, requireString, say } from './support';

const NAME = 'french-gps-coordinates';

const outsideFrance = defineRowError(NAME, {
  title: { fr: 'Coordonnées hors de France', en: 'Coordinates outside France' },
  description: {
    fr: 'La latitude et la longitude (WGS84, degrés décimaux) doivent placer le site en France métropolitaine, en Corse ou dans un département d’outre-mer.',
    en: 'Latitude and longitude (WGS84, decimal degrees) must place the site in metropolitan France, Corsica or an overseas département.',
  },
  template: {
    fr: 'Ligne {rowNumber} : les coordonnées ({latitude}, {longitude}) ne sont pas en France : {note}.',
    en: 'Row {rowNumber}: coordinates ({latitude}, {longitude}) are not in France: {note}.',
  },
  hint: {
    fr: 'Géocodez l’adresse (adresse.data.gouv.fr) et reportez la latitude (≈ 41 à 51 en métropole) et la longitude (≈ −5 à 10) en degrés décimaux.',
    en: 'Geocode the address (adresse.data.gouv.fr) and enter latitude (≈ 41 to 51 in metropolitan France) and longitude (≈ −5 to 10) in decimal degrees.',
  },
});

const swapped = defineRowError(`${NAME}-swapped`, {
  title: { fr: 'Latitude et longitude inversées', en: 'Latitude and longitude swapped' },
  description: { fr: 'Le point est en France une fois la latitude et la longitude échangées.', en: 'The point is in France once latitude and longitude are exchanged.' },
  template: {
    fr: 'Ligne {rowNumber} : latitude {latitude} et longitude {longitude} semblent inversées ({note}).',
    en: 'Row {rowNumber}: latitude {latitude} and longitude {longitude} look swapped ({note}).',
  },
  hint: { fr: 'Échangez les colonnes de latitude et de longitude.', en: 'Swap the latitude and longitude columns.' },
});

const outOfScope = defineRowError(`${NAME}-out-of-scope`, {
  title: { fr: 'Coordonnées dans une collectivité d’outre-mer', en: 'Coordinates in an overseas collectivity' },
  description: {
    fr: 'Le point est en France, mais dans une collectivité d’outre-mer (Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin, Wallis-et-Futuna, Polynésie française, Nouvelle-Calédonie), hors du périmètre habituel du schéma.',
    en: 'The point is in France, but in an overseas collectivity, outside the schema’s usual scope.',
  },
  template: {
    fr: 'Ligne {rowNumber} : les coordonnées ({latitude}, {longitude}) sont dans une collectivité d’outre-mer ({note}), hors du périmètre habituel du schéma.',
    en: 'Row {rowNumber}: coordinates ({latitude}, {longitude}) are in an overseas collectivity ({note}), outside the schema’s usual scope.',
  },
  hint: { fr: 'Vérifiez que ce site relève bien de ce jeu de données.', en: 'Check that this site belongs to this dataset.' },
});

function describeElsewhere(location: Extract<PointLocation, { inFrance: false }>, latitude: number, longitude: number): LocalizedText {
  if (latitude === 0 && longitude === 0) {
    return { fr: 'le point (0, 0), dans le golfe de Guinée, est la valeur par défaut d’un géocodage manqué', en: 'the point (0, 0), in the Gulf of Guinea, is the default of a failed geocoding' };
  }
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
    return {
      fr: 'valeur hors des bornes des degrés (±90, ±180) : coordonnées projetées (Lambert 93 ?) ou séparateur décimal perdu',
      en: 'value outside degree bounds (±90, ±180): projected coordinates (Lambert 93?) or a lost decimal separator',
    };
  }
  const identical = latitude === longitude ? { fr: ' ; latitude et longitude identiques', en: '; latitude and longitude are identical' } : { fr: '', en: '' };
  const distance = location.distanceToFranceKm;
  if (location.countryName) {
    const away = distance >= 1 ? { fr: `, à ${distance} km de la France`, en: `, ${distance} km from France` } : { fr: '', en: '' };
    return { fr: `le point est à l’étranger (${location.countryName}${away.fr})${identical.fr}`, en: `the point is abroad (${location.countryName}${away.en})${identical.en}` };
  }
  return { fr: `le point est en mer, à ${distance} km des côtes françaises${identical.fr}`, en: `the point is at sea, ${distance} km off the French coast${identical.en}` };
}

export const frenchGpsCoordinates: CheckFactory = {
  name: NAME,
  definitions: [outsideFrance, swapped, outOfScope],
  create(params) {
    const latitudeField = requireString(params, 'latitude_field', NAME);
    const longitudeField = requireString(params, 'longitude_field', NAME);

    function emit(context: CheckContext, row: RowView, definition: typeof outsideFrance, note: LocalizedText, severity?: 'warning') {
      context.emit(
        definition,
        {
          note: say(context, note),
          rowNumber: row.rowNumber,
          fieldName: latitudeField,
          fieldNumber: row.fieldNumber(latitudeField),
          cells: [row.raw(latitudeField), row.raw(longitudeField)],
          params: { latitude: row.raw(latitudeField), longitude: row.raw(longitudeField) },
        },
        severity,
      );
    }

    return {
      validateRow(row, context) {
        const latitude = numberValue(row.value(latitudeField));
        const longitude = numberValue(row.value(longitudeField));
        if (latitude === undefined || longitude === undefined) return;
        const location = locatePoint(latitude, longitude);
        if (location.inFrance) {
          if (!location.inSchemaScope) emit(context, row, outOfScope, { fr: location.areaName, en: location.areaName }, 'warning');
          return;
        }
        const swappedLocation = locatePoint(longitude, latitude);
        if (swappedLocation.inFrance) {
          emit(context, row, swapped, { fr: `une fois échangées, le point tombe en France (${swappedLocation.areaName})`, en: `once exchanged, the point falls in France (${swappedLocation.areaName})` });
          return;
        }
        emit(context, row, outsideFrance, describeElsewhere(location, latitude, longitude));
      },
    };
  },
};
