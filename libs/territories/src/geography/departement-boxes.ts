import boxesJson from './departement-boxes.json';
import { BoundingBox, distanceToBoxKm } from './planar';

/**
 * Boxes around each département's post offices (La Poste's points de contact 2016 + 2020), built by
 * scripts/build-departement-boxes.js: no package ships département contours, and a box is enough to notice
 * a site placed in another part of France than its commune.
 */
const boxes = boxesJson as unknown as Record<string, BoundingBox>;

export function departementBox(departementCode: string): BoundingBox | undefined {
  return boxes[departementCode];
}

/** How far (km) a point lies outside a département's box: 0 inside, undefined when the box is unknown. */
export function distanceOutsideDepartementKm(departementCode: string, latitude: number, longitude: number): number | undefined {
  const box = boxes[departementCode];
  return box ? distanceToBoxKm(box, longitude, latitude) : undefined;
}
