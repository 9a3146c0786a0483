import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainErrorCode, DomainException, FieldError } from './domain.exception';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Bodies are checked against their DTO and every problem is listed per field in French. Unknown fields are dropped
 * rather than refused: react-admin's simple-rest client sends back the whole record (id, timestamps) on update.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      const summary = details.map((detail) => detail.messages.join(' ; ')).join(' ; ');
      return new DomainException(DomainErrorCode.ValidationFailed, `Données invalides : ${summary}`, details);
    },
  });
}
