import type { ErrorDefinition, ErrorPlace, Locale, LocalizedText } from '../core/contracts';

/** Replaces `{key}` placeholders; an unknown key is left visible rather than silently dropped. */
export function renderTemplate(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined || value === null ? whole : String(value);
  });
}

export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text.fr;
}

export function renderMessage(definition: ErrorDefinition, place: ErrorPlace, locale: Locale): string {
  const values: Record<string, unknown> = { ...place.params, note: place.note, cell: place.cell, fieldName: place.fieldName, fieldNumber: place.fieldNumber, rowNumber: place.rowNumber };
  return renderTemplate(localize(definition.template, locale), values);
}
