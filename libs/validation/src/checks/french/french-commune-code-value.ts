import { findCommune, findDepartement, resolveCommuneCode } from '@maillage/territories';
import type { CheckFactory, LocalizedText } from '../../core/contracts';
import { defineCellError, emitAtCell, requireString } from './support';

const NAME = 'french-commune-code-value';

const unknownCode = defineCellError(NAME, {
  title: { fr: 'Code commune inconnu', en: 'Unknown commune code' },
  description: {
    fr: 'Le code INSEE de la commune (5 caractères, 2A/2B pour la Corse) doit exister dans le Code officiel géographique.',
    en: 'The INSEE commune code (5 characters, 2A/2B for Corsica) must exist in the official geographic code (COG).',
  },
  template: {
    fr: 'Ligne {rowNumber}, colonne « {fieldName} » : « {cell} » n’est pas un code commune INSEE connu ({note}).',
    en: 'Row {rowNumber}, field "{fieldName}": "{cell}" is not a known INSEE commune code ({note}).',
  },
  hint: {
    fr: 'Cherchez le code INSEE (et non le code postal) de la commune sur geo.api.gouv.fr ou dans le COG de l’INSEE.',
    en: 'Look up the INSEE code (not the postal code) of the commune on geo.api.gouv.fr or in INSEE’s COG.',
  },
});

const mergedCommune = defineCellError(`${NAME}-merged`, {
  title: { fr: 'Commune fusionnée depuis', en: 'Commune merged since' },
  description: {
    fr: 'Le code désigne une ancienne commune, déléguée ou associée, rattachée depuis à une commune nouvelle : le code de la commune actuelle est attendu.',
    en: 'The code is that of a former, delegated or associated commune merged since into another: the current commune’s code is expected.',
  },
  template: {
    fr: 'Ligne {rowNumber}, colonne « {fieldName} » : la commune {cell} {note} ; indiquez {currentCode} ({currentName}).',
    en: 'Row {rowNumber}, field "{fieldName}": commune {cell} {note}; use {currentCode} ({currentName}).',
  },
  hint: { fr: 'Remplacez le code par celui de la commune actuelle.', en: 'Replace the code with the current commune’s.' },
});

const outOfScope = defineCellError(`${NAME}-out-of-scope`, {
  title: { fr: 'Code hors du champ du schéma', en: 'Code outside the schema’s scope' },
  description: {
    fr: 'Le code désigne un lieu hors de France (pays étranger, Monaco, Andorre) : hors du champ du schéma.',
    en: 'The code designates a place outside France (foreign country, Monaco, Andorra): outside the schema’s scope.',
  },
  template: {
    fr: 'Ligne {rowNumber}, colonne « {fieldName} » : « {cell} » est {note}, hors du champ du schéma.',
    en: 'Row {rowNumber}, field "{fieldName}": "{cell}" is {note}, outside the schema’s scope.',
  },
  hint: {
    fr: 'Retirez ce site du fichier : le schéma recense la présence des services publics en France.',
    en: 'Remove this site from the file: the schema lists public services in France.',
  },
});

const overseasCollectivity = defineCellError(`${NAME}-overseas-collectivity`, {
  title: { fr: 'Commune d’une collectivité d’outre-mer', en: 'Commune of an overseas collectivity' },
  description: {
    fr: 'La commune existe mais appartient à une collectivité d’outre-mer (975, 977, 978, 986, 987, 988), hors du périmètre habituel du schéma.',
    en: 'The commune exists but belongs to an overseas collectivity, outside the schema’s usual scope.',
  },
  template: {
    fr: 'Ligne {rowNumber}, colonne « {fieldName} » : {cell} est une commune de {note}, hors du périmètre habituel du schéma.',
    en: 'Row {rowNumber}, field "{fieldName}": {cell} is a commune of {note}, outside the schema’s usual scope.',
  },
  hint: { fr: 'Vérifiez que ce site relève bien de ce jeu de données.', en: 'Check that this site belongs to this dataset.' },
});

