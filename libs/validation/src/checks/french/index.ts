import type { CheckFactory } from '../../core/contracts';
import { cohesiveColumnsValue } from './cohesive-columns-value';
import { compareColumnsValue } from './compare-columns-value';
import { coordinatesCommuneConsistency } from './coordinates-commune-consistency';
import { frenchCommuneCodeValue } from './french-commune-code-value';
import { frenchGpsCoordinates } from './french-gps-coordinates';
import { frenchPostalCodeCommune } from './french-postal-code-commune';
import { frenchSiretValue } from './french-siret-value';
import { openingHoursValue } from './opening-hours-value';
import { phoneNumberValue } from './phone-number-value';
import { statusDatesCoherence } from './status-dates-coherence';
import { typeCategoryCoherence } from './type-category-coherence';

/** The checks the sites-publics schema declares in `custom_checks`, by name. */
export const frenchChecks: CheckFactory[] = [
  frenchSiretValue,
  frenchGpsCoordinates,
  frenchCommuneCodeValue,
  frenchPostalCodeCommune,
  coordinatesCommuneConsistency,
  openingHoursValue,
  phoneNumberValue,
  compareColumnsValue,
  statusDatesCoherence,
  typeCategoryCoherence,
  cohesiveColumnsValue,
];

export {
  cohesiveColumnsValue,
  compareColumnsValue,
  coordinatesCommuneConsistency,
  frenchCommuneCodeValue,
  frenchGpsCoordinates,
  frenchPostalCodeCommune,
  frenchSiretValue,
  openingHoursValue,
  phoneNumberValue,
  statusDatesCoherence,
  typeCategoryCoherence,
};
export { isValidSiren, isValidSiret } from './french-siret-value';
