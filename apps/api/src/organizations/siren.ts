import { registerDecorator, ValidationOptions } from 'class-validator';

/** Luhn check used by INSEE for SIREN numbers: double every second digit from the right, the sum must end in 0. */
export function isValidSiren(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  let sum = 0;
  for (let index = 0; index < 9; index += 1) {
    let digit = Number(value[8 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function IsSiren(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isSiren',
      target: target.constructor,
      propertyName,
      options: {
        message: ({ value }) =>
          /^\d{9}$/.test(String(value))
            ? `le SIREN « ${value} » n’est pas valide (clé de contrôle de Luhn incorrecte)`
            : `le SIREN doit comporter exactement 9 chiffres (reçu « ${value} »)`,
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidSiren(value) },
    });
}