const arrondissement = defineCellError(`${NAME}-arrondissement`, {
  title: { fr: 'Code d’arrondissement municipal', en: 'Municipal arrondissement code' },
  description: {
    fr: 'Pour Paris, Lyon et Marseille, le schéma attend le code de la commune (75056, 69123, 13055), pas celui de l’arrondissement.',
    en: 'For Paris, Lyon and Marseille, the schema expects the commune’s code (75056, 69123, 13055), not the arrondissement’s.',
  },
  template: {
    fr: 'Ligne {rowNumber}, colonne « {fieldName} » : {cell} est le code de {note} ; indiquez {communeCode} ({communeName}).',
    en: 'Row {rowNumber}, field "{fieldName}": {cell} is the code of {note}; use {communeCode} ({communeName}).',
  },
  hint: { fr: 'Remplacez le code d’arrondissement par celui de la commune.', en: 'Replace the arrondissement’s code with the commune’s.' },
});

/** INSEE codes of countries start with 99; La Poste files Andorra under 09920 and Monaco under 98000. */
const FOREIGN_PLACES: Record<string, LocalizedText> = {
  '99138': { fr: 'le code pays INSEE de Monaco', en: 'the INSEE country code of Monaco' },
  '99130': { fr: 'le code pays INSEE d’Andorre', en: 'the INSEE country code of Andorra' },
  '09920': { fr: 'le code postal des bureaux de La Poste en Andorre', en: 'La Poste’s postal code for Andorra' },
  '98000': { fr: 'le code postal de Monaco', en: 'the postal code of Monaco' },
};

function foreignPlace(code: string): LocalizedText | undefined {
  const known = FOREIGN_PLACES[code];
  if (known) return known;
  if (/^99\d{3}$/.test(code)) return { fr: 'un code pays INSEE (pays étranger)', en: 'an INSEE country code (foreign country)' };
  if (/^980\d{2}$/.test(code)) return { fr: 'un code postal de Monaco', en: 'a postal code of Monaco' };
  return undefined;
}

const FORMAT = /^(?:\d{2}|2[AB])\d{3}$/;

function unknownNote(code: string): LocalizedText {
  if (/^\d{4}$/.test(code)) return { fr: `4 chiffres : le zéro initial a-t-il été perdu (0${code}) ?`, en: `4 digits: was the leading zero lost (0${code})?` };
  if (!FORMAT.test(code)) return { fr: '5 caractères attendus : 2 chiffres ou 2A/2B, puis 3 chiffres', en: '5 characters expected: 2 digits or 2A/2B, then 3 digits' };
  if (/^20\d{3}$/.test(code)) return { fr: 'en Corse, le code commence par 2A ou 2B', en: 'in Corsica, the code starts with 2A or 2B' };
  return { fr: 'absent du Code officiel géographique', en: 'not in the official geographic code' };
}

export const frenchCommuneCodeValue: CheckFactory = {
  name: NAME,
  definitions: [unknownCode, mergedCommune, arrondissement, outOfScope, overseasCollectivity],
  create(params) {
    const column = requireString(params, 'column', NAME);
    return {
      validateRow(row, context) {
        const code = row.raw(column);
        if (code === '') return;
        const resolution = resolveCommuneCode(code);
        if (resolution.status === 'current') {
          const commune = resolution.commune;
          if (commune.kind === 'arrondissement-municipal') {
            const communeName = findCommune(commune.communeCode)?.name ?? commune.communeCode;
            emitAtCell(context, arrondissement, row, column, { fr: commune.name, en: commune.name }, { communeCode: commune.communeCode, communeName }, 'warning');
          } else if (commune.zone === 'com') {
            const collectivity = findDepartement(resolution.commune.departementCode)?.name ?? resolution.commune.departementCode;
            emitAtCell(context, overseasCollectivity, row, column, { fr: collectivity, en: collectivity }, undefined, 'warning');
          }
          return;
        }
        if (resolution.status === 'merged') {
          const former = resolution.formerName ? `(${resolution.formerName}) ` : '';
          emitAtCell(
            context,
            mergedCommune,
            row,
            column,
            { fr: `${former}a été rattachée à ${resolution.currentName}`, en: `${former}was merged into ${resolution.currentName}` },
            { currentCode: resolution.currentCode, currentName: resolution.currentName },
            'warning',
          );
          return;
        }
        const foreign = foreignPlace(code);
        if (foreign) emitAtCell(context, outOfScope, row, column, foreign);
        else emitAtCell(context, unknownCode, row, column, unknownNote(code));
      },
    };
  },
};
